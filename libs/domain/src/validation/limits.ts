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
} as const;

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
