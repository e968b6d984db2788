import { getMetadataArgsStorage } from 'typeorm';
import type { FilterKind, ListSpec } from './list-query';

/**
 * What every list gets from its entity, declared once here rather than by hand per resource
 * (decisions.md, "react-admin conventions"): `id` and the timestamps are sortable, and every
 * foreign-key column (a readable `uuid` column named `…Id`) is filterable — as react-admin's
 * `getManyReference` sends it, `filter={"familyId":…}` — and sortable (a reference column
 * sorts by its source).
 */
export interface EntityListFields {
  foreignKeys: string[];
  timestamps: string[];
}

const FOREIGN_KEY = /[a-z]Id$/;

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function entityListFields(entity: Function): EntityListFields {
  const chain: unknown[] = [];
  for (
    let t: unknown = entity;
    typeof t === 'function' && t !== Function.prototype;
    t = Object.getPrototypeOf(t)
  ) {
    chain.push(t);
  }
  const columns = getMetadataArgsStorage().columns.filter((c) => chain.includes(c.target));
  return {
    foreignKeys: columns
      .filter(
        (c) =>
          c.mode === 'regular' &&
          c.options.type === 'uuid' &&
          !c.options.array &&
          c.options.select !== false &&
          FOREIGN_KEY.test(c.propertyName),
      )
      .map((c) => c.propertyName),
    timestamps: columns
      .filter((c) => c.mode === 'createDate' || c.mode === 'updateDate')
      .map((c) => c.propertyName),
  };
}

export type FilterDefinition = FilterKind & { column?: string; where?: (param: string) => string };

/** A spec with the fields every list has added: what parsing, querying and the OpenAPI doc use. */
export interface ResolvedListSpec extends ListSpec {
  sortable: Record<string, string>;
  filterable: Record<string, FilterDefinition>;
}

const resolved = new WeakMap<ListSpec, ResolvedListSpec>();

/** The spec with `id`, timestamps and foreign keys of its entity added; the spec's own entries win. */
export function resolveListSpec(spec: ListSpec): ResolvedListSpec {
  const cached = resolved.get(spec);
  if (cached) return cached;
  const { foreignKeys, timestamps } = entityListFields(spec.entity);
  const column = (field: string) => `${spec.alias}.${field}`;
  const result: ResolvedListSpec = {
    ...spec,
    sortable: {
      ...Object.fromEntries([...timestamps, ...foreignKeys].map((f) => [f, column(f)])),
      ...spec.sortable,
      id: column('id'),
    },
    filterable: {
      ...Object.fromEntries(foreignKeys.map((f): [string, FilterDefinition] => [f, { type: 'uuid' }])),
      ...spec.filterable,
    },
  };
  resolved.set(spec, result);
  return result;
}
