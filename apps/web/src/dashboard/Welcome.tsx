import { Card, CardContent, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import type { Role } from '@lotsen/domain';

/** The greeting with the role and what it may do. */
export const Welcome = ({ role, hint }: { role: Role | null; hint?: string }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const name = identity?.fullName;
  return (
    <Card component="section" aria-labelledby="dashboard-welcome">
      <CardContent>
        <Typography id="dashboard-welcome" component="h1" variant="h5" gutterBottom>
          {name
            ? translate('lotsen.dashboard.welcome', { name })
            : translate('lotsen.dashboard.welcomeAnonymous')}
        </Typography>
        {role && (
          <>
            <Typography variant="subtitle1" color="text.secondary" gutterBottom>
              {translate('lotsen.dashboard.yourRole', { role: translate(`lotsen.roles.${role}`) })}
            </Typography>
            <Typography variant="body1" sx={{ mb: 1 }}>
              {translate(`lotsen.roleDescriptions.${role}`)}
            </Typography>
          </>
        )}
        {hint && (
          <Typography variant="body2" color="text.secondary">
            {translate(hint)}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
