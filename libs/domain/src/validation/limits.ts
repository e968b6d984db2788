/** Validation limits shared by the API's DTOs and the web forms. */
export const LIMITS = {
  emailMax: 254,
  displayNameMax: 120,
  passwordMin: 12,
  passwordMax: 200,
  nameMax: 200,
  addressMax: 300,
  labelMax: 200,
  textMax: 4000,
  /** Largest page a list request may ask for (`range`). */
  pageSizeMax: 500,
  /** Largest JSON body the API accepts. */
  bodyBytesMax: 1_000_000,
  /** Largest integer a field holds (PostgreSQL `integer`): a `version` or a count beyond it is a 400. */
  intMax: 2_147_483_647,
  /** The first and last day any date of the API (filter, report, body) may name. */
  dayMin: '1900-01-01',
  dayMax: '2100-12-31',
} as const;

/** A real calendar day `YYYY-MM-DD` between `LIMITS.dayMin` and `LIMITS.dayMax`. */
export function isDayInLimits(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(value) &&
    value >= LIMITS.dayMin &&
    value <= LIMITS.dayMax
  );
}

/** A timestamp from the first moment of `LIMITS.dayMin` to the last of `LIMITS.dayMax` (UTC). */
export function isTimestampInLimits(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return false;
  const min = Date.parse(`${LIMITS.dayMin}T00:00:00Z`);
  const max = Date.parse(`${LIMITS.dayMax}T23:59:59.999Z`);
  return time >= min && time <= max;
}

/** Password rule for staff accounts (BSI IT-Grundschutz ORP.4: length over complexity). */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < LIMITS.passwordMin) problems.push('too_short');
  if (password.length > LIMITS.passwordMax) problems.push('too_long');
  if (password.trim() !== password) problems.push('surrounding_whitespace');
  return problems;
}

/** A name (family name, a member's first or last name) holds at least one letter of any script. */
export const NAME_PATTERN = /\p{L}/u;
