import englishMessages from 'ra-language-english';
import { ERROR_CODES, NEED_CATEGORY_GROUPS, ROLES } from '@lotsen/domain';
import { de } from './de';
import { en } from './en';

type Messages = { [key: string]: Messages | string | undefined };

function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function valueAt(messages: Messages, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages);
}

describe('messages', () => {
  const german = de as unknown as Messages;
  const english = en as unknown as Messages;

  it('translate every key of react-admin into German', () => {
    const missing = keysOf(englishMessages as unknown as Messages).filter(
      (key) => typeof valueAt(german, key) !== 'string',
    );
    expect(missing).toEqual([]);
  });

  it('have the same keys in German and English', () => {
    expect(keysOf(english).sort()).toEqual(keysOf(german).sort());
  });

  it('have no empty texts (but the blank of ra.boolean.null)', () => {
    const empty = keysOf(german).filter(
      (key) => key !== 'ra.boolean.null' && !String(valueAt(german, key)).trim(),
    );
    expect(empty).toEqual([]);
  });

  it('name every error code, role and need-category group', () => {
    for (const messages of [german, english]) {
      for (const code of ERROR_CODES)
        expect(valueAt(messages, `lotsen.errors.${code}`)).toEqual(expect.any(String));
      for (const role of ROLES) expect(valueAt(messages, `lotsen.roles.${role}`)).toEqual(expect.any(String));
      for (const group of NEED_CATEGORY_GROUPS) {
        expect(valueAt(messages, `lotsen.groups.${group}`)).toEqual(expect.any(String));
      }
    }
  });
});
