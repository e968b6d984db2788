import { useState } from 'react';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import {
  Form,
  PasswordInput,
  SaveButton,
  Title,
  minLength,
  required,
  useGetIdentity,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { LIMITS } from '@lotsen/domain';
import { changePassword } from '../providers/session';
import { EmailPreference } from './EmailPreference';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

const sameAsNew = (value: string, values: PasswordForm) =>
  value && value !== values.newPassword ? 'lotsen.account.mismatch' : undefined;

/**
 * "Mein Konto": who is signed in, and the own password. A user whose password was set by an
 * admin lands here after signing in and can do nothing else until they chose their own.
 */
export const AccountPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const { identity, refetch } = useGetIdentity();
  const [error, setError] = useState<string | null>(null);
  const mustChange = identity?.mustChangePassword === true;

  const submit = async (values: Record<string, unknown>) => {
    const form = values as unknown as PasswordForm;
    setError(null);
    try {
      await changePassword(form.currentPassword, form.newPassword);
    } catch (err) {
      // the API's code as German text (lotsen.errors.*), e.g. WRONG_CURRENT_PASSWORD
      const key = err instanceof Error && err.message ? err.message : 'lotsen.errors.INTERNAL_ERROR';
      setError(translate(key, { _: key }));
      return;
    }
    notify('lotsen.account.changed', { type: 'success' });
    await refetch();
    if (mustChange) navigate('/');
  };

  return (
    <Box sx={{ maxWidth: 640, mt: 2 }}>
      <Title title={translate('lotsen.account.title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('lotsen.account.title')}
      </Typography>
      {identity && (
        <Typography sx={{ mb: 2 }}>
          {translate('lotsen.account.signedInAs', { name: identity.fullName, email: identity.email })}
        </Typography>
      )}
      {mustChange && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('lotsen.account.mustChange')}
        </Alert>
      )}
      <Card component="section" aria-labelledby="own-password">
        <CardContent>
          <Typography id="own-password" variant="h6" component="h2" gutterBottom>
            {translate('lotsen.account.passwordTitle')}
          </Typography>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('lotsen.account.policy', { min: LIMITS.passwordMin })}
          </Typography>
          <Form onSubmit={submit}>
            <PasswordInput
              source="currentPassword"
              label="lotsen.account.currentPassword"
              autoComplete="current-password"
              validate={required()}
              fullWidth
            />
            <PasswordInput
              source="newPassword"
              label="lotsen.account.newPassword"
              autoComplete="new-password"
              validate={[required(), minLength(LIMITS.passwordMin)]}
              fullWidth
            />
            <PasswordInput
              source="repeatPassword"
              label="lotsen.account.repeatPassword"
              autoComplete="new-password"
              validate={[required(), sameAsNew]}
              fullWidth
            />
            {error && (
              <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                {error}
              </Alert>
            )}
            <SaveButton label="lotsen.account.save" alwaysEnable />
          </Form>
        </CardContent>
      </Card>
      {mustChange ? null : <EmailPreference />}
    </Box>
  );
};
