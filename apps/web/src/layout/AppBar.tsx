import { Box, ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { FamilySearch } from './FamilySearch';
import { NotificationBell } from './NotificationBell';
import { QuickContactButton } from './quick-contact/QuickContactButton';
import { OutboxCounter } from '../outreach/OutboxCounter';

const toolbar = (
  <>
    <FamilySearch />
    <OutboxCounter />
    <QuickContactButton />
    <NotificationBell />
    <LocalesMenuButton />
    <LoadingIndicator />
  </>
);

/**
 * The user menu (with "Abmelden"). Its button shows the user's name, so its accessible name says
 * the name too ("Profil von Anna Albers", WCAG 2.5.3).
 */
const LotsenUserMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const label = identity?.fullName
    ? translate('lotsen.app.userMenu', { name: identity.fullName })
    : translate('ra.auth.user_menu');
  return (
    <UserMenu label={label}>
      <MyAccountItem />
      <Logout />
    </UserMenu>
  );
};

/** "Mein Konto": the own password. */
const MyAccountItem = () => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to="/account" onClick={() => userMenu?.onClose()}>
      <ListItemIcon>
        <AccountCircleIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('lotsen.account.title')}</ListItemText>
    </MenuItem>
  );
};

export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar toolbar={toolbar} userMenu={<LotsenUserMenu />}>
      <Box
        component="span"
        sx={{ mr: 2, fontWeight: 600, whiteSpace: 'nowrap', display: { xs: 'none', sm: 'inline' } }}
      >
        {translate('lotsen.app.title')}
      </Box>
      <TitlePortal />
    </RaAppBar>
  );
};
