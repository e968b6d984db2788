import { useEffect, useRef, type ReactNode } from 'react';
import { useMediaQuery } from '@mui/material';
import { Layout as RaLayout, useGetIdentity, useSidebarState } from 'react-admin';
import { Navigate, useLocation } from 'react-router-dom';
import { AppBar } from './AppBar';
import { AppMenu } from './Menu';
import { QuickContactProvider } from './quick-contact/QuickContactContext';
import { OutboxProvider } from '../outreach/OutboxContext';
import { useDocumentLang } from './useDocumentLang';

/**
 * react-admin's layout with our app bar (Schnellerfassung, notifications, language) and menu.
 * Every menu entry follows `authProvider.canAccess`, i.e. the policy.
 */
export const Layout = ({ children }: { children: ReactNode }) => {
  useDocumentLang();
  return (
    <OutboxProvider>
      <QuickContactProvider>
        <RaLayout appBar={AppBar} menu={AppMenu}>
          <MenuByWidth />
          <PasswordChangeGate>{children}</PasswordChangeGate>
        </RaLayout>
      </QuickContactProvider>
    </OutboxProvider>
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

/** Below this width the menu shows its icons only (the outreach tablet, 800 px; issue 25.5). */
export const NARROW_SCREEN = '(max-width: 999.95px)';

/**
 * Collapses the menu to its icons below ~1000 px, so that lists and actions keep the width, and
 * opens it again when the window grows past that (what a user chose in between stays).
 */
const MenuByWidth = () => {
  const narrow = useMediaQuery(NARROW_SCREEN, { noSsr: true });
  const [, setOpen] = useSidebarState();
  const was = useRef<boolean | null>(null);
  useEffect(() => {
    if (narrow) setOpen(false);
    else if (was.current === true) setOpen(true);
    was.current = narrow;
  }, [narrow, setOpen]);
  return null;
};
