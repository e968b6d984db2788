import { Box } from '@mui/material';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import { NotificationBell } from './NotificationBell';
import { QuickContactButton } from './quick-contact/QuickContactButton';

const toolbar = (
  <>
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
  return <UserMenu label={label} />;
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
