import { Card, CardContent, Stack, Typography } from '@mui/material';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { isRole } from '@lotsen/domain';

/** The start page: a greeting per role. Data widgets (follow-ups, referrals) come later. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<unknown>();
  const role = isRole(permissions) ? permissions : null;
  const name = identity?.fullName;

  return (
    <Stack spacing={2} sx={{ mt: 2, maxWidth: 760 }}>
      <Title title="lotsen.dashboard.title" />
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
                {translate('lotsen.dashboard.yourRole', {
                  role: translate(`lotsen.roles.${role}`),
                })}
              </Typography>
              <Typography variant="body1" sx={{ mb: 1 }}>
                {translate(`lotsen.roleDescriptions.${role}`)}
              </Typography>
            </>
          )}
          <Typography variant="body2" color="text.secondary">
            {translate('lotsen.dashboard.menuHint')} {translate('lotsen.dashboard.comingSoon')}
          </Typography>
        </CardContent>
      </Card>
    </Stack>
  );
};
