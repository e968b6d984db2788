/** Values of the HSDS mapping as HSDS types them: no empty fields, `email`/`uri` checked, ISO dates. */

type Obj = Record<string, unknown>;

/** The object without its null, undefined and empty-list fields. */
export function compact<T extends Obj>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  ) as T;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A value HSDS types as `email`/`uri` is sent only when it is one. */
export const email = (v: unknown): string | undefined =>
  typeof v === 'string' && EMAIL.test(v) ? v : undefined;
export function uri(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;
export const iso = (v: unknown): string => new Date(v as Date).toISOString();

const LANGUAGE_NAMES = new Intl.DisplayNames(['de'], { type: 'language' });
export function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}
