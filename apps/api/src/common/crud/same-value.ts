/**
 * Whether a value sent back by a client is the one the server has: compared as JSON (a date as
 * the instant it names, arrays in order, objects by their keys), since that is how the client got it.
 */
export function sameValue(stored: unknown, sent: unknown): boolean {
  if (stored instanceof Date) {
    return typeof sent === 'string' && Date.parse(sent) === stored.getTime();
  }
  if (stored === null || stored === undefined) return sent === null || sent === undefined;
  if (Array.isArray(stored)) {
    return (
      Array.isArray(sent) && sent.length === stored.length && stored.every((v, i) => sameValue(v, sent[i]))
    );
  }
  if (typeof stored === 'object') {
    if (typeof sent !== 'object' || sent === null || Array.isArray(sent)) return false;
    const storedKeys = Object.keys(stored).filter(
      (k) => (stored as Record<string, unknown>)[k] !== undefined,
    );
    const sentKeys = Object.keys(sent).filter((k) => (sent as Record<string, unknown>)[k] !== undefined);
    return (
      storedKeys.length === sentKeys.length &&
      storedKeys.every((k) =>
        sameValue((stored as Record<string, unknown>)[k], (sent as Record<string, unknown>)[k]),
      )
    );
  }
  return stored === sent;
}
