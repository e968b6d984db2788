import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
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
  if (total !== null) return { items: await qb.getMany(), total };
  const [items, count] = await qb.getManyAndCount();
  return { items, total: count };
}
