/**
 * The reference data of the offline form, asked for with exactly these parameters everywhere
 * (the form, the warm-up after sign-in): the service worker keeps each answer under its URL, so
 * the same URL finds it offline (docs/offline-outreach.md).
 */
export const DISTRICT_QUERY = {
  pagination: { page: 1, perPage: 100 },
  sort: { field: 'name', order: 'ASC' as const },
  filter: { active: true },
};

/** As `useNeedCategories` (common/needCategories.tsx) asks. */
export const CATEGORY_QUERY = {
  pagination: { page: 1, perPage: 500 },
  sort: { field: 'key', order: 'ASC' as const },
  filter: {},
};
