import { createTheme } from '@mui/material/styles';
import { BLUE, FOCUS_RING } from '../layout/palette';

/** The login screen's theme: the app's colours and focus ring (layout/theme.ts), without react-admin. */
export const loginTheme = createTheme({
  palette: { primary: BLUE, secondary: BLUE },
  components: {
    MuiCircularProgress: { defaultProps: { 'aria-label': 'Wird geladen …' } },
    MuiCssBaseline: {
      styleOverrides: { 'a:focus-visible, button:focus-visible, [role="button"]:focus-visible': FOCUS_RING },
    },
  },
});
