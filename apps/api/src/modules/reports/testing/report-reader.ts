import {
  auditIntervals,
  demandSystem,
  renderDemandReport,
  type CalendarPeriod,
  type DemandCounts,
  type DemandReport,
  type LpSolver,
} from '@lotsen/domain';
import { OUTCOME_MEASURES, type CityOutcomes } from '../referral-outcomes.city';
import { norm, recoverableUnknowns, type Q } from './exact-attacker';

/**
 * Test support for the report specs (not built into the API): a reader of published answers —
 * every number by name and every sum between them, as an attacker reads them — with the exact
 * linear attack (issue 16) and the interval attack by linear programming (issue 24, point 1).
 */

/**
 * What a reader of many published reports knows: every number by name (`null` when hidden) and
 * every sum between them (`+1` parts, `−1` the total). The attack returns the hidden names that
 * are a linear combination of published numbers (exact reduced row echelon form).
 */
export class Reader {
  readonly numbers = new Map<string, number | null>();
  readonly sums: [string, number][][] = [];
  readonly conflicts: string[] = [];

  read(name: string, value: number | null): string {
    if (this.numbers.has(name) && this.numbers.get(name) !== value)
      this.conflicts.push(`${name}: ${this.numbers.get(name)} vs ${value}`);
    this.numbers.set(name, value);
    return name;
  }

  sum(parts: string[], total: string): void {
    this.sums.push([...parts.map((p): [string, number] => [p, 1]), [total, -1]]);
  }

  attack(): string[] {
    const unknowns = new Map<string, number>();
    const rows: Map<number, Q>[] = [];
    for (const eq of this.sums) {
      const row = new Map<number, Q>();
      for (const [name, c] of eq) {
        if (this.numbers.get(name) !== null) continue; // published (or a known 0)
        if (!unknowns.has(name)) unknowns.set(name, unknowns.size);
        const k = unknowns.get(name) as number;
        const before = row.get(k) ?? ([0n, 1n] as Q);
        row.set(k, norm([before[0] + BigInt(c) * before[1], before[1]]));
      }
      if (row.size > 0) rows.push(row);
    }
    return recoverableUnknowns(rows, [...unknowns.keys()]);
  }

  /**
   * The attack of statistical offices on one answer (issue 24, point 1): by linear programming
   * over everything this reader has read, every count ≥ 0 and a hidden one ≥ 1 unless the answer
   * says zeros may be hidden, the interval of each hidden number whose true value (`truth`) is
   * small. Returns the names of those whose interval is too narrow (below its `minCell`, or
   * narrower than `minCell − 1`).
   */
  pinned(solver: LpSolver, truth: Reader, minCellOf: (name: string) => number, zeros: boolean): string[] {
    const names = [...this.numbers.keys()];
    const index = new Map(names.map((name, i) => [name, i]));
    const entries = names.map((name) => ({
      value: truth.numbers.get(name) ?? 0,
      hidden: this.numbers.get(name) === null,
      cost: 0,
      minCell: minCellOf(name),
    }));
    const equations = this.sums.map((eq) =>
      eq.map(([name, c]): [number, number] => [index.get(name) as number, c]),
    );
    const audit = auditIntervals(solver, entries, equations, {
      minCell: 3,
      zerosMayBeSuppressed: zeros,
      exact: true,
    });
    return audit.pinned.map(
      (p) => `${names[p.entry]} = ${entries[p.entry].value} in [${p.lower}, ${p.upper}]`,
    );
  }
}

/** Everything one demand report publishes, and its sums; `byMonth` rows are the months' totals. */
export function readDemand(reader: Reader, p: string, r: DemandReport, groupOf: Map<string, string>) {
  const n = (name: string, value: number | null) => reader.read(`${p}:${name}`, value);
  const t = r.totals;
  for (const field of Object.keys(t) as (keyof typeof t)[])
    if (field !== 'suppressed' && field !== 'suppressedFields')
      n(`totals.${field}`, t[field] as number | null);
  const cell = new Map(r.byCategoryAndDistrict.map((x) => [`${x.categoryKey}|${x.districtId}`, x.needs]));
  const cellName = (k: string, d: string) =>
    n(`cell ${k}|${d}`, cell.has(`${k}|${d}`) ? (cell.get(`${k}|${d}`) ?? null) : 0);
  for (const x of r.byCategory) {
    reader.sum(
      r.byDistrict.map((d) => cellName(x.categoryKey, d.districtId)),
      n(`needs ${x.categoryKey}`, x.needs),
    );
    n(`unmet ${x.categoryKey}`, x.unmet);
    n(`referred ${x.categoryKey}`, x.referred);
  }
  for (const d of r.byDistrict) {
    reader.sum(
      r.byCategory.map((x) => cellName(x.categoryKey, d.districtId)),
      n(`needs ${d.districtId}`, d.needs),
    );
    n(`contacts ${d.districtId}`, d.contacts);
    n(`families ${d.districtId}`, d.families);
  }
  reader.sum(
    r.byCategory.map((x) => `${p}:needs ${x.categoryKey}`),
    `${p}:totals.needs`,
  );
  reader.sum(
    r.byDistrict.map((d) => `${p}:needs ${d.districtId}`),
    `${p}:totals.needs`,
  );
  reader.sum(
    r.byCategory.map((x) => `${p}:unmet ${x.categoryKey}`),
    `${p}:totals.unmetNeeds`,
  );
  for (const g of r.byCategoryGroup) {
    const members = r.byCategory.filter((x) => groupOf.get(x.categoryKey) === g.group);
    for (const field of ['needs', 'unmet', 'referred'] as const)
      reader.sum(
        members.map((x) => `${p}:${field} ${x.categoryKey}`),
        n(`group ${field} ${g.group}`, g[field]),
      );
  }
  reader.sum(
    r.byChannel.map((x) => n(`contacts ${x.channel}`, x.contacts)),
    `${p}:totals.contacts`,
  );
  reader.sum(
    r.byDistrict.map((d) => `${p}:contacts ${d.districtId}`),
    `${p}:totals.contacts`,
  );
  // a month row of any report is that month's own total
  for (const field of ['contacts', 'needs'] as const)
    reader.sum(
      r.byMonth.map((m) => reader.read(`${m.month}:totals.${field}`, m[field])),
      `${p}:totals.${field}`,
    );
}

/** The answer with nothing hidden (families aside): the true value of every name a reader reads. */
export function truthOf(
  c: DemandCounts,
  months: readonly DemandCounts[],
  p: CalendarPeriod,
  groupOf: Map<string, string>,
): Reader {
  const { sys, ids } = demandSystem(c, 5, false);
  const values = sys.entries.map((e) => e.value);
  const monthTotal = (k: number, field: 'contacts' | 'needs') => {
    const m = demandSystem(months[Number(c.months[k].slice(5, 7)) - 1], 5, false);
    const e = field === 'contacts' ? m.ids.contactsTotal : m.ids.needsTotal;
    return { value: m.sys.entries[e].value, suppressed: false };
  };
  const meta = { from: p.from, to: p.to, officeId: null, minCell: 3, zerosMayBeSuppressed: false };
  const truth = new Reader();
  readDemand(
    truth,
    p.name,
    renderDemandReport(
      c,
      ids,
      values,
      values.map(() => false),
      monthTotal,
      meta,
    ),
    groupOf,
  );
  return truth;
}

/** Everything one outcomes report publishes: per measure, the providers' and the categories' rows sum to the total. */
export function readOutcomes(reader: Reader, p: string, r: CityOutcomes) {
  for (const measure of OUTCOME_MEASURES) {
    const total = reader.read(`${p}:total ${measure}`, r.totals[measure]);
    reader.sum(
      r.byProvider.map((x) => reader.read(`${p}:${x.providerId ?? 'other'} ${measure}`, x[measure])),
      total,
    );
    reader.sum(
      r.byCategory.map((x) => reader.read(`${p}:${x.categoryKey} ${measure}`, x[measure])),
      total,
    );
  }
}
