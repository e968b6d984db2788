import { findLifeSituation, lifeSituationsOf } from './life-situations';

/**
 * Verwaltungsleistungen (issue 17 point 4): the city's administrative services for families,
 * each identified — where one is confirmed — by its LeiKa key (Leistungskatalog der öffentlichen
 * Verwaltung, used by FIM and the Portalverbund): 14 digits, always beginning with `99`.
 * A key is only ever recorded when a source confirms it (docs/portal.md); otherwise it is null.
 */
export const LEIKA_KEY_PATTERN = /^99\d{12}$/;

export function isLeikaKey(value: string): boolean {
  return LEIKA_KEY_PATTERN.test(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * How a portal address names a service (`/leistungen/{leikaKeyOrId}`): by its LeiKa key when it
 * has one, else by its id. Anything else names no service at all.
 */
export type ServiceRef = { leikaKey: string } | { id: string } | null;

export function serviceRef(value: string): ServiceRef {
  if (isLeikaKey(value)) return { leikaKey: value };
  if (UUID.test(value)) return { id: value.toLowerCase() };
  return null;
}

/**
 * The life situations a service belongs to: those named for it, then those of its need
 * categories (in the order of LIFE_SITUATIONS); unknown keys are dropped.
 */
export function serviceLifeSituations(
  lifeSituationKeys: readonly string[],
  categoryKeys: readonly string[],
): string[] {
  const named = lifeSituationKeys.filter((k) => findLifeSituation(k) !== undefined);
  const out = [...new Set(named)];
  for (const key of lifeSituationsOf(categoryKeys)) if (!out.includes(key)) out.push(key);
  return out;
}
