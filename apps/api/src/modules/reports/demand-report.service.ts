import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  CONTACT_CHANNELS,
  NEED_CATEGORY_GROUPS,
  effectiveMinCell,
  suppressTable,
  type PublishedCount,
} from '@lotsen/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { CATEGORIES_SQL, DISTRICTS_SQL, demandQuery, type DemandQueryName } from './demand-report.queries';
import { protectLinear, type Equation, type LinearEntry } from './linear-protection';
import { requireKnownOffice } from './report-scope';

/** A row of the report: its counts, and which of them are suppressed (`null` in the counts). */
type Row<K extends string, C extends string> = Record<K, string> &
  Record<C, number | null> & { suppressed?: true; suppressedFields?: C[] };

export interface DemandReport {
  from: string;
  to: string;
  officeId: string | null;
  minCell: number;
  totals: Row<
    never,
    | 'contacts'
    | 'anonymousContacts'
    | 'families'
    | 'needs'
    | 'unmetNeeds'
    | 'referrals'
    | 'referralsCompleted'
  >;
  byChannel: Row<'channel', 'contacts'>[];
  byCategory: Row<'categoryKey', 'needs' | 'unmet' | 'referred'>[];
  byDistrict: Row<'districtId', 'contacts' | 'families' | 'needs'>[];
  byCategoryAndDistrict: Row<'categoryKey' | 'districtId', 'needs'>[];
  byMonth: Row<'month', 'contacts' | 'needs'>[];
  /**
   * Beyond api.md: needs by category group (the group's German name, `need_categories.group_name`),
   * summed from the exact counts and suppressed together with the other tables. Snapshots made
   * before this field existed lack it.
   */
  byCategoryGroup: Row<'group', 'needs' | 'unmet' | 'referred'>[];
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

/**
 * The quarterly demand report (api.md, "Reports"): contacts by `occurredAt`, needs by
 * `identifiedAt`, referrals by `sentAt`, in Europe/Berlin days with both ends included; families
 * counted distinct. A need's district is its contact's, else its family's, else "ohne Angabe".
 */
@Injectable()
export class DemandReportService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async counts(from: string, to: string, officeId: string | null): Promise<DemandCounts> {
    const [categories, districts] = await Promise.all([
      this.dataSource.query(CATEGORIES_SQL) as Promise<{ key: string; sensitive: boolean; group: string }[]>,
      this.dataSource.query(DISTRICTS_SQL) as Promise<{ id: string; code: string }[]>,
    ]);
    const unknown = districts.find((d) => d.code === 'unknown')?.id ?? districts[0]?.id ?? null;
    const q = <T>(name: DemandQueryName): Promise<T[]> => {
      const { sql, params } = demandQuery(name, from, to, officeId, unknown);
      return this.dataSource.query(sql, params);
    };
    const [totals, byChannel, byDistrict, byMonthContacts, needRows, byMonthNeeds, referrals] =
      await Promise.all([
        q<{ contacts: number; anonymous: number; families: number }>('contactTotals'),
        q<{ channel: string; n: number }>('contactsByChannel'),
        q<{ d: string; n: number; families: number }>('contactsByDistrict'),
        q<{ m: string; n: number }>('contactsByMonth'),
        q<{ category_key: string; d: string; n: number; unmet: number; referred: number }>(
          'needsByCategoryAndDistrict',
        ),
        q<{ m: string; n: number }>('needsByMonth'),
        q<{ sent: number; completed: number }>('referralTotals'),
      ]);
    const needs = new Map<string, Map<string, number>>();
    const unmet = new Map<string, number>();
    const referred = new Map<string, number>();
    for (const r of needRows) {
      const row = needs.get(r.category_key) ?? new Map<string, number>();
      row.set(r.d, (row.get(r.d) ?? 0) + r.n);
      needs.set(r.category_key, row);
      unmet.set(r.category_key, (unmet.get(r.category_key) ?? 0) + r.unmet);
      referred.set(r.category_key, (referred.get(r.category_key) ?? 0) + r.referred);
    }
    return {
      categories,
      districts: districts.map((d) => d.id),
      months: monthsBetween(from, to),
      contacts: totals[0].contacts,
      anonymousContacts: totals[0].anonymous,
      families: totals[0].families,
      referrals: referrals[0].sent,
      referralsCompleted: referrals[0].completed,
      channel: new Map(byChannel.map((r) => [r.channel, r.n])),
      districtContacts: new Map(byDistrict.map((r) => [r.d, r.n])),
      districtFamilies: new Map(byDistrict.map((r) => [r.d, r.families])),
      monthContacts: new Map(byMonthContacts.map((r) => [r.m, r.n])),
      monthNeeds: new Map(byMonthNeeds.map((r) => [r.m, r.n])),
      needs,
      unmet,
      referred,
    };
  }

  async report(from: string, to: string, officeId: string | null): Promise<DemandReport> {
    await requireKnownOffice(this.dataSource, officeId);
    return buildDemandReport(
      await this.counts(from, to, officeId),
      from,
      to,
      officeId,
      this.config.reportMinCell,
    );
  }
}

/** The category groups of the report, in the order of the taxonomy, unknown groups after. */
export function groupsOf(categories: readonly { group: string }[]): string[] {
  const known = NEED_CATEGORY_GROUPS as readonly string[];
  const rank = (g: string) => (known.includes(g) ? known.indexOf(g) : known.length);
  return [...new Set(categories.map((c) => c.group))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b, 'de'),
  );
}

/** Collects the numbers of a report and the sums between them (see linear-protection.ts). */
class LinearSystem {
  readonly entries: LinearEntry[] = [];
  readonly equations: Equation[] = [];
  private hidden: boolean[] = [];

  add(value: number, hidden: boolean, cost = 0, unpublished = false): number {
    this.entries.push({ value, hidden, cost, unpublished });
    return this.entries.length - 1;
  }

  /** `Σ parts = total`. */
  sum(parts: number[], total: number): void {
    this.equations.push([...parts.map((e): [number, number] => [e, 1]), [total, -1]]);
  }

  solve(): void {
    this.hidden = protectLinear(this.entries, this.equations);
  }

  published(entry: number): PublishedCount {
    return this.hidden[entry]
      ? { value: null, suppressed: true }
      : { value: this.entries[entry].value, suppressed: false };
  }
}

/**
 * Puts counts and their suppression into the shape of api.md. Pure. Each table is suppressed with
 * its margins (`suppressTable`); then all numbers of the report go into one linear system —
 * shared totals (needs: category × Sozialraum, months, groups; contacts: channels, Sozialräume,
 * months) and the category groups as sums of category rows — and further numbers are hidden
 * until no hidden one can be computed back from everything published (docs/decisions.md).
 */
export function buildDemandReport(
  c: DemandCounts,
  from: string,
  to: string,
  officeId: string | null,
  minCellSetting: number,
): DemandReport {
  const minCell = effectiveMinCell(minCellSetting);
  const sensitiveMin = effectiveMinCell(minCellSetting, true);
  const isSmall = (v: number, threshold = minCell) => v >= 1 && v < threshold;
  const small = (v: number): PublishedCount =>
    isSmall(v) ? { value: null, suppressed: true } : { value: v, suppressed: false };
  const cats = c.categories.map((k) => k.key);
  const sensitiveRows = c.categories.map((k) => k.sensitive);
  const column = (values: number[], sensitive?: boolean[]) =>
    suppressTable(
      values.map((v) => [v]),
      { minCell, sensitiveRows: sensitive },
    );

  // 1. each table with its own margins
  const needCounts = cats.map((k) => c.districts.map((d) => c.needs.get(k)?.get(d) ?? 0));
  const grid = suppressTable(needCounts, { minCell, sensitiveRows });
  const unmetCounts = cats.map((k) => c.unmet.get(k) ?? 0);
  const referredCounts = cats.map((k) => c.referred.get(k) ?? 0);
  const unmet = column(unmetCounts, sensitiveRows);
  const referred = column(referredCounts, sensitiveRows);
  const channelCounts = CONTACT_CHANNELS.map((ch) => c.channel.get(ch) ?? 0);
  const districtContactCounts = c.districts.map((d) => c.districtContacts.get(d) ?? 0);
  const monthContactCounts = c.months.map((m) => c.monthContacts.get(m) ?? 0);
  const monthNeedCounts = c.months.map((m) => c.monthNeeds.get(m) ?? 0);
  const channels = column(channelCounts);
  const districtContacts = column(districtContactCounts);
  const monthContacts = column(monthContactCounts);
  const monthNeeds = column(monthNeedCounts);
  const rowSums = needCounts.map((r) => r.reduce((a, b) => a + b, 0));
  const needsTotalValue = rowSums.reduce((a, b) => a + b, 0);

  // 2. the report as one linear system
  const sys = new LinearSystem();
  const cells = needCounts.map((r, i) => r.map((v, j) => sys.add(v, grid.cells[i][j].suppressed)));
  const rowTotals = rowSums.map((v, i) => sys.add(v, grid.rowTotals[i].suppressed));
  const colTotals = c.districts.map((_, j) =>
    sys.add(
      needCounts.reduce((a, r) => a + r[j], 0),
      grid.columnTotals[j].suppressed,
    ),
  );
  // a total hidden by one table is hidden everywhere; totals are hidden last
  const needsTotal = sys.add(
    needsTotalValue,
    grid.total.suppressed || monthNeeds.total.suppressed || isSmall(needsTotalValue),
    3,
  );
  cells.forEach((row, i) => sys.sum(row, rowTotals[i]));
  colTotals.forEach((total, j) =>
    sys.sum(
      cells.map((row) => row[j]),
      total,
    ),
  );
  sys.sum(rowTotals, needsTotal);
  sys.sum(colTotals, needsTotal);
  const monthNeedEntries = monthNeedCounts.map((v, k) => sys.add(v, monthNeeds.cells[k][0].suppressed));
  sys.sum(monthNeedEntries, needsTotal);

  const unmetEntries = unmetCounts.map((v, i) => sys.add(v, unmet.cells[i][0].suppressed));
  const unmetTotal = sys.add(
    unmetCounts.reduce((a, b) => a + b, 0),
    unmet.total.suppressed,
    3,
  );
  sys.sum(unmetEntries, unmetTotal);
  const referredEntries = referredCounts.map((v, i) => sys.add(v, referred.cells[i][0].suppressed));
  // the total of referred needs is not published: unknown to a reader
  sys.sum(
    referredEntries,
    sys.add(
      referredCounts.reduce((a, b) => a + b, 0),
      true,
      3,
      true,
    ),
  );

  // category groups: sums of category rows, small ones hidden (sensitive threshold if a
  // category of the group is sensitive), hidden further only when no category row can protect
  const groups = groupsOf(c.categories);
  const groupEntries = groups.map((group) => {
    const members = c.categories.flatMap((k, i) => (k.group === group ? [i] : []));
    const threshold = members.some((i) => sensitiveRows[i]) ? sensitiveMin : minCell;
    const entry = (parts: number[], counts: number[]) => {
      const value = members.reduce((a, i) => a + counts[i], 0);
      const e = sys.add(value, isSmall(value, threshold), 2);
      sys.sum(
        members.map((i) => parts[i]),
        e,
      );
      return e;
    };
    return {
      group,
      needs: entry(rowTotals, rowSums),
      unmet: entry(unmetEntries, unmetCounts),
      referred: entry(referredEntries, referredCounts),
    };
  });

  const channelEntries = channelCounts.map((v, k) => sys.add(v, channels.cells[k][0].suppressed));
  const districtContactEntries = districtContactCounts.map((v, j) =>
    sys.add(v, districtContacts.cells[j][0].suppressed),
  );
  const monthContactEntries = monthContactCounts.map((v, k) =>
    sys.add(v, monthContacts.cells[k][0].suppressed),
  );
  const contactsTotal = sys.add(
    c.contacts,
    [channels.total, districtContacts.total, monthContacts.total].some((t) => t.suppressed) ||
      isSmall(c.contacts),
    3,
  );
  sys.sum(channelEntries, contactsTotal);
  sys.sum(districtContactEntries, contactsTotal);
  sys.sum(monthContactEntries, contactsTotal);

  sys.solve();
  const p = (e: number) => sys.published(e);

  return {
    from,
    to,
    officeId,
    minCell,
    totals: row(
      {},
      {
        contacts: p(contactsTotal),
        anonymousContacts: small(c.anonymousContacts),
        families: small(c.families),
        needs: p(needsTotal),
        unmetNeeds: p(unmetTotal),
        referrals: small(c.referrals),
        referralsCompleted: small(c.referralsCompleted),
      },
    ),
    byChannel: CONTACT_CHANNELS.map((channel, k) => row({ channel }, { contacts: p(channelEntries[k]) })),
    byCategory: cats.map((categoryKey, i) =>
      row(
        { categoryKey },
        { needs: p(rowTotals[i]), unmet: p(unmetEntries[i]), referred: p(referredEntries[i]) },
      ),
    ),
    byDistrict: c.districts.map((districtId, j) =>
      row(
        { districtId },
        {
          contacts: p(districtContactEntries[j]),
          families: small(c.districtFamilies.get(districtId) ?? 0),
          needs: p(colTotals[j]),
        },
      ),
    ),
    // cells with needs, and hidden ones whatever they hold (leaving a hidden zero out would tell it)
    byCategoryAndDistrict: cats.flatMap((categoryKey, i) =>
      c.districts
        .map((districtId, j) => ({ districtId, cell: p(cells[i][j]), count: needCounts[i][j] }))
        .filter((x) => x.count > 0 || x.cell.suppressed)
        .map((x) => row({ categoryKey, districtId: x.districtId }, { needs: x.cell })),
    ),
    byMonth: c.months.map((month, k) =>
      row({ month }, { contacts: p(monthContactEntries[k]), needs: p(monthNeedEntries[k]) }),
    ),
    byCategoryGroup: groupEntries.map((g) =>
      row({ group: g.group }, { needs: p(g.needs), unmet: p(g.unmet), referred: p(g.referred) }),
    ),
  } as DemandReport;
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
