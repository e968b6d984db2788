import { CONTACT_CHANNELS } from '../case-work/enums';
import { NEED_CATEGORY_GROUPS } from '../taxonomy/need-categories';
import { protectLinear, type Equation, type LinearEntry } from './linear-protection';
import { effectiveMinCell, suppressTable } from './suppression';
import type { DemandCounts } from './demand-assembly';

/** The category groups of the report, in the order of the taxonomy, unknown groups after. */
export function groupsOf(categories: readonly { group: string }[]): string[] {
  const known = NEED_CATEGORY_GROUPS as readonly string[];
  const rank = (g: string) => (known.includes(g) ? known.indexOf(g) : known.length);
  return [...new Set(categories.map((c) => c.group))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b, 'de'),
  );
}

/** Collects the numbers of a report and the sums between them (see linear-protection.ts). */
export class LinearSystem {
  readonly entries: LinearEntry[] = [];
  readonly equations: Equation[] = [];

  add(value: number, hidden: boolean, cost = 0, unpublished = false): number {
    this.entries.push({ value, hidden, cost, unpublished });
    return this.entries.length - 1;
  }

  /** `Σ parts = total`. */
  sum(parts: number[], total: number): void {
    this.equations.push([...parts.map((e): [number, number] => [e, 1]), [total, -1]]);
  }

  solve(): boolean[] {
    return protectLinear(this.entries, this.equations);
  }
}

/** Where each number of the demand report sits in its linear system. */
export interface DemandEntries {
  cells: number[][];
  rowTotals: number[];
  colTotals: number[];
  needsTotal: number;
  unmet: number[];
  unmetTotal: number;
  referred: number[];
  groups: { group: string; needs: number; unmet: number; referred: number }[];
  channels: number[];
  districtContacts: number[];
  contactsTotal: number;
  /** Additive numbers without sums of their own (only small counts hidden). */
  anonymousContacts: number;
  referrals: number;
  referralsCompleted: number;
  /** Only when the months are part of the period's own system (free ranges). */
  monthContacts?: number[];
  monthNeeds?: number[];
}

/**
 * The report's numbers as one linear system, each hidden as its own table hides it (small counts,
 * `suppressTable` with the margins): shared totals (needs: category × Sozialraum, months, groups;
 * contacts: channels, Sozialräume, months) and the category groups as sums of category rows.
 * `withMonths: false` leaves the months out: for the analyst they are the time axis, planned
 * over the whole year (demand-report.city.ts). Pure; solving is the caller's.
 */
export function demandSystem(
  c: DemandCounts,
  minCellSetting: number,
  withMonths: boolean,
): { sys: LinearSystem; ids: DemandEntries } {
  const minCell = effectiveMinCell(minCellSetting);
  const sensitiveMin = effectiveMinCell(minCellSetting, true);
  const isSmall = (v: number, threshold = minCell) => v >= 1 && v < threshold;
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
    grid.total.suppressed || (withMonths && monthNeeds.total.suppressed) || isSmall(needsTotalValue),
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
  let monthNeedEntries: number[] | undefined;
  if (withMonths) {
    monthNeedEntries = monthNeedCounts.map((v, k) => sys.add(v, monthNeeds.cells[k][0].suppressed));
    sys.sum(monthNeedEntries, needsTotal);
  }

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
  const groups = groupsOf(c.categories).map((group) => {
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
  const contactsTotal = sys.add(
    c.contacts,
    [channels.total, districtContacts.total, ...(withMonths ? [monthContacts.total] : [])].some(
      (t) => t.suppressed,
    ) || isSmall(c.contacts),
    3,
  );
  sys.sum(channelEntries, contactsTotal);
  sys.sum(districtContactEntries, contactsTotal);
  let monthContactEntries: number[] | undefined;
  if (withMonths) {
    monthContactEntries = monthContactCounts.map((v, k) => sys.add(v, monthContacts.cells[k][0].suppressed));
    sys.sum(monthContactEntries, contactsTotal);
  }
  const single = (v: number) => sys.add(v, isSmall(v), 3);

  return {
    sys,
    ids: {
      cells,
      rowTotals,
      colTotals,
      needsTotal,
      unmet: unmetEntries,
      unmetTotal,
      referred: referredEntries,
      groups,
      channels: channelEntries,
      districtContacts: districtContactEntries,
      contactsTotal,
      anonymousContacts: single(c.anonymousContacts),
      referrals: single(c.referrals),
      referralsCompleted: single(c.referralsCompleted),
      monthContacts: monthContactEntries,
      monthNeeds: monthNeedEntries,
    },
  };
}
