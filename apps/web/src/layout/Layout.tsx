import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
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
        {children}
      </RaLayout>
    </QuickContactProvider>
  );
};
