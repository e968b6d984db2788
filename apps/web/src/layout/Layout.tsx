import type { ReactNode } from 'react';
import { Layout as RaLayout, useGetIdentity } from 'react-admin';
import { Navigate, useLocation } from 'react-router-dom';
import { AppBar } from './AppBar';
import { AppMenu } from './Menu';
import { QuickContactProvider } from './quick-contact/QuickContactContext';
import { useDocumentLang } from './useDocumentLang';

/**
 * react-admin's layout with our app bar (Schnellerfassung, notifications, language) and menu.
 * Every menu entry follows `authProvider.canAccess`, i.e. the policy.
 */
export const Layout = ({ children }: { children: ReactNode }) => {
  useDocumentLang();
  return (
    <QuickContactProvider>
      <RaLayout appBar={AppBar} menu={AppMenu}>
        <PasswordChangeGate>{children}</PasswordChangeGate>
      </RaLayout>
    </QuickContactProvider>
  );
};

/**
 * A user whose password was set by an admin sees only "Mein Konto" until they chose their own
 * (the API refuses everything else with PASSWORD_CHANGE_REQUIRED).
 */
const PasswordChangeGate = ({ children }: { children: ReactNode }) => {
  const { identity } = useGetIdentity();
  const { pathname } = useLocation();
  if (identity?.mustChangePassword === true && pathname !== '/account') {
    return <Navigate to="/account" replace />;
  }
  return <>{children}</>;
};
