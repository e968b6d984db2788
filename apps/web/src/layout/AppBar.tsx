import { Box } from '@mui/material';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  TitlePortal,
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

export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar toolbar={toolbar}>
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
