import { Admin, Resource } from 'react-admin';
import { Dashboard } from './dashboard/Dashboard';
import { Layout } from './layout/Layout';
import { LoginPage } from './login/LoginPage';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { districts } from './resources/districts';
import { needCategories } from './resources/need-categories';
import { offices } from './resources/offices';
import { users } from './resources/users';

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
    loginPage={LoginPage}
  >
    <Resource name="users" {...users} />
    <Resource name="offices" {...offices} />
    <Resource name="districts" {...districts} />
    <Resource name="need-categories" {...needCategories} />
  </Admin>
);
