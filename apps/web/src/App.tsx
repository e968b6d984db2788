import { lazy, Suspense } from 'react';
import { Route } from 'react-router-dom';
import { QueryClient } from '@tanstack/react-query';
import { Admin, CustomRoutes, Loading, Resource } from 'react-admin';
import { Dashboard } from './dashboard/Dashboard';
import { Layout } from './layout/Layout';
import { lotsenTheme } from './layout/theme';
import { LoginPage } from './login/LoginPage';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { auditEvents } from './resources/audit-events';
import { callbackRequests } from './resources/callback-requests';
import { consents } from './resources/consents';
import { contacts } from './resources/contacts';
import { districts } from './resources/districts';
import { families } from './resources/families';
import { followUps, MyFollowUpsPage } from './resources/follow-ups';
import { handoffs } from './resources/handoffs';
import { needCategories } from './resources/need-categories';
import { needs } from './resources/needs';
import { notifications } from './resources/notifications';
import { offerChanges } from './resources/offer-changes';
import { offers, OurOffersPage } from './resources/offers';
import { offices } from './resources/offices';
import { persons } from './resources/persons';
import { providers } from './resources/providers';
import { referrals } from './resources/referrals';
import { LifeSituationsPage, services } from './resources/services';
import { signals } from './resources/signals';
import { staff } from './resources/staff';
import { users } from './resources/users';

const AccountPage = lazy(() =>
  import('./account/AccountPage').then((module) => ({ default: module.AccountPage })),
);
const DataProtectionPage = lazy(() =>
  import('./admin/DataProtectionPage').then((module) => ({ default: module.DataProtectionPage })),
);
const OutreachPage = lazy(() =>
  import('./outreach/OutreachPage').then((module) => ({ default: module.OutreachPage })),
);

/**
 * react-admin's query client, but a query runs once even when the browser says it is offline
 * (TanStack's default pauses it): the service worker may answer it (issue 22).
 */
const queryClient = new QueryClient({ defaultOptions: { queries: { networkMode: 'offlineFirst' } } });

const NetworkPage = lazy(() =>
  import('./network/NetworkPage').then((module) => ({ default: module.NetworkPage })),
);
const ProviderOutcomesPage = lazy(() =>
  import('./network/ProviderOutcomesPage').then((module) => ({ default: module.ProviderOutcomesPage })),
);

const TrendsPage = lazy(() =>
  import('./trends/TrendsPage').then((module) => ({ default: module.TrendsPage })),
);

const ReportsRoute = lazy(() =>
  import('./reports/ReportsPage').then((module) => ({ default: module.ReportsRoute })),
);

/**
 * Lotsen CRM. The menu, the routes and the create/edit/delete buttons follow
 * `authProvider.canAccess`, which asks the one policy of libs/domain.
 */
export const App = () => (
  <Admin
    disableTelemetry
    requireAuth
    title="Lotsen CRM"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    theme={lotsenTheme}
    loginPage={LoginPage}
    queryClient={queryClient}
  >
    <Resource name="families" {...families} />
    <Resource name="contacts" {...contacts} />
    <Resource name="callback-requests" {...callbackRequests} />
    <Resource name="follow-ups" {...followUps} />
    <Resource name="referrals" {...referrals} />
    <Resource name="offers" {...offers} />
    <Resource name="offer-change-requests" {...offerChanges} />
    <Resource name="network/offers" />
    <Resource name="providers" {...providers} />
    <Resource name="services" {...services} />
    <Resource name="translations" />
    <Resource name="persons" {...persons} />
    <Resource name="needs" {...needs} />
    <Resource name="consents" {...consents} />
    <Resource name="handoffs" {...handoffs} />
    <Resource name="notifications" {...notifications} />
    <Resource name="staff" {...staff} />
    <Resource name="audit-events" {...auditEvents} />
    <Resource name="users" {...users} />
    <Resource name="offices" {...offices} />
    <Resource name="districts" {...districts} />
    <Resource name="need-categories" {...needCategories} />
    <Resource name="signals" {...signals} />
    <CustomRoutes>
      <Route
        path="/my-follow-ups"
        element={
          <Suspense fallback={<Loading />}>
            <MyFollowUpsPage />
          </Suspense>
        }
      />
      <Route
        path="/our-offers"
        element={
          <Suspense fallback={<Loading />}>
            <OurOffersPage />
          </Suspense>
        }
      />
      <Route
        path="/network"
        element={
          <Suspense fallback={<Loading />}>
            <NetworkPage />
          </Suspense>
        }
      />
      <Route
        path="/provider-outcomes"
        element={
          <Suspense fallback={<Loading />}>
            <ProviderOutcomesPage />
          </Suspense>
        }
      />
      <Route
        path="/reports"
        element={
          <Suspense fallback={<Loading />}>
            <ReportsRoute />
          </Suspense>
        }
      />
      <Route
        path="/trends"
        element={
          <Suspense fallback={<Loading />}>
            <TrendsPage />
          </Suspense>
        }
      />
      <Route
        path="/outreach"
        element={
          <Suspense fallback={<Loading />}>
            <OutreachPage />
          </Suspense>
        }
      />
      <Route
        path="/account"
        element={
          <Suspense fallback={<Loading />}>
            <AccountPage />
          </Suspense>
        }
      />
      <Route
        path="/life-situations"
        element={
          <Suspense fallback={<Loading />}>
            <LifeSituationsPage />
          </Suspense>
        }
      />
      <Route
        path="/data-protection"
        element={
          <Suspense fallback={<Loading />}>
            <DataProtectionPage />
          </Suspense>
        }
      />
    </CustomRoutes>
  </Admin>
);
