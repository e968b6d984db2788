import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import { poolQuery } from '../database/pool-query';
import { resolveListSpec } from './entity-fields';
import type { ListQuery, ListSpec } from './list-query';

export interface Page<T> {
  items: T[];
  total: number;
}

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Applies a parsed list query (filters, search, sort, range) to a query builder and runs it. */
export async function findPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  listSpec: ListSpec,
  /** The exact total when the caller knows it without counting (e.g. a maintained rollup). */
  knownTotal?: () => Promise<number | null>,
  /**
   * Count in the page's own statement (`count(*) OVER ()`): for a filter whose matching rows
   * cost more to find than to count (the family search), instead of finding them twice.
   */
  options: { countWithPage?: boolean } = {},
): Promise<Page<T>> {
  const spec = resolveListSpec(listSpec);
  const alias = qb.alias;
  let n = 0;
  for (const [field, value] of Object.entries(query.filter)) {
    const param = `f${n++}`;
    const definition = spec.filterable[field];
    if (definition?.where) {
      qb.andWhere(definition.where(param), { [param]: value });
    } else if (field === 'q') {
      const pattern = `%${escapeLike(String(value))}%`;
      qb.andWhere(
        new Brackets((or) => {
          for (const column of spec.searchColumns ?? []) {
            or.orWhere(`${column} ILIKE :${param}`, { [param]: pattern });
          }
        }),
      );
    } else {
      const column = field === 'id' ? `${alias}.id` : (definition?.column ?? `${alias}.${field}`);
      if (Array.isArray(value)) {
        if (value.length === 0) qb.andWhere('1 = 0');
        else qb.andWhere(`${column} IN (:...${param})`, { [param]: value });
      } else {
        qb.andWhere(`${column} = :${param}`, { [param]: value });
      }
    }
  }
  const sortColumn = spec.sortable[query.sort.field] ?? spec.sortable[spec.defaultSort.field];
  qb.orderBy(sortColumn, query.sort.order, query.sort.order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST');
  // `id` ends every sort, so that equal sort keys cannot repeat or skip a row between pages
  if (sortColumn !== `${alias}.id`) qb.addOrderBy(`${alias}.id`, 'ASC');
  qb.skip(query.offset).take(query.limit);
  const total = knownTotal ? await knownTotal() : null;
  if (isPlainEntityQuery(qb)) {
    if (total === null && options.countWithPage) return pageWithCount(qb, query.offset);
    const { items } = await getManyOnPool(qb);
    return { items, total: total ?? (await countOnPool(qb)) };
  }
  if (total !== null) return { items: await qb.getMany(), total };
  const [items, count] = await qb.getManyAndCount();
  return { items, total: count };
}

/**
 * A list of one entity's selected columns, no join, no extra select, no lock, not in a transaction:
 * the page and its count run as two statements straight on the pool and the rows are mapped by the
 * entity's metadata as TypeORM's hydration does for such a query (issue 19 point 2: TypeORM's query
 * runner and transformer per list were a large part of a list's CPU). Anything else: `getMany`.
 */
function isPlainEntityQuery<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): boolean {
  const map = qb.expressionMap;
  const metadata = map.mainAlias?.hasMetadata ? map.mainAlias.metadata : null;
  return (
    metadata !== null &&
    !(qb as unknown as { queryRunner?: unknown }).queryRunner &&
    map.joinAttributes.length === 0 &&
    map.relationIdAttributes.length === 0 &&
    map.selects.length === 1 &&
    map.selects[0].selection === qb.alias &&
    !map.lockMode &&
    metadata.relations.length === 0 &&
    metadata.afterLoadListeners.length === 0 &&
    metadata.columns.every((c) => !c.isVirtual && !c.embeddedMetadata && !c.transformer)
  );
}

/**
 * The page and the exact total in one statement: every matching row is found once, counted by a
 * window over all of them, and only the page's rows are returned. A page past the end has no row
 * to carry the total: then (only then) it is counted on its own.
 */
async function pageWithCount<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  offset: number,
): Promise<Page<T>> {
  const { items, rows } = await getManyOnPool(qb, 'COUNT(*) OVER ()');
  if (rows.length > 0) return { items, total: Number(rows[0][WINDOW_TOTAL]) };
  return { items, total: offset === 0 ? 0 : await countOnPool(qb) };
}

const WINDOW_TOTAL = 'lotsen_window_total';

async function getManyOnPool<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  /** An extra column (e.g. a window count), returned in `rows` as `lotsen_window_total`. */
  extra?: string,
): Promise<{ items: T[]; rows: Record<string, unknown>[] }> {
  const [sql, params] = (extra ? qb.clone().addSelect(extra, WINDOW_TOTAL) : qb).getQueryAndParameters();
  const rows = await poolQuery<Record<string, unknown>>(qb.connection, sql, params);
  return { items: entityRows(qb).hydrate(rows), rows };
}

/**
 * The main entity's columns of a query builder as a select list (`"f"."id" AS "f_id"`, …, the
 * aliases TypeORM gives them) and the mapping of raw rows with those columns to entities, as
 * TypeORM's hydration does for a plain query: for a statement written by hand that returns them.
 */
export function entityRows<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
): { select: string; hydrate: (rows: Record<string, unknown>[]) => T[] } {
  const { metadata } = qb.expressionMap.mainAlias as NonNullable<typeof qb.expressionMap.mainAlias>;
  const driver = qb.connection.driver;
  const columns = metadata.columns
    .filter((c) => c.isSelect)
    .map((c) => ({ column: c, key: DriverUtils.buildAlias(driver, undefined, qb.alias, c.databaseName) }));
  return {
    select: columns.map(({ column, key }) => `"${qb.alias}"."${column.databaseName}" AS "${key}"`).join(', '),
    hydrate: (rows) =>
      rows.map((raw) => {
        const entity = metadata.create() as T;
        for (const { column, key } of columns) {
          const value = raw[key];
          if (value === undefined) continue;
          column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
        }
        return entity;
      }),
  };
}

async function countOnPool<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<number> {
  const [sql, params] = qb
    .clone()
    .select('COUNT(1)', 'cnt')
    .orderBy()
    .skip(undefined)
    .take(undefined)
    .getQueryAndParameters();
  const rows = await poolQuery<{ cnt: string }>(qb.connection, sql, params);
  return Number(rows[0]?.cnt ?? 0);
}
