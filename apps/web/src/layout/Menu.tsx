import { CanAccess, Menu } from 'react-admin';
import AlarmOnIcon from '@mui/icons-material/AlarmOn';

/**
 * The menu in the order of a counsellor's day; every entry follows `authProvider.canAccess`
 * (the policy of libs/domain): case work for counsellors and team leads, the audit log
 * ("Protokoll") for team leads and admins, reference data for everyone who may read it.
 */
export const AppMenu = () => (
  <Menu>
    <Menu.DashboardItem />
    <Menu.ResourceItem name="families" />
    <Menu.ResourceItem name="contacts" />
    <CanAccess resource="follow-ups" action="list">
      <Menu.Item to="/my-follow-ups" primaryText="lotsen.menu.myFollowUps" leftIcon={<AlarmOnIcon />} />
    </CanAccess>
    <Menu.ResourceItem name="audit-events" />
    <Menu.ResourceItem name="users" />
    <Menu.ResourceItem name="offices" />
    <Menu.ResourceItem name="districts" />
    <Menu.ResourceItem name="need-categories" />
  </Menu>
);
