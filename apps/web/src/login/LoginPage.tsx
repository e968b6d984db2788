import { useLogin } from 'react-admin';
import { useDocumentLang } from '../layout/useDocumentLang';
import { LoginScreen } from './LoginScreen';

/**
 * react-admin's login page (after signing out, or when the session ended): the same screen as
 * at the start (main.tsx), signing in through react-admin's `useLogin`, which then returns to
 * the page the person was on.
 */
export const LoginPage = () => {
  useDocumentLang();
  const login = useLogin();
  return <LoginScreen onSubmit={(email, password) => login({ email, password })} />;
};
