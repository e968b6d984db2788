import { de } from '../i18n/de';
import { en } from '../i18n/en';
import { LOGIN_KEYS, LOGIN_MESSAGES, loginText } from './messages';

type Messages = { [key: string]: Messages | string | undefined };

function valueAt(messages: Messages, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages);
}

describe('the login screen’s own texts', () => {
  it.each([
    ['de', de],
    ['en', en],
  ] as const)('are those of %s.ts, key by key', (locale, messages) => {
    for (const key of LOGIN_KEYS) {
      expect([key, LOGIN_MESSAGES[locale][key]]).toEqual([
        key,
        valueAt(messages as unknown as Messages, key),
      ]);
    }
  });

  it('say "sign-in failed" for a key they do not know', () => {
    expect(loginText('de', 'lotsen.errors.SOMETHING_ELSE')).toBe(
      'Die Anmeldung ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
    );
    expect(loginText('de', 'lotsen.errors.INVALID_CREDENTIALS')).toBe(
      'E-Mail-Adresse oder Passwort ist falsch.',
    );
  });
});
