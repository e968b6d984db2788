import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { useDocumentLang } from './useDocumentLang';

/**
 * react-admin's layout with our app bar. The default Menu lists a resource only when
 * `authProvider.canAccess({ action: 'list', resource })` allows it, i.e. when the policy does.
 */
export const Layout = ({ children }: { children: ReactNode }) => {
  useDocumentLang();
  return <RaLayout appBar={AppBar}>{children}</RaLayout>;
};
