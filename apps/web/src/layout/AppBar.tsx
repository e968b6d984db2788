import { Box } from '@mui/material';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  TitlePortal,
  useTranslate,
} from 'react-admin';

const toolbar = (
  <>
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
