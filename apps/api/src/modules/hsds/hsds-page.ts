import { HSDS_PER_PAGE_DEFAULT, HSDS_PER_PAGE_MAX, type HsdsPageQueryDto } from './dto/hsds-query.dto';

export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/** The page envelope of the HSDS API reference (`Page`): pages count from 1. */
export function hsdsPage<T>(contents: T[], totalItems: number, page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.ceil(totalItems / perPage);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** `minimal=true` aims to return all services in one call (the reference): the largest page by default. */
export function pageOf(query: HsdsPageQueryDto & { minimal?: string }): { page: number; perPage: number } {
  const perPage = query.per_page ?? (query.minimal === 'true' ? HSDS_PER_PAGE_MAX : HSDS_PER_PAGE_DEFAULT);
  return { page: query.page ?? 1, perPage };
}

/** A page of a list held in memory (the taxonomies, their terms). */
export function listPage<T>(all: T[], query: HsdsPageQueryDto): HsdsPage<T> {
  const { page, perPage } = pageOf(query);
  return hsdsPage(all.slice((page - 1) * perPage, page * perPage), all.length, page, perPage);
}
