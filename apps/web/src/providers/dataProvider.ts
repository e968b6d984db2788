import simpleRestProvider from 'ra-data-simple-rest';
import type { DeleteParams, RaRecord } from 'react-admin';
import { TIMELINE_TYPES, type TimelineEntry } from '@lotsen/domain';
import type { LotsenDataProvider } from './dataProviderTypes';
import { API_URL, httpClient } from './httpClient';
import { asArray, lotsenEndpoints } from './lotsenEndpoints';
import { changedFields, withoutEmpty } from './recordChanges';

// Everything other files import from here stays importable from here; the code lives beside it:
// the types in dataProviderTypes.ts, the endpoints beyond CRUD in lotsenEndpoints.ts, what create
// and update send in recordChanges.ts, file downloads in downloadFile.ts.
export type {
  ContactCancelParams,
  HandoffParams,
  LotsenDataProvider,
  NetworkFigure,
  ProviderOutcomes,
  QuarterOutcomes,
  ReferralOutcomeCounts,
  ReferralOutcomesReport,
  ReferralTransition,
  TeamMemberOverview,
} from './dataProviderTypes';
export { downloadFile } from './downloadFile';
export { totalFromContentRange } from './lotsenEndpoints';
export { changedFields, withoutEmpty } from './recordChanges';

/** The kinds and entries of a family's "Verlauf" (GET /api/families/{id}/timeline), newest first. */
export { TIMELINE_TYPES, type TimelineEntry };

/** The web client is ra-data-simple-rest, unchanged (api.md); we only wrap three of its calls (create, update, delete). */
const base = simpleRestProvider(API_URL, httpClient);

type Values = Record<string, unknown>;

export const dataProvider: LotsenDataProvider = {
  ...base,
  create: (resource, params) =>
    base.create(resource, {
      ...params,
      data: withoutEmpty(params.data as Values, asArray<string>(params.meta?.keepNull)),
    }),
  update: (resource, params) =>
    base.update(resource, {
      ...params,
      data: changedFields(params.data as Values, params.previousData as Values | undefined),
    }),
  delete: async <RecordType extends RaRecord = RaRecord>(
    resource: string,
    params: DeleteParams<RecordType>,
  ) => {
    const result = await base.delete<RecordType>(resource, params);
    // An API may answer DELETE with an empty body; react-admin needs the record back.
    const data = result.data ?? (params.previousData as RecordType | undefined);
    return { data: data ?? ({ id: params.id } as RecordType) };
  },

  ...lotsenEndpoints,
};
