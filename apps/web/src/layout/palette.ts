/**
 * The app's colours, without react-admin: theme.ts builds the app's theme from them, the login
 * screen (loaded before react-admin, issue 19.5) its own small one.
 */

/** Blue 800: 5.7:1 on white, still 4.9:1 on the grey of a filled input (WCAG 1.4.3 asks 4.5:1). */
export const BLUE = { light: '#5e92f3', main: '#1565c0', dark: '#0d47a1', contrastText: '#fff' };

/** A focus ring of its own for everything one reaches with Tab (WCAG 2.4.7). */
export const FOCUS_RING = { outline: `2px solid ${BLUE.main}`, outlineOffset: '2px' };
