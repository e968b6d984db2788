import { CONTACT_CHANNELS } from '../case-work/enums';
import { demandSystem, type DemandEntries } from './demand-system';
import { effectiveMinCell, type PublishedCount } from './suppression';

/**
 * The one assembly of the demand report (issue 20 point 3): raw counts → the report's rows
 * (totals, suppression, the order of categories, Sozialräume, months and groups). Used by the
 * API (DemandReportService, demand-report.city.ts), the staff app (the report's types and
 * `countOf`) and the benchmark's floor (bench/floor-handlers.mjs). The suppression itself is
 * suppression.ts / linear-protection.ts / nested-suppression.ts; the system is demand-system.ts.
 */

/** A row of the report: its counts, and which of them are suppressed (`null` in the counts). */
export type ReportRow<K extends string, C extends string> = Record<K, string> &
  Record<C, number | null> & { suppressed?: true; suppressedFields?: C[] };

/** "Nachfrage im Familienportal": searches by topic and Sozialraum (`null`: no Sozialraum chosen). */
export interface PortalDemand {
  scope: 'city';
  searches: number | null;
  byKey: { key: string; label: string; searches: number | null }[];
  byDistrict: { districtId: string | null; searches: number | null }[];
}

export interface DemandReport {
  from: string;
  to: string;
  officeId: string | null;
  minCell: number;
  /**
   * Issue 24, point 1: a hidden number may be 0 (zeros are hidden too where suppression needed
   * them), so a hidden count is ≥ 0, not ≥ 1. Snapshots made before this field existed lack it.
   */
  zerosMayBeSuppressed: boolean;
  totals: ReportRow<never, (typeof TOTAL_FIELDS)[number]>;
  byChannel: ReportRow<'channel', 'contacts'>[];
  byCategory: ReportRow<'categoryKey', 'needs' | 'unmet' | 'referred'>[];
  byDistrict: ReportRow<'districtId', 'contacts' | 'families' | 'needs'>[];
  byCategoryAndDistrict: ReportRow<'categoryKey' | 'districtId', 'needs'>[];
  byMonth: ReportRow<'month', 'contacts' | 'needs'>[];
  /**
   * Beyond api.md: needs by category group (the group's German name, `need_categories.group_name`),
   * summed from the exact counts and suppressed together with the other tables — never summed
   * from suppressed categories. Snapshots made before this field existed lack it.
   */
  byCategoryGroup: ReportRow<'group', 'needs' | 'unmet' | 'referred'>[];
  /**
   * Issue 17 point 8: the Familienportal's searches of the period (the whole city's, beside the
   * office's contacts), suppressed by the same rules. Snapshots made before the portal counted
   * searches lack it.
   */
  portalDemand?: PortalDemand;
}

/** The fields of `totals`, in the order the report shows them. */
export const TOTAL_FIELDS = [
  'contacts',
  'anonymousContacts',
  'families',
  'needs',
  'unmetNeeds',
  'referrals',
  'referralsCompleted',
] as const;

/** A published count or `null` when it is suppressed (or missing). */
export function countOf<C extends string>(
  row: Partial<Record<C, number | null>> & { suppressedFields?: readonly string[] },
  field: C,
): number | null {
  if (row.suppressedFields?.includes(field)) return null;
  const value = row[field];
  return typeof value === 'number' ? value : null;
}

/** The raw counts before suppression; exported for the tests that recompute them independently. */
export interface DemandCounts {
  categories: { key: string; sensitive: boolean; group: string }[];
  districts: string[];
  months: string[];
  contacts: number;
  anonymousContacts: number;
  families: number;
  referrals: number;
  referralsCompleted: number;
  channel: Map<string, number>;
  districtContacts: Map<string, number>;
  districtFamilies: Map<string, number>;
  monthContacts: Map<string, number>;
  monthNeeds: Map<string, number>;
  needs: Map<string, Map<string, number>>; // category → district → needs
  unmet: Map<string, number>;
  referred: Map<string, number>;
}

/** The months `YYYY-MM` from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const [ty, tm] = to.slice(0, 7).split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

/** The rows of the report's statements (apps/api/.../demand-report.queries.ts), by statement. */
export interface DemandQueryRows {
  categories: { key: string; sensitive: boolean; group: string }[];
  districts: { id: string }[];
  contactTotals: { contacts: number; anonymous: number; families: number }[];
  contactsByChannel: { channel: string; n: number }[];
  contactsByDistrict: { d: string; n: number; families: number }[];
  contactsByMonth: { m: string; n: number }[];
  needsByCategoryAndDistrict: {
    category_key: string;
    d: string;
    n: number;
    unmet: number;
    referred: number;
  }[];
  needsByMonth: { m: string; n: number }[];
  referralTotals: { sent: number; completed: number }[];
}

/** The counts of `from`..`to` from the rows of the report's statements. Pure. */
export function demandCountsOf(from: string, to: string, rows: DemandQueryRows): DemandCounts {
  const needs = new Map<string, Map<string, number>>();
  const unmet = new Map<string, number>();
  const referred = new Map<string, number>();
  for (const r of rows.needsByCategoryAndDistrict) {
    const row = needs.get(r.category_key) ?? new Map<string, number>();
    row.set(r.d, (row.get(r.d) ?? 0) + r.n);
    needs.set(r.category_key, row);
    unmet.set(r.category_key, (unmet.get(r.category_key) ?? 0) + r.unmet);
    referred.set(r.category_key, (referred.get(r.category_key) ?? 0) + r.referred);
  }
  const [totals] = rows.contactTotals;
  const [referrals] = rows.referralTotals;
  return {
    categories: rows.categories,
    districts: rows.districts.map((d) => d.id),
    months: monthsBetween(from, to),
    contacts: totals.contacts,
    anonymousContacts: totals.anonymous,
    families: totals.families,
    referrals: referrals.sent,
    referralsCompleted: referrals.completed,
    channel: new Map(rows.contactsByChannel.map((r) => [r.channel, r.n])),
    districtContacts: new Map(rows.contactsByDistrict.map((r) => [r.d, r.n])),
    districtFamilies: new Map(rows.contactsByDistrict.map((r) => [r.d, r.families])),
    monthContacts: new Map(rows.contactsByMonth.map((r) => [r.m, r.n])),
    monthNeeds: new Map(rows.needsByMonth.map((r) => [r.m, r.n])),
    needs,
    unmet,
    referred,
  };
}

/** How the months of the report are published (free ranges: from the system; analyst: the plan). */
export type MonthPublisher = (k: number, field: 'contacts' | 'needs') => PublishedCount;

/**
 * Puts counts and their suppression into the shape of api.md. Pure. `published` says for each
 * entry of the system whether it is hidden; families (distinct, not additive) hide small counts.
 */
export function renderDemandReport(
  c: DemandCounts,
  ids: DemandEntries,
  values: readonly number[],
  hidden: readonly boolean[],
  months: MonthPublisher,
  meta: {
    from: string;
    to: string;
    officeId: string | null;
    minCell: number;
    zerosMayBeSuppressed: boolean;
  },
): DemandReport {
  const p = (e: number): PublishedCount =>
    hidden[e] ? { value: null, suppressed: true } : { value: values[e], suppressed: false };
  const small = (v: number): PublishedCount =>
    v >= 1 && v < meta.minCell ? { value: null, suppressed: true } : { value: v, suppressed: false };
  const cats = c.categories.map((k) => k.key);
  return {
    ...meta,
    totals: row(
      {},
      {
        contacts: p(ids.contactsTotal),
        anonymousContacts: p(ids.anonymousContacts),
        families: small(c.families),
        needs: p(ids.needsTotal),
        unmetNeeds: p(ids.unmetTotal),
        referrals: p(ids.referrals),
        referralsCompleted: p(ids.referralsCompleted),
      },
    ),
    byChannel: CONTACT_CHANNELS.map((channel, k) => row({ channel }, { contacts: p(ids.channels[k]) })),
    byCategory: cats.map((categoryKey, i) =>
      row(
        { categoryKey },
        { needs: p(ids.rowTotals[i]), unmet: p(ids.unmet[i]), referred: p(ids.referred[i]) },
      ),
    ),
    byDistrict: c.districts.map((districtId, j) =>
      row(
        { districtId },
        {
          contacts: p(ids.districtContacts[j]),
          families: small(c.districtFamilies.get(districtId) ?? 0),
          needs: p(ids.colTotals[j]),
        },
      ),
    ),
    // cells with needs, and hidden ones whatever they hold (leaving a hidden zero out would tell it)
    byCategoryAndDistrict: cats.flatMap((categoryKey, i) =>
      c.districts
        .map((districtId, j) => ({ districtId, cell: p(ids.cells[i][j]), count: values[ids.cells[i][j]] }))
        .filter((x) => x.count > 0 || x.cell.suppressed)
        .map((x) => row({ categoryKey, districtId: x.districtId }, { needs: x.cell })),
    ),
    byMonth: c.months.map((month, k) =>
      row({ month }, { contacts: months(k, 'contacts'), needs: months(k, 'needs') }),
    ),
    byCategoryGroup: ids.groups.map((g) =>
      row({ group: g.group }, { needs: p(g.needs), unmet: p(g.unmet), referred: p(g.referred) }),
    ),
  } as DemandReport;
}

/**
 * The report of a free range (team leads; the unit tests): the period's own system, solved on
 * its own. Each table is suppressed with its margins, then further numbers are hidden until no
 * hidden one can be computed back from everything published (docs/decisions.md).
 */
export function buildDemandReport(
  c: DemandCounts,
  from: string,
  to: string,
  officeId: string | null,
  minCellSetting: number,
): DemandReport {
  const { sys, ids } = demandSystem(c, minCellSetting, true);
  const hidden = sys.solve();
  const values = sys.entries.map((e) => e.value);
  const publish = (e: number): PublishedCount =>
    hidden[e] ? { value: null, suppressed: true } : { value: values[e], suppressed: false };
  const monthIds = { contacts: ids.monthContacts ?? [], needs: ids.monthNeeds ?? [] };
  return renderDemandReport(c, ids, values, hidden, (k, field) => publish(monthIds[field][k]), {
    from,
    to,
    officeId,
    minCell: effectiveMinCell(minCellSetting),
    zerosMayBeSuppressed: hidden.some((h, e) => h && values[e] === 0 && !sys.entries[e].unpublished),
  });
}

function row(keys: Record<string, string>, counts: Record<string, PublishedCount>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...keys };
  const hidden: string[] = [];
  for (const [name, count] of Object.entries(counts)) {
    out[name] = count.value;
    if (count.suppressed) hidden.push(name);
  }
  if (hidden.length > 0) {
    out.suppressed = true;
    out.suppressedFields = hidden;
  }
  return out;
}
