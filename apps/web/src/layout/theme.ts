import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { BLUE, FOCUS_RING } from './palette';

/**
 * react-admin's light theme with colours that keep WCAG 2.1 AA contrast (its primary and
 * secondary blues are too light for text on white or grey, and white on orange is unreadable)
 * and a visible focus ring on links, buttons, tabs and menu entries.
 */
export const lotsenTheme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: BLUE,
    secondary: BLUE,
    warning: { light: '#ff9800', main: '#b45309', dark: '#8a3c00', contrastText: '#fff' },
    success: { light: '#4caf50', main: '#2e7d32', dark: '#1b5e20', contrastText: '#fff' },
    info: { light: '#03a9f4', main: '#0277bd', dark: '#01579b', contrastText: '#fff' },
  },
  components: {
    ...defaultTheme.components,
    // spinners and progress bars need a name for screen readers (WCAG 4.1.2); the app speaks German first
    MuiCircularProgress: { defaultProps: { 'aria-label': 'Wird geladen …' } },
    MuiLinearProgress: { defaultProps: { 'aria-label': 'Wird geladen …' } },
    // A checkbox named by `aria-label` (react-admin's "Diese Zeile auswählen"): the name belongs on
    // the <input>, where screen readers look for it, not on the <span> around it (WCAG 4.1.2).
    MuiCheckbox: {
      defaultProps: {
        slotProps: {
          root: (ownerState: { 'aria-label'?: string }) =>
            ownerState['aria-label'] ? { 'aria-label': undefined } : {},
          input: (ownerState: { 'aria-label'?: string }) =>
            ownerState['aria-label'] ? { 'aria-label': ownerState['aria-label'] } : {},
        },
      },
    },
    // the form toolbar: react-admin's grey 300 leaves blue button text below 4.5:1
    RaToolbar: { styleOverrides: { root: { backgroundColor: '#f5f5f5' } } },
    // every screen fits (issue 25.5): a page's buttons wrap onto a second line instead of
    // leaving the screen, and a row of tabs scrolls within itself (with arrows)
    RaTopToolbar: { styleOverrides: { root: { flexWrap: 'wrap', rowGap: 4 } } },
    // the page takes the window's width, never the width of its widest content (react-admin's
    // layout has `min-width: fit-content`, which let one wide table widen every page)
    RaLayout: { styleOverrides: { root: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } } } },
    MuiTabs: {
      defaultProps: { variant: 'scrollable', scrollButtons: 'auto', allowScrollButtonsMobile: true },
    },
    MuiCssBaseline: {
      styleOverrides: {
        [[
          'a:focus-visible',
          'button:focus-visible',
          '[role="button"]:focus-visible',
          '[role="tab"]:focus-visible',
          '[role="menuitem"]:focus-visible',
          '[role="row"]:focus-visible',
          'td:focus-visible',
        ].join(', ')]: FOCUS_RING,
      },
    },
  },
};
