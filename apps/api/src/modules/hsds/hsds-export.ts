import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HSDS_PER_PAGE_MAX } from './dto/hsds-query.dto';
import type { HsdsPage } from './hsds-page';
import { HSDS_TABLES } from './hsds-tables';
import { dataPackageDescriptor, tableFields, tabularRows, toCsv } from './hsds-tabular';
import type { Dated, HsdsService } from './hsds.service';

type Obj = Record<string, unknown>;

/** Every page of a list, as the API answers it. */
async function everything<T>(read: (page: number) => Promise<Dated<HsdsPage<T>>>): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; ; page++) {
    const { body } = await read(page);
    all.push(...body.contents);
    if (body.last_page || body.empty) return all;
  }
}

/**
 * Writes the directory as the HSDS 3.0 tabular data package into `dir`: datapackage.json and one
 * CSV file per table of the reference (issue 18 point 5; `npm run hsds:export`). The rows come from
 * the API's own answers (fully nested), so the package holds exactly what the API shows.
 */
export async function exportTabular(
  hsds: HsdsService,
  dir: string,
  now = new Date(),
): Promise<{ files: string[]; rows: Record<string, number> }> {
  const per_page = HSDS_PER_PAGE_MAX;
  const [organizations, services, taxonomies, terms] = await Promise.all([
    everything<Obj>((page) => hsds.organizations({ full: 'true', page, per_page })),
    everything<Obj>((page) => hsds.services({ full: 'true', page, per_page })),
    everything<object>((page) => hsds.taxonomies({ page, per_page })),
    everything<object>((page) => hsds.taxonomyTerms({ page, per_page })),
  ]);
  const tables = tabularRows({
    organizations,
    services,
    taxonomies: taxonomies as Obj[],
    terms: terms as Obj[],
  });
  await mkdir(dir, { recursive: true });
  const files = ['datapackage.json'];
  await writeFile(join(dir, 'datapackage.json'), `${JSON.stringify(dataPackageDescriptor(now), null, 2)}\n`);
  const rows: Record<string, number> = {};
  for (const spec of HSDS_TABLES) {
    const tableRows = tables.get(spec.name) ?? [];
    rows[spec.name] = tableRows.length;
    await writeFile(join(dir, spec.path), toCsv(tableFields(spec), tableRows));
    files.push(spec.path);
  }
  return { files, rows };
}
