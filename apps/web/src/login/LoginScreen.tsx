import { useEffect, useRef, useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import LockIcon from '@mui/icons-material/Lock';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { LIMITS } from '@lotsen/domain';
import { loginText, storedLocale, type LoginKey } from './messages';

/** The same check as react-admin's `email()` validator. */
const EMAIL =
  /^(([^<>()[\]\\.,;:\s@"]+(\.[^<>()[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;

export interface LoginScreenProps {
  /**
   * Signs in; rejects with an Error whose message is the i18n key of the reason
   * (`lotsen.errors.INVALID_CREDENTIALS` …), shown above the button.
   */
  onSubmit(email: string, password: string): Promise<unknown>;
  /** Called once when the person starts to fill in the form (the app's code can load meanwhile). */
  onActivity?(): void;
}

/**
 * Sign-in with e-mail and password (the API's login takes `email`, not a user name). Plain React
 * and a few MUI components, no react-admin: the start page stays small (issue 19.5), and the app
 * itself is loaded only once the person signs in (main.tsx). It looks like react-admin's login
 * page, which it replaces, and keeps its field names, labels and button.
 */
export const LoginScreen = ({ onSubmit, onActivity }: LoginScreenProps) => {
  const locale = storedLocale();
  const t = (key: LoginKey | string) => loginText(locale, key);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [visible, setVisible] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const active = useRef(false);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const activity = () => {
    if (active.current) return;
    active.current = true;
    onActivity?.();
  };

  const emailError = !email.trim()
    ? t('ra.validation.required')
    : !EMAIL.test(email.trim())
      ? t('ra.validation.email')
      : null;
  const passwordError = password ? null : t('ra.validation.required');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    activity();
    if (emailError || passwordError) return;
    setLoading(true);
    setFailure(null);
    onSubmit(email.trim(), password).catch((error: unknown) => {
      setFailure(error instanceof Error && error.message ? error.message : 'ra.auth.sign_in_error');
      setLoading(false);
    });
  };

  return (
    <Box
      component="main"
      sx={{
        display: 'flex',
        flexDirection: 'column',
        minHeight: '100vh',
        alignItems: 'center',
        justifyContent: 'flex-start',
        backgroundRepeat: 'no-repeat',
        backgroundSize: 'cover',
        backgroundImage: 'radial-gradient(circle at 50% 14em, #313264 0%, #00023b 60%, #00023b 100%)',
      }}
    >
      <Card sx={{ minWidth: 300, marginTop: '6em' }}>
        <Box sx={{ margin: '1em', display: 'flex', justifyContent: 'center' }}>
          <Avatar sx={{ bgcolor: 'secondary.main' }}>
            <LockIcon aria-hidden />
          </Avatar>
        </Box>
        <form onSubmit={submit} noValidate onInput={activity}>
          <CardContent sx={{ width: 320, pb: 2 }}>
            <Typography component="h1" variant="h6" align="center" gutterBottom>
              {t('lotsen.app.title')}
              <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
                {t('lotsen.app.subtitle')}
              </Typography>
            </Typography>
            <TextField
              autoFocus
              id="email"
              name="email"
              type="email"
              label={t('lotsen.auth.email')}
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={submitted && emailError !== null}
              helperText={submitted && emailError ? emailError : ' '}
              variant="filled"
              size="small"
              margin="dense"
              fullWidth
            />
            <TextField
              id="password"
              name="password"
              type={visible ? 'text' : 'password'}
              label={t('lotsen.auth.password')}
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              onFocus={activity}
              error={submitted && passwordError !== null}
              helperText={submitted && passwordError ? passwordError : ' '}
              variant="filled"
              size="small"
              margin="dense"
              fullWidth
              slotProps={{
                htmlInput: { maxLength: LIMITS.passwordMax },
                input: {
                  endAdornment: (
                    <InputAdornment position="end">
                      <IconButton
                        aria-label={t(
                          visible ? 'ra.input.password.toggle_visible' : 'ra.input.password.toggle_hidden',
                        )}
                        onClick={() => setVisible(!visible)}
                        size="large"
                      >
                        {visible ? <Visibility /> : <VisibilityOff />}
                      </IconButton>
                    </InputAdornment>
                  ),
                },
              }}
            />
            {failure && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {t(failure)}
              </Alert>
            )}
            <Button
              variant="contained"
              type="submit"
              color="primary"
              disabled={loading}
              fullWidth
              sx={{ mt: 2 }}
            >
              {loading ? (
                <CircularProgress size={19} thickness={3} aria-label={t('ra.auth.sign_in')} />
              ) : (
                t('ra.auth.sign_in')
              )}
            </Button>
          </CardContent>
        </form>
      </Card>
    </Box>
  );
};
