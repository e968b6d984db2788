import { CanAccess, Menu } from 'react-admin';
import AlarmOnIcon from '@mui/icons-material/AlarmOn';
import ApartmentIcon from '@mui/icons-material/Apartment';
import AssessmentIcon from '@mui/icons-material/Assessment';
import ShareIcon from '@mui/icons-material/Share';
import StorefrontIcon from '@mui/icons-material/Storefront';

/**
 * The menu in the order of a counsellor's day; every entry follows `authProvider.canAccess`
 * (the policy of libs/domain): case work, the offer directory ("Angebote") and referrals
 * ("Vermittlungen") for counsellors and team leads, the provider register ("Träger") for team
 * leads and admins, "Unsere Angebote" for provider users (whose start page lists their incoming
 * referrals), the reports ("Berichte") for team leads and analysts (`report.read`), the audit
 * log ("Protokoll") for team leads and admins, reference data for everyone who may read it.
 */
export const AppMenu = () => (
  <Menu>
    <Menu.DashboardItem />
    <Menu.ResourceItem name="families" />
    <Menu.ResourceItem name="contacts" />
    <CanAccess resource="follow-ups" action="list">
      <Menu.Item to="/my-follow-ups" primaryText="lotsen.menu.myFollowUps" leftIcon={<AlarmOnIcon />} />
    </CanAccess>
    <CanAccess resource="referrals" action="create">
      <Menu.Item to="/referrals" primaryText="lotsen.menu.referrals" leftIcon={<ShareIcon />} />
    </CanAccess>
    <CanAccess resource="offers" action="directory">
      <Menu.Item to="/offers" primaryText="lotsen.menu.directory" leftIcon={<StorefrontIcon />} />
    </CanAccess>
    <CanAccess resource="offers" action="own_offers">
      <Menu.Item to="/our-offers" primaryText="lotsen.menu.ourOffers" leftIcon={<StorefrontIcon />} />
    </CanAccess>
    <CanAccess resource="providers" action="create">
      <Menu.Item to="/providers" primaryText="lotsen.menu.providers" leftIcon={<ApartmentIcon />} />
    </CanAccess>
    <CanAccess resource="reports" action="report.read">
      <Menu.Item to="/reports" primaryText="lotsen.menu.reports" leftIcon={<AssessmentIcon />} />
    </CanAccess>
    <Menu.ResourceItem name="audit-events" />
    <Menu.ResourceItem name="users" />
    <Menu.ResourceItem name="offices" />
    <Menu.ResourceItem name="districts" />
    <Menu.ResourceItem name="need-categories" />
  </Menu>
);
