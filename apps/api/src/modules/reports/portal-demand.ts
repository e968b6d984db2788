import type { DataSource } from 'typeorm';
import { parseSearchCountKey, searchCountLabel, suppressTable, type PortalDemand } from '@lotsen/domain';

/**
 * "Nachfrage im Familienportal" (issue 17 point 8): the portal's searches of a period, by what
 * they were about (a life situation, the category of the best hit, or none found) and by
 * Sozialraum (`districtId` null: no Sozialraum chosen). Always the whole city's — a portal search
 * belongs to no office. Suppressed by the report's rules (libs/domain `suppressTable`: small counts
 * and what would reveal them; sensitive categories with the sensitive threshold).
 */
export type { PortalDemand };

interface CountRow {
  key: string;
  district_id: string | null;
  n: number;
}

/** The searches counted from `from` to `to` (Europe/Berlin days, both included), suppressed. */
export async function portalDemand(
  db: DataSource,
  from: string,
  to: string,
  minCell: number,
): Promise<PortalDemand> {
  const [rows, categories]: [CountRow[], { key: string; label_de: string; sensitive: boolean }[]] =
    await Promise.all([
      db.query(
        `SELECT key, district_id, sum(count)::int AS n FROM portal_search_counts
          WHERE day BETWEEN $1 AND $2 GROUP BY key, district_id`,
        [from, to],
      ),
      db.query(`SELECT key, label_de, sensitive FROM need_categories`),
    ]);
  return buildPortalDemand(rows, categories, minCell);
}

/**
 * Pure: the counts of the period as the report's section. The two margins are published, not the
 * topic × Sozialraum cells: each is suppressed as a table of its own with the grand total, and the
 * total is shown only where neither hides it (hiding more never gives a number away). A cross
 * table would hide most of the Sozialräume on a city's real numbers to protect its small cells.
 */
export function buildPortalDemand(
  rows: CountRow[],
  categories: { key: string; label_de: string; sensitive: boolean }[],
  minCell: number,
): PortalDemand {
  if (rows.length === 0) return { scope: 'city', searches: 0, byKey: [], byDistrict: [] };
  const category = new Map(categories.map((c) => [c.key, c]));
  const label = (key: string) => searchCountLabel(key, (k) => category.get(k)?.label_de ?? null);
  const sum = (pick: (r: CountRow) => boolean) => rows.filter(pick).reduce((a, r) => a + r.n, 0);
  const keys = [...new Set(rows.map((r) => r.key))].sort((a, b) => label(a).localeCompare(label(b), 'de'));
  // the whole city (no Sozialraum chosen) first, then the Sozialräume in a fixed order
  const districts = [...new Set(rows.map((r) => r.district_id))].sort((a, b) =>
    a === null ? -1 : b === null ? 1 : a.localeCompare(b),
  );
  const sensitive = (key: string) => {
    const { kind, ref } = parseSearchCountKey(key);
    return kind === 'category' && ref !== null && (category.get(ref)?.sensitive ?? false);
  };
  // each margin is a one-column table: its rows the topics (or Sozialräume), its column total the
  // grand total; a sensitive category's row uses the sensitive threshold
  const topics = suppressTable(
    keys.map((k) => [sum((r) => r.key === k)]),
    { minCell, sensitiveRows: keys.map(sensitive) },
  );
  const places = suppressTable(
    districts.map((d) => [sum((r) => r.district_id === d)]),
    { minCell },
  );
  const total = topics.total.value !== null && places.total.value !== null ? topics.total.value : null;
  return {
    scope: 'city',
    searches: total,
    byKey: keys.map((key, i) => ({ key, label: label(key), searches: topics.cells[i][0].value })),
    byDistrict: districts.map((districtId, i) => ({ districtId, searches: places.cells[i][0].value })),
  };
}
