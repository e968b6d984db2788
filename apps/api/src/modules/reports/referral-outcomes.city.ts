import {
  effectiveMinCell,
  periodsOfYear,
  planHierarchicalSuppression,
  planIsolated,
  type CalendarPeriod,
  type Equation,
  type NestedPosition,
  type PeriodNode,
} from '@lotsen/domain';
import type { AnswerAuditor } from './answer-audit';
import { auditedYearPlan, periodTree, planFlags, planIndex } from './audited-plan';

/** The five counts of the outcomes report, in the order of its columns. */
export const OUTCOME_MEASURES = ['sent', 'accepted', 'declined', 'completed', 'notTakenUp'] as const;
export type OutcomeMeasure = (typeof OUTCOME_MEASURES)[number];
export type OutcomeValues = Record<OutcomeMeasure, number>;

/** The key and the German label of the row that merges providers with few referrals. */
export const OTHER_PROVIDERS_KEY = 'other';
export const OTHER_PROVIDERS_LABEL = 'weitere Träger';

/** One group's counts in one month, or in the requested period (with the median's inputs). */
export interface OutcomeGroupCounts extends OutcomeValues {
  /** Referrals answered by the provider (the median's group). */
  responded?: number;
  medianDays?: number | null;
}

/** What the year's plan of the outcomes needs: the months' counts. */
export interface CityOutcomesYear {
  year: number;
  minCell: number;
  /** Providers shown by name (enough referrals in the year), in the order to show; the rest is merged. */
  providers: { key: string; name: string }[];
  categories: { key: string; sensitive: boolean }[];
  /** Month `YYYY-MM` → group key → counts; providers merged under `OTHER_PROVIDERS_KEY` already. */
  providerMonths: Map<string, Map<string, OutcomeValues>>;
  categoryMonths: Map<string, Map<string, OutcomeValues>>;
  /** The interval audit of the answers (issue 24, point 1). */
  audit: AnswerAuditor;
}

export interface CityOutcomesInput extends Omit<CityOutcomesYear, 'year'> {
  period: CalendarPeriod;
  /** The requested period's groups with the median (not additive: counted for the period itself). */
  providerPeriod: Map<string, OutcomeGroupCounts>;
  categoryPeriod: Map<string, OutcomeGroupCounts>;
}

type Counted<T> = T & { [K in OutcomeMeasure]: number | null } & {
  medianDaysToResponse: number | null;
  suppressed?: true;
  suppressedFields?: string[];
};

export interface CityOutcomes {
  from: string;
  to: string;
  period: string;
  minCell: number;
  /** A hidden number may be 0 (issue 24, point 1); older snapshots lack the field. */
  zerosMayBeSuppressed: boolean;
  totals: Counted<object>;
  byProvider: Counted<{ providerId: string | null; name: string; otherProviders?: true }>[];
  byCategory: Counted<{ categoryKey: string }>[];
}

const ZERO: OutcomeValues = { sent: 0, accepted: 0, declined: 0, completed: 0, notTakenUp: 0 };

/**
 * The totals of `sent` and `completed` are the demand report's `referrals` and
 * `referralsCompleted`: both reports publish them by `planIsolated` (hidden only as small counts
 * of their own), and this report's protection takes them as known, whether hidden or not.
 */
const SHARED_TOTALS: readonly OutcomeMeasure[] = ['sent', 'completed'];

/**
 * The report's structure: per measure, the providers' rows and the categories' rows each sum to
 * the measure's total (a known constant for the shared totals, a number of its own else).
 */
function structure(providerKeys: string[], categoryCount: number) {
  const rows = providerKeys.length + categoryCount;
  const per = rows + 1; // the measure's rows, then its total
  const id = (m: number, row: number) => m * per + row;
  const positions: NestedPosition[] = [];
  const equations: Equation[] = [];
  OUTCOME_MEASURES.forEach((measure, m) => {
    for (let r = 0; r < rows; r++) positions.push({ cost: 0 });
    positions.push({ cost: 3 });
    const total: [number, number][] = SHARED_TOTALS.includes(measure) ? [] : [[id(m, rows), -1]];
    equations.push([...providerKeys.map((_, p): [number, number] => [id(m, p), 1]), ...total]);
    equations.push([
      ...Array.from({ length: categoryCount }, (_, c): [number, number] => [
        id(m, providerKeys.length + c),
        1,
      ]),
      ...total,
    ]);
  });
  return { positions, equations, id, rows };
}

/**
 * The suppression of the outcomes' 17 answers of a calendar year (issue 16, point 3; issue 24,
 * point 1): providers with few referrals in the year merged into "weitere Träger", every count
 * suppressed like the demand report (small counts; categories marked sensitive at least 5;
 * further counts until none can be computed back) with the plan of the whole calendar year
 * (`planHierarchicalSuppression`), every answer audited by linear programming until none is
 * pinned (`auditedYearPlan`). The totals of `sent` and `completed` are the demand report's too:
 * planned on their own (`planIsolated`) from their small counts and what an audit hid, and the
 * city's demand report takes their flags from here (`shared`). Pure but for the auditor's memory.
 */
export function auditedOutcomesYear(input: CityOutcomesYear) {
  const min = effectiveMinCell(input.minCell);
  const sensitiveMin = effectiveMinCell(input.minCell, true);
  const providerKeys = [...input.providers.map((p) => p.key), OTHER_PROVIDERS_KEY];
  const { positions, equations, id, rows } = structure(providerKeys, input.categories.length);
  const thresholds = [
    ...providerKeys.map(() => min),
    ...input.categories.map((c) => (c.sensitive ? sensitiveMin : min)),
    min,
  ];
  /** The values of every position for the given months (summed). */
  const valuesOf = (months: readonly string[]): number[] => {
    const out = Array<number>(positions.length).fill(0);
    const group = (map: Map<string, Map<string, OutcomeValues>>, key: string) =>
      months.reduce((acc, month) => {
        const v = map.get(month)?.get(key) ?? ZERO;
        return OUTCOME_MEASURES.reduce((a, m) => ({ ...a, [m]: a[m] + v[m] }), acc);
      }, ZERO);
    const groups = [
      ...providerKeys.map((k) => group(input.providerMonths, k)),
      ...input.categories.map((c) => group(input.categoryMonths, c.key)),
    ];
    OUTCOME_MEASURES.forEach((measure, m) => {
      groups.forEach((g, r) => (out[id(m, r)] = g[measure]));
      out[id(m, rows)] = groups.slice(0, providerKeys.length).reduce((a, g) => a + g[measure], 0);
    });
    return out;
  };
  const small = (values: number[]) => values.map((v, e) => v >= 1 && v < thresholds[e % (rows + 1)]);

  // every period of the year in plan order (the year, Q1, its months, Q2 …), planned together
  // and each answer audited (audited-plan.ts, issue 24 point 1)
  const year = periodsOfYear(input.year);
  const periods = [
    year.year,
    ...year.quarters.flatMap((q) => [q, ...q.months.map((m) => ({ months: [m] }))]),
  ];
  const periodValues = periods.map((p) => valuesOf(p.months));
  const own = periodValues.map(small);
  const sharedTotals = SHARED_TOTALS.map((measure) => id(OUTCOME_MEASURES.indexOf(measure), rows));
  const plan = (tree: PeriodNode) => {
    const flags = planFlags(planHierarchicalSuppression(positions, equations, tree, periodValues[0]));
    // the shared totals: by their own flags only (small counts, and what an audit hid), isolated
    const ownOf = [
      tree.own,
      ...(tree.children ?? []).flatMap((q) => [q.own, ...(q.children ?? []).map((m) => m.own)]),
    ];
    for (const e of sharedTotals) {
      const isolated = planFlags(planIsolated(periodTree((k) => [ownOf[k][e]])));
      flags.forEach((f, k) => (f[e] = isolated[k][0]));
    }
    return flags;
  };
  // the answer audited as a whole: the shared totals are numbers of it too
  const withTotals = equations.map((eq, k) => {
    const total = id(Math.floor(k / 2), rows);
    return sharedTotals.includes(total) ? [...eq, [total, -1] as [number, number]] : eq;
  });
  const key = ['outcomes', min, providerKeys, input.categories, periodValues];
  const answers = input.audit.year(key, () =>
    auditedYearPlan(own, plan, (k, flags) =>
      input.audit.answer(
        positions.map((p, e) => ({
          value: periodValues[k][e],
          hidden: flags[k][e],
          cost: p.cost,
          minCell: thresholds[e % (rows + 1)],
        })),
        withTotals,
        min,
      ),
    ),
  );
  return {
    answers,
    /** The shared totals' flags of every period (plan order), for the demand report. */
    shared: {
      referrals: answers.map((a) => a.hidden[sharedTotals[0]]),
      referralsCompleted: answers.map((a) => a.hidden[sharedTotals[1]]),
    },
    providerKeys,
    thresholds,
    id,
    rows,
    valuesOf,
    min,
  };
}

/**
 * The analyst's referral outcomes of a calendar period (issue 16, point 3): the requested
 * period's answer of the audited year (`auditedOutcomesYear`). A median of days is published only
 * where its row's `sent` is and at least the row's minimum of referrals were answered; else `null`
 * with `medianDaysToResponse` in `suppressedFields`. Pure but for the auditor's memory.
 */
export function buildCityOutcomes(input: CityOutcomesInput): CityOutcomes {
  const { answers, providerKeys, thresholds, id, rows, valuesOf, min } = auditedOutcomesYear({
    ...input,
    year: input.period.year,
  });
  const first = Number(input.period.months[0].slice(5, 7)) - 1;
  const answer =
    answers[
      input.period.kind === 'year'
        ? planIndex.year
        : input.period.kind === 'quarter'
          ? planIndex.quarter(Math.floor(first / 3))
          : planIndex.month(first)
    ];
  const hidden = answer.hidden;
  const values = valuesOf(input.period.months);

  const render = <T extends object>(
    keys: T,
    row: number,
    own: OutcomeGroupCounts | undefined,
  ): Counted<T> => {
    const out: Record<string, unknown> = { ...(keys as Record<string, unknown>) };
    const suppressedFields: string[] = [];
    OUTCOME_MEASURES.forEach((measure, m) => {
      const e = id(m, row);
      out[measure] = hidden[e] ? null : values[e];
      if (hidden[e]) suppressedFields.push(measure);
    });
    const threshold = thresholds[row];
    const median =
      own && !hidden[id(0, row)] && (own.responded ?? 0) >= threshold ? (own.medianDays ?? null) : null;
    out.medianDaysToResponse = median;
    if (median === null && own?.medianDays != null) suppressedFields.push('medianDaysToResponse');
    if (suppressedFields.length > 0) {
      out.suppressed = true;
      out.suppressedFields = suppressedFields;
    }
    return out as Counted<T>;
  };
  const totals = render({}, rows, undefined);
  delete (totals as { medianDaysToResponse?: unknown }).medianDaysToResponse;
  return {
    from: input.period.from,
    to: input.period.to,
    period: input.period.name,
    minCell: min,
    zerosMayBeSuppressed: answer.zerosMayBeSuppressed,
    totals,
    byProvider: [
      ...input.providers.map((p, r) =>
        render({ providerId: p.key, name: p.name }, r, input.providerPeriod.get(p.key)),
      ),
      render(
        { providerId: null, name: OTHER_PROVIDERS_LABEL, otherProviders: true as const },
        input.providers.length,
        input.providerPeriod.get(OTHER_PROVIDERS_KEY),
      ),
    ],
    byCategory: input.categories.map((c, i) =>
      render({ categoryKey: c.key }, providerKeys.length + i, input.categoryPeriod.get(c.key)),
    ),
  };
}
