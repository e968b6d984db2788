/**
 * The few texts of the login screen, in both languages, keyed like de.ts / en.ts (the login
 * screen runs before react-admin and the full messages are loaded, issue 19.5). messages.spec.ts
 * checks that every text here is the one of de.ts / en.ts, so they cannot drift apart.
 */
export const LOGIN_KEYS = [
  'lotsen.app.title',
  'lotsen.app.subtitle',
  'lotsen.auth.email',
  'lotsen.auth.password',
  'ra.auth.sign_in',
  'ra.auth.sign_in_error',
  'ra.input.password.toggle_visible',
  'ra.input.password.toggle_hidden',
  'ra.validation.required',
  'ra.validation.email',
  'lotsen.errors.INVALID_CREDENTIALS',
  'lotsen.errors.ACCOUNT_LOCKED',
  'lotsen.errors.TOO_MANY_REQUESTS',
  'lotsen.errors.INTERNAL_ERROR',
  'lotsen.errors.SERVICE_UNAVAILABLE',
  'lotsen.network_error',
] as const;
export type LoginKey = (typeof LOGIN_KEYS)[number];

export const LOGIN_MESSAGES: Record<'de' | 'en', Record<LoginKey, string>> = {
  de: {
    'lotsen.app.title': 'Lotsen CRM',
    'lotsen.app.subtitle': 'Familienbüro Potsdam',
    'lotsen.auth.email': 'E-Mail-Adresse',
    'lotsen.auth.password': 'Passwort',
    'ra.auth.sign_in': 'Anmelden',
    'ra.auth.sign_in_error': 'Die Anmeldung ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
    'ra.input.password.toggle_visible': 'Passwort verbergen',
    'ra.input.password.toggle_hidden': 'Passwort anzeigen',
    'ra.validation.required': 'Pflichtfeld',
    'ra.validation.email': 'Bitte eine gültige E-Mail-Adresse eingeben',
    'lotsen.errors.INVALID_CREDENTIALS': 'E-Mail-Adresse oder Passwort ist falsch.',
    'lotsen.errors.ACCOUNT_LOCKED':
      'Ihr Konto ist nach zu vielen Fehlversuchen vorübergehend gesperrt. Bitte versuchen Sie es später erneut.',
    'lotsen.errors.TOO_MANY_REQUESTS':
      'Zu viele Anfragen in kurzer Zeit. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
    'lotsen.errors.INTERNAL_ERROR':
      'Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
    'lotsen.errors.SERVICE_UNAVAILABLE':
      'Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.',
    'lotsen.network_error': 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.',
  },
  en: {
    'lotsen.app.title': 'Lotsen CRM',
    'lotsen.app.subtitle': 'Familienbüro Potsdam',
    'lotsen.auth.email': 'Email address',
    'lotsen.auth.password': 'Password',
    'ra.auth.sign_in': 'Sign in',
    'ra.auth.sign_in_error': 'Authentication failed, please retry',
    'ra.input.password.toggle_visible': 'Hide password',
    'ra.input.password.toggle_hidden': 'Show password',
    'ra.validation.required': 'Required',
    'ra.validation.email': 'Must be a valid email',
    'lotsen.errors.INVALID_CREDENTIALS': 'Wrong email address or password.',
    'lotsen.errors.ACCOUNT_LOCKED':
      'Your account is temporarily locked after too many failed attempts. Please try again later.',
    'lotsen.errors.TOO_MANY_REQUESTS': 'Too many requests. Please wait a moment and try again.',
    'lotsen.errors.INTERNAL_ERROR': 'An error occurred on the server. Please try again later.',
    'lotsen.errors.SERVICE_UNAVAILABLE':
      'The service is unavailable right now. Please try again in a few minutes.',
    'lotsen.network_error': 'The server cannot be reached. Please check your connection.',
  },
};

/**
 * The language the user chose in the app (react-admin keeps it in localStorage as
 * `RaStore.locale`); German otherwise.
 */
export function storedLocale(): 'de' | 'en' {
  try {
    return JSON.parse(localStorage.getItem('RaStore.locale') ?? '"de"') === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}

/** The text of `key` (an i18n key, e.g. an error's message) in `locale`; unknown keys: the sign-in error. */
export function loginText(locale: 'de' | 'en', key: string): string {
  const messages = LOGIN_MESSAGES[locale];
  return (messages as Record<string, string>)[key] ?? messages['ra.auth.sign_in_error'];
}
