/**
 * Kölner Phonetik (Postel 1969): a phonetic code for German names, so that "Meier", "Mayer"
 * and "Maier" share the code "67", and "Schmidt" and "Schmitt" share "862".
 */

const normalise = (word: string): string =>
  word
    .toUpperCase()
    .replace(/Ä/g, 'A')
    .replace(/Ö/g, 'O')
    .replace(/Ü/g, 'U')
    .replace(/ß/g, 'S')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Z]/g, '');

function codeOf(chars: string, i: number): string {
  const c = chars[i];
  const prev = i > 0 ? chars[i - 1] : '';
  const next = i + 1 < chars.length ? chars[i + 1] : '';
  switch (c) {
    case 'A':
    case 'E':
    case 'I':
    case 'J':
    case 'O':
    case 'U':
    case 'Y':
      return '0';
    case 'H':
      return '';
    case 'B':
      return '1';
    case 'P':
      return next === 'H' ? '3' : '1';
    case 'D':
    case 'T':
      return 'CSZ'.includes(next) && next !== '' ? '8' : '2';
    case 'F':
    case 'V':
    case 'W':
      return '3';
    case 'G':
    case 'K':
    case 'Q':
      return '4';
    case 'C':
      if (i === 0) return 'AHKLOQRUX'.includes(next) && next !== '' ? '4' : '8';
      return 'SZ'.includes(prev) && prev !== '' ? '8' : 'AHKOQUX'.includes(next) && next !== '' ? '4' : '8';
    case 'X':
      return 'CKQ'.includes(prev) && prev !== '' ? '8' : '48';
    case 'L':
      return '5';
    case 'M':
    case 'N':
      return '6';
    case 'R':
      return '7';
    case 'S':
    case 'Z':
      return '8';
    default:
      return '';
  }
}

/** The Kölner Phonetik code of one word. */
export function koelnerPhonetikWord(word: string): string {
  const chars = normalise(word);
  let raw = '';
  for (let i = 0; i < chars.length; i++) raw += codeOf(chars, i);
  let collapsed = '';
  for (const digit of raw) if (collapsed[collapsed.length - 1] !== digit) collapsed += digit;
  return collapsed.length > 0 ? collapsed[0] + collapsed.slice(1).replace(/0/g, '') : '';
}

/** Codes of every word of a name, space separated ("Müller-Lüdenscheidt" → "657 52682"). */
export function koelnerPhonetik(name: string): string {
  return name
    .split(/[\s\-–,./]+/)
    .map(koelnerPhonetikWord)
    .filter((code) => code.length > 0)
    .join(' ');
}

/** The phonetic key of a family name, without a leading "Familie"/"Fam." ("Familie Meyer" → "67"). */
export function familyNameKey(name: string): string {
  return koelnerPhonetik(name.replace(/^\s*(familie|fam\.)\s+/i, ''));
}
