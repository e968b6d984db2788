/** A family that may already be the one being entered (api.md, "Actions"). */
export interface PossibleDuplicate {
  id: string;
  name: string;
  districtId: string | null;
  /** Set when the API names a person's family beside the person (persons' duplicate hint). */
  familyId?: string | null;
}

function isDuplicate(value: unknown): value is PossibleDuplicate {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.id === 'string' && typeof entry.name === 'string';
}

/**
 * The possible duplicates of a 409 `POSSIBLE_DUPLICATE` (body `{code, possibleDuplicates}`), or
 * null for any other error. The same request with `confirmNew: true` creates the record anyway.
 */
export function possibleDuplicatesOf(error: unknown): PossibleDuplicate[] | null {
  if (typeof error !== 'object' || error === null) return null;
  const { status, body } = error as { status?: unknown; body?: unknown };
  if (status !== 409 || typeof body !== 'object' || body === null) return null;
  const { code, possibleDuplicates } = body as { code?: unknown; possibleDuplicates?: unknown };
  if (code !== 'POSSIBLE_DUPLICATE') return null;
  const list = Array.isArray(possibleDuplicates) ? possibleDuplicates.filter(isDuplicate) : [];
  return list.map((entry) => ({
    id: entry.id,
    name: entry.name,
    districtId: typeof entry.districtId === 'string' ? entry.districtId : null,
    familyId: typeof entry.familyId === 'string' ? entry.familyId : null,
  }));
}

/** The family a duplicate links to: the family itself, or a person's family. */
export function duplicateFamilyId(duplicate: PossibleDuplicate): string {
  return duplicate.familyId ?? duplicate.id;
}
