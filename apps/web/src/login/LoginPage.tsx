import { useState } from 'react';
import { Button, CardContent, CircularProgress, Typography } from '@mui/material';
import {
  Form,
  Login,
  PasswordInput,
  TextInput,
  email,
  required,
  useLogin,
  useNotify,
  useTranslate,
} from 'react-admin';
import { LIMITS } from '@lotsen/domain';
import { useDocumentLang } from '../layout/useDocumentLang';

interface Credentials {
  email: string;
  password: string;
}

/** Sign-in with email and password (the API's login takes `email`, not a user name). */
const LoginForm = () => {
  const [loading, setLoading] = useState(false);
  const login = useLogin();
  const notify = useNotify();
  const translate = useTranslate();

  const submit = (values: Partial<Credentials>) => {
    setLoading(true);
    login({ email: values.email ?? '', password: values.password ?? '' })
      .catch((error: unknown) => {
        const message = error instanceof Error && error.message ? error.message : 'ra.auth.sign_in_error';
        notify(message, { type: 'error', messageArgs: { _: message } });
      })
      .finally(() => setLoading(false));
  };

  return (
    <Form onSubmit={submit} mode="onSubmit" noValidate>
      <CardContent sx={{ width: 320, pb: 2 }}>
        <Typography component="h1" variant="h6" align="center" gutterBottom>
          {translate('lotsen.app.title')}
          <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
            {translate('lotsen.app.subtitle')}
          </Typography>
        </Typography>
        <TextInput
          autoFocus
          source="email"
          type="email"
          label="lotsen.auth.email"
          autoComplete="username"
          validate={[required(), email()]}
          fullWidth
        />
        <PasswordInput
          source="password"
          label="lotsen.auth.password"
          autoComplete="current-password"
          validate={[required()]}
          slotProps={{ htmlInput: { maxLength: LIMITS.passwordMax } }}
          fullWidth
        />
        <Button variant="contained" type="submit" color="primary" disabled={loading} fullWidth sx={{ mt: 2 }}>
          {loading ? <CircularProgress size={19} thickness={3} /> : translate('ra.auth.sign_in')}
        </Button>
      </CardContent>
    </Form>
  );
};

export const LoginPage = () => {
  useDocumentLang();
  return (
    <Login>
      <LoginForm />
    </Login>
  );
};
