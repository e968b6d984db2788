import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, DeleteParams, RaRecord } from 'react-admin';
import { API_URL, httpClient } from './httpClient';

/** The web client is ra-data-simple-rest, unchanged (api.md); we only wrap two of its calls. */
const base = simpleRestProvider(API_URL, httpClient);

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

/** A new record needs no empty optional fields. */
export function withoutEmpty(data: Values): Values {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => normalize(value) !== null));
}

export const dataProvider: DataProvider = {
  ...base,
  create: (resource, params) =>
    base.create(resource, { ...params, data: withoutEmpty(params.data as Values) }),
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
};
