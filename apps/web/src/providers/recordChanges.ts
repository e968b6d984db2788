// What create and update send: the changed fields of a record, or a new record without its empty fields.

type Values = Record<string, unknown>;

/** Empty string, null and undefined all mean "no value". */
function normalize(value: unknown): unknown {
  return value === undefined || value === '' ? null : value;
}

function sameValue(a: unknown, b: unknown): boolean {
  const left = normalize(a);
  const right = normalize(b);
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) {
    return false;
  }
  return JSON.stringify(left) === JSON.stringify(right);
}

/**
 * The fields of `data` that differ from `previousData`, plus `version` (api.md: "PUT with the
 * changed fields and version"). Without previous data everything but the id is sent.
 */
export function changedFields(data: Values, previousData: Values | undefined): Values {
  const { id: _id, ...values } = data;
  if (!previousData) return values;
  const changes: Values = {};
  for (const [field, value] of Object.entries(values)) {
    if (field === 'version' || value === undefined) continue;
    if (!sameValue(value, previousData[field])) changes[field] = normalize(value);
  }
  const version = previousData.version ?? data.version;
  if (version !== undefined) changes.version = version;
  return changes;
}

/**
 * A new record needs no empty optional fields. `keepNull` names fields whose `null` means
 * something (`familyId: null` makes a contact anonymous).
 */
export function withoutEmpty(data: Values, keepNull: readonly string[] = []): Values {
  return Object.fromEntries(
    Object.entries(data).filter(
      ([field, value]) => normalize(value) !== null || (value === null && keepNull.includes(field)),
    ),
  );
}
