import { lazy, StrictMode, Suspense, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { LoginScreen } from './login/LoginScreen';
import { loginTheme } from './login/loginTheme';
import { fetchSessionUser, sessionHint, signIn } from './providers/sessionCore';

/**
 * The start of the staff app (issue 19.5). Before anyone is signed in only this, the login
 * screen and MUI are loaded; react-admin and the screens (App.tsx) follow once a session exists:
 * after the sign-in, or at once when the browser still has one. The app's code starts loading
 * while the person types (LoginScreen's `onActivity`), or in parallel to the session check when
 * the browser signed in before (a hint in localStorage), so the dashboard does not wait for it.
 */
const loadApp = () => import('./App');
const App = lazy(() => loadApp().then((module) => ({ default: module.App })));

const LOGIN_ROUTE = /^#\/login(\?|\/|$)/;

type Phase = 'checking' | 'signed-out' | 'signed-in';

const Start = () => {
  const [phase, setPhase] = useState<Phase>('checking');
  // where the person wanted to go (a bookmarked family), to be opened after the sign-in
  const [target] = useState(() => (LOGIN_ROUTE.test(window.location.hash) ? '' : window.location.hash));

  useEffect(() => {
    if (sessionHint()) void loadApp();
    let cancelled = false;
    fetchSessionUser()
      // the API cannot be reached (offline, issue 22): the app decides — it opens for the staff
      // member remembered on the device, or shows its own sign-in (which says the server is away)
      .catch(() => 'unreachable' as const)
      .then((user) => {
        if (cancelled) return;
        if (user === 'unreachable') {
          void loadApp();
          setPhase('signed-in');
        } else if (user) {
          // signed in already: react-admin's login route would show the form again
          if (LOGIN_ROUTE.test(window.location.hash)) window.history.replaceState(null, '', '#/');
          setPhase('signed-in');
        } else {
          if (!LOGIN_ROUTE.test(window.location.hash)) window.history.replaceState(null, '', '#/login');
          setPhase('signed-out');
        }
      });
    return () => {
      cancelled = true;
    };
  }, []);

  if (phase === 'checking') return null;
  if (phase === 'signed-out') {
    return (
      <ThemeProvider theme={loginTheme}>
        <CssBaseline />
        <LoginScreen
          onActivity={() => void loadApp()}
          onSubmit={async (email, password) => {
            await signIn(email, password);
            window.history.replaceState(null, '', target || '#/');
            setPhase('signed-in');
          }}
        />
      </ThemeProvider>
    );
  }
  return (
    <Suspense fallback={null}>
      <App />
    </Suspense>
  );
};

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing in index.html');

// the installable app's service worker (issue 22): production builds only, never the dev server
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('workbox-window').then(({ Workbox }) => new Workbox('/sw.js').register());
}

createRoot(container).render(
  <StrictMode>
    <Start />
  </StrictMode>,
);
