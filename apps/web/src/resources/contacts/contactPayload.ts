/** The form of a new contact → the body of POST /api/contacts (docs/api-case-work.md). */
export function contactPayload(values: Record<string, unknown>): Record<string, unknown> {
  const { needCategoryKeys, ...contact } = values;
  const keys = Array.isArray(needCategoryKeys)
    ? [...new Set(needCategoryKeys.filter((key): key is string => typeof key === 'string' && key !== ''))]
    : [];
  const payload: Record<string, unknown> = { ...contact };
  if (keys.length > 0) payload.needs = keys.map((categoryKey) => ({ categoryKey }));
  // An anonymous contact holds no personal data: the API refuses notes and confidential there.
  if (!payload.familyId) {
    delete payload.notes;
    delete payload.confidential;
  }
  return payload;
}

/** Body of the quick anonymous contact ("Schnellerfassung"). */
export function quickContactPayload(values: {
  channel: string;
  districtId?: string | null;
  categoryKeys: readonly string[];
}): Record<string, unknown> {
  return {
    familyId: null,
    channel: values.channel,
    districtId: values.districtId || null,
    needs: [...new Set(values.categoryKeys)].map((categoryKey) => ({ categoryKey })),
  };
}
