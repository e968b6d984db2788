import {
  auditIntervals,
  demandSystem,
  periodsOfYear,
  planHierarchicalSuppression,
  type LpSolver,
  type PeriodNode,
} from '@lotsen/domain';
import { startTestApp, type TestApp } from '../support/test-app';
import { loadDemoData } from '../../apps/api/src/seed/seed';
import { sumCounts } from '../../apps/api/src/modules/reports/demand-report.city';
import {
  DemandReportService,
  type DemandCounts,
} from '../../apps/api/src/modules/reports/demand-report.service';
import { loadLpSolver } from '../../apps/api/src/modules/reports/lp-solver.provider';
import {
  Reader,
  readDemand,
  readOutcomes,
  truthOf,
} from '../../apps/api/src/modules/reports/testing/report-reader';
import { ReferralOutcomesService } from '../../apps/api/src/modules/reports/referral-outcomes.service';
import {
  OUTCOME_MEASURES,
  auditedOutcomesYear,
} from '../../apps/api/src/modules/reports/referral-outcomes.city';
import { signedIn } from '../support/factories';

/**
 * Issue 24, point 1, on the demo data: every monthly demand report of the city and of each office
 * (what an analyst reads), attacked as statistical offices do — linear programming over the
 * month's published numbers with each hidden count ≥ 1. The plan without the audit leaves small
 * counts pinned; the answers the API serves (audited) leave none.
 */
describe('suppression audit on the demo data (issue 24, point 1)', () => {
  let t: TestApp;
  let solver: LpSolver;
  const minCell = 5;
  /** Scope label → the twelve months' counts of each demo year. */
  const scopes: { label: string; officeId: string | null; year: number; months: DemandCounts[] }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await loadDemoData(t.dataSource);
    solver = await loadLpSolver();
    const service = t.app.get(DemandReportService);
    const offices: { id: string; name: string }[] = await t.dataSource.query(
      `SELECT id, name FROM offices ORDER BY name`,
    );
    const years: { y: number }[] = await t.dataSource.query(
      `SELECT DISTINCT extract(year FROM occurred_at AT TIME ZONE 'Europe/Berlin')::int AS y FROM contacts ORDER BY y`,
    );
    for (const { y } of years) {
      for (const office of [{ id: null, name: 'Stadt' }, ...offices]) {
        const months = await Promise.all(
          periodsOfYear(y).months.map((m) => service.counts(m.from, m.to, office.id)),
        );
        scopes.push({ label: `${office.name} ${y}`, officeId: office.id, year: y, months });
      }
    }
  }, 600_000);
  afterAll(() => t.close());

  /** The small hidden counts of each month's answer that the attacker pins, given the months' flags. */
  const pinnedOfMonths = (months: DemandCounts[], monthHidden: boolean[][], zerosMayBeSuppressed = false) =>
    months.flatMap((c, m) => {
      const { sys } = demandSystem(c, minCell, false);
      const audit = auditIntervals(
        solver,
        sys.entries.map((e, i) => ({ ...e, hidden: monthHidden[m][i] })),
        sys.equations,
        { minCell, zerosMayBeSuppressed },
      );
      return audit.pinned.map((p) => ({ month: m + 1, ...p }));
    });
  const hiddenCount = (monthHidden: boolean[][]) => monthHidden.flat().filter(Boolean).length;

  it('the attacker is real: the plan without the audit leaves small counts pinned in the monthly reports', () => {
    expect(scopes.length).toBeGreaterThanOrEqual(2);
    let pinned = 0;
    let hidden = 0;
    for (const { months } of scopes) {
      const systems = [
        sumCounts(months),
        ...[0, 1, 2, 3].map((q) => sumCounts(months.slice(q * 3, q * 3 + 3))),
      ].map((c) => demandSystem(c, minCell, false));
      const monthSystems = months.map((c) => demandSystem(c, minCell, false));
      const flags = (s: (typeof monthSystems)[number]) => s.sys.entries.map((e) => e.hidden);
      const root: PeriodNode = {
        own: flags(systems[0]),
        children: [0, 1, 2, 3].map((q) => ({
          own: flags(systems[q + 1]),
          children: monthSystems.slice(q * 3, q * 3 + 3).map((m) => ({ own: flags(m) })),
        })),
      };
      const plan = planHierarchicalSuppression(
        systems[0].sys.entries,
        systems[0].sys.equations,
        root,
        systems[0].sys.entries.map((e) => e.value),
      );
      const monthHidden = plan.children.flatMap((q) => q.children.map((m) => m.hidden));
      hidden += hiddenCount(monthHidden);
      pinned += pinnedOfMonths(months, monthHidden).length;
    }
    console.log(`before the audit: ${pinned} of ${hidden} hidden numbers of the monthly reports pinned`);
    expect(pinned).toBeGreaterThan(0);
  });

  it('every monthly demand report the API serves to the analyst (city and each office) leaves no small hidden number pinned', async () => {
    const analyst = await signedIn(t, 'analyst');
    const sensitive = new Set(
      (await t.dataSource.query(`SELECT key FROM need_categories WHERE sensitive`)).map(
        (r: { key: string }) => r.key,
      ),
    );
    let small = 0;
    let hiddenZeros = 0;
    const pinned: string[] = [];
    for (const { label, officeId, year, months } of scopes) {
      const groupOf = new Map(months[0].categories.map((k) => [k.key, k.group]));
      const sensitiveGroups = new Set(
        months[0].categories.filter((k) => sensitive.has(k.key)).map((k) => k.group),
      );
      const minCellOf = (name: string) => {
        const subject = name.slice(name.indexOf(':') + 1);
        const key = subject.startsWith('cell ')
          ? subject.slice(5).split('|')[0]
          : (subject.split(' ').at(-1) ?? '');
        return sensitive.has(key) ||
          (subject.startsWith('group ') && sensitiveGroups.has(subject.split(' ').slice(2).join(' ')))
          ? 5
          : minCell;
      };
      for (const [m, period] of periodsOfYear(year).months.entries()) {
        const res = await analyst.agent
          .get('/api/reports/demand')
          .query({ from: period.from, to: period.to, ...(officeId ? { officeId } : {}) });
        expect([label, period.name, res.status]).toEqual([label, period.name, 200]);
        const reader = new Reader();
        readDemand(reader, period.name, res.body, groupOf);
        const truth = truthOf(months[m], months, period, groupOf);
        for (const [name, v] of reader.numbers) {
          if (v !== null || name.includes('families')) continue;
          const value = truth.numbers.get(name) ?? 0;
          if (value === 0) {
            hiddenZeros++;
            expect([name, res.body.zerosMayBeSuppressed]).toEqual([name, true]);
          } else if (value < minCellOf(name)) small++;
        }
        pinned.push(
          ...reader
            .pinned(solver, truth, minCellOf, res.body.zerosMayBeSuppressed)
            .map((x) => `${label}: ${x}`),
        );
      }
    }
    console.log(
      `after the audit: ${small} small hidden numbers and ${hiddenZeros} hidden zeros in the monthly reports, ${pinned.length} pinned`,
    );
    expect(small).toBeGreaterThan(100);
    expect(pinned).toEqual([]);
  }, 900_000);

  it('every monthly referral outcomes report the API serves to the analyst leaves no small hidden count pinned', async () => {
    const analyst = await signedIn(t, 'analyst');
    const outcomes = t.app.get(ReferralOutcomesService);
    // the exact counts of every month: the report's own counting, with nothing hidden
    const asIs = {
      answer: (entries: readonly { hidden: boolean; value: number }[]) => ({
        hidden: entries.map((e) => e.hidden),
        zerosMayBeSuppressed: false,
      }),
      year: <T>(_: unknown, compute: () => T) => compute(),
    };
    let small = 0;
    const pinned: string[] = [];
    for (const year of [...new Set(scopes.map((s) => s.year))]) {
      const input = await outcomes.yearOf(year);
      const exact = auditedOutcomesYear({ ...input, audit: asIs });
      for (const period of periodsOfYear(year).months) {
        const res = await analyst.agent
          .get('/api/reports/referral-outcomes')
          .query({ from: period.from, to: period.to });
        expect([period.name, res.status]).toEqual([period.name, 200]);
        const reader = new Reader();
        readOutcomes(reader, period.name, res.body);
        const values = exact.valuesOf(period.months);
        const truth = new Reader();
        OUTCOME_MEASURES.forEach((measure, m) => {
          truth.read(`${period.name}:total ${measure}`, values[exact.id(m, exact.rows)]);
          exact.providerKeys.forEach((key, r) =>
            truth.read(
              `${period.name}:${r === exact.providerKeys.length - 1 ? 'other' : key} ${measure}`,
              values[exact.id(m, r)],
            ),
          );
          input.categories.forEach((c, i) =>
            truth.read(
              `${period.name}:${c.key} ${measure}`,
              values[exact.id(m, exact.providerKeys.length + i)],
            ),
          );
        });
        const thresholdOf = (name: string) =>
          input.categories.some((c) => c.sensitive && name.startsWith(`${period.name}:${c.key} `))
            ? 5
            : minCell;
        for (const [name, v] of reader.numbers) {
          const value = truth.numbers.get(name) ?? 0;
          if (v === null && value >= 1 && value < thresholdOf(name)) small++;
        }
        pinned.push(...reader.pinned(solver, truth, thresholdOf, res.body.zerosMayBeSuppressed));
      }
    }
    console.log(
      `outcomes after the audit: ${small} small hidden counts in the monthly reports, ${pinned.length} pinned`,
    );
    expect(small).toBeGreaterThan(10);
    expect(pinned).toEqual([]);
  }, 600_000);
});
