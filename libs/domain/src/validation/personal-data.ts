/**
 * The rule that keeps anonymous records anonymous (issue 24.7): an anonymous contact holds no
 * notes at all, and its free texts — the contact's summary, the descriptions of the needs it
 * raised — must not name anybody. This finds what identifies a person in such a text: a name
 * after a salutation or label, a phone number, an e-mail address, a date of birth. It is a
 * guard against slips, not an anonymizer: it refuses, it never rewrites.
 */
export const PERSONAL_DATA_KINDS = ['name', 'phone', 'email', 'birth_date'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/iu;
/** A salutation or label followed by a capitalised word: "Herr Max", "Frau Özdemir", "Name: …". */
const NAME_LABELS = ['herr', 'herrn', 'frau', 'hr.', 'fr.', 'familie', 'fam.', 'name', 'vorname', 'nachname']
  .concat(['mutter', 'vater', 'kind', 'sohn', 'tochter'])
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1).replace('.', '\\.')}`)
  .join('|');
const NAME = new RegExp(`(?:^|[^\\p{L}])(?:${NAME_LABELS})\\s*:?\\s+\\p{Lu}\\p{Ll}+`, 'u');
/** "+49 …" or a number starting with 0, with at least 6 digits in all; or "Tel …" and a digit. */
const PHONE =
  /(?:(?:\+|(?<![\d.])0)\d(?:[\s/()-]?\d){5,})|(?:\b(?:tel|telefon|handy|mobil|fon)\b\.?\s*:?\s*\+?\d)/iu;
/** "geb. 1.2.1980", "geboren am …", "Geburtsdatum …", "*1980". */
const BIRTH_KEYWORD = /(?:\bgeb\.|\bgeboren\b|\bgeburtsdatum\b|\bgeb\.-?datum\b|\bdob\b|\*\s*\d)/iu;
const FULL_DATE = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b|\b(\d{4})-(\d{2})-(\d{2})\b/gu;

function hasPastFullDate(text: string, now: Date): boolean {
  for (const m of text.matchAll(FULL_DATE)) {
    const year = Number(m[3] ?? m[4]);
    const fullYear = m[3] && m[3].length === 2 ? 1900 + year : year;
    const month = Number(m[2] ?? m[5]);
    const day = Number(m[1] ?? m[6]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    if (m[3] && m[3].length === 2) return true; // "1.2.80": a two-digit year is a birth date's
    if (Date.UTC(fullYear, month - 1, day) < now.getTime() && fullYear >= 1900) return true;
  }
  return false;
}

/** What in `text` identifies a person (empty: nothing found). */
export function findPersonalData(
  text: string | null | undefined,
  now: Date = new Date(),
): PersonalDataKind[] {
  if (!text) return [];
  const found: PersonalDataKind[] = [];
  if (NAME.test(text)) found.push('name');
  if (PHONE.test(text)) found.push('phone');
  if (EMAIL.test(text)) found.push('email');
  if (BIRTH_KEYWORD.test(text) || hasPastFullDate(text, now)) found.push('birth_date');
  return found;
}
