import { CanAccess, Menu, useSidebarState, useTranslate } from 'react-admin';
import AlarmOnIcon from '@mui/icons-material/AlarmOn';
import ApartmentIcon from '@mui/icons-material/Apartment';
import AssessmentIcon from '@mui/icons-material/Assessment';
import CampaignIcon from '@mui/icons-material/Campaign';
import TimelineIcon from '@mui/icons-material/Timeline';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import DiversityIcon from '@mui/icons-material/Diversity3';
import ShareIcon from '@mui/icons-material/Share';
import StorefrontIcon from '@mui/icons-material/Storefront';
import PrivacyTipIcon from '@mui/icons-material/PrivacyTip';
import QueueIcon from '@mui/icons-material/Queue';
import HikingIcon from '@mui/icons-material/Hiking';
import HubIcon from '@mui/icons-material/Hub';
import InsightsIcon from '@mui/icons-material/Insights';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { QUEUE_DASHBOARD_URL } from '../admin/queueDashboard';
import { CallbackRequestsMenuItem } from './CallbackRequestsMenuItem';

/**
 * The menu in the order of a counsellor's day; every entry follows `authProvider.canAccess`
 * (the policy of libs/domain): case work, the offer directory ("Angebote") and referrals
 * ("Vermittlungen") for counsellors and team leads, the provider register ("Träger") for team
 * leads and admins, the Familienportal's "Verwaltungsleistungen" and "Lebenslagen" (their texts
 * per language) for office staff (admins write them), "Unsere Angebote" for provider users
 * (whose start page lists their incoming referrals), the reports ("Berichte") and trends ("Entwicklung") for team leads and analysts (`report.read`),
 * the early warning ("Frühwarnung", `signal.read`) for the same, the audit
 * log ("Protokoll") for team leads and admins, "Datenschutz" (retention) and the job queues
 * (served by the API, opened in a new tab) for admins, reference data for everyone who may read it.
 * "Rückrufbitten" (from the Familienportal) shows how many are open.
 */
const QueueDashboardItem = () => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const label = translate('lotsen.menu.queues');
  // a collapsed menu shows icons only (as react-admin's own entries do), named for screen readers
  return (
    <MenuItem
      component="a"
      href={QUEUE_DASHBOARD_URL}
      target="_blank"
      rel="noopener"
      aria-label={open ? undefined : label}
      title={open ? undefined : label}
    >
      <ListItemIcon>
        <QueueIcon fontSize="small" />
      </ListItemIcon>
      {open ? <ListItemText>{label}</ListItemText> : null}
    </MenuItem>
  );
};

export const AppMenu = () => (
  <Menu>
    <Menu.DashboardItem />
    <Menu.ResourceItem name="families" />
    <Menu.ResourceItem name="contacts" />
    <CanAccess resource="contacts" action="create">
      <Menu.Item to="/outreach" primaryText="lotsen.menu.outreach" leftIcon={<HikingIcon />} />
    </CanAccess>
    <CallbackRequestsMenuItem />
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
    <CanAccess resource="offer-change-requests" action="list">
      <Menu.Item
        to="/offer-change-requests"
        primaryText="lotsen.menu.offerChanges"
        leftIcon={<RateReviewIcon />}
      />
    </CanAccess>
    <CanAccess resource="network" action="network.read">
      <CanAccess resource="referrals" action="incoming">
        <Menu.Item to="/network" primaryText="lotsen.menu.network" leftIcon={<HubIcon />} />
      </CanAccess>
    </CanAccess>
    <CanAccess resource="provider-outcomes" action="provider.outcomes">
      <Menu.Item to="/provider-outcomes" primaryText="lotsen.menu.outcomes" leftIcon={<InsightsIcon />} />
    </CanAccess>
    <CanAccess resource="providers" action="create">
      <Menu.Item to="/providers" primaryText="lotsen.menu.providers" leftIcon={<ApartmentIcon />} />
    </CanAccess>
    <CanAccess resource="services" action="list">
      <Menu.Item to="/services" primaryText="lotsen.menu.services" leftIcon={<AccountBalanceIcon />} />
    </CanAccess>
    <CanAccess resource="translations" action="list">
      <Menu.Item
        to="/life-situations"
        primaryText="lotsen.menu.lifeSituations"
        leftIcon={<DiversityIcon />}
      />
    </CanAccess>
    <CanAccess resource="reports" action="report.read">
      <Menu.Item to="/reports" primaryText="lotsen.menu.reports" leftIcon={<AssessmentIcon />} />
    </CanAccess>
    <CanAccess resource="signals" action="list">
      <Menu.Item to="/signals" primaryText="lotsen.menu.signals" leftIcon={<CampaignIcon />} />
    </CanAccess>
    <CanAccess resource="reports" action="report.read">
      <Menu.Item to="/trends" primaryText="lotsen.menu.trends" leftIcon={<TimelineIcon />} />
    </CanAccess>
    <Menu.ResourceItem name="audit-events" />
    <CanAccess resource="data-protection" action="retention.read">
      <Menu.Item
        to="/data-protection"
        primaryText="lotsen.menu.dataProtection"
        leftIcon={<PrivacyTipIcon />}
      />
    </CanAccess>
    <CanAccess resource="queues" action="queue.dashboard">
      <QueueDashboardItem />
    </CanAccess>
    <Menu.ResourceItem name="users" />
    <Menu.ResourceItem name="offices" />
    <Menu.ResourceItem name="districts" />
    <Menu.ResourceItem name="need-categories" />
  </Menu>
);
