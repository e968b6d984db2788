import { Injectable } from '@nestjs/common';
import {
  addWeeks,
  decideWeek,
  SIGNAL_METHOD,
  weekEnd,
  weeklySeries,
  type CellDecision,
  type CellSeries,
  type CellTest,
} from '@lotsen/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationsService } from '../notifications/notifications.service';
import { weeklyUnmetNeeds } from './signal-counts';
import { RollupsService } from '../reports/rollups/rollups.service';

/** What one weekly run did. */
export interface SignalRunResult {
  week: string;
  /** The week was tested before (or a later one was): nothing changed. */
  skipped: boolean;
  cells: number;
  opened: number;
  closed: number;
  open: number;
  notified: number;
}

/** Weeks of history one run reads: the baseline and recent window, and the same a year earlier. */
export const HISTORY_WEEKS = 52 + SIGNAL_METHOD.baselineWeeks + SIGNAL_METHOD.recentWeeks;

const CELL = (districtId: string, categoryKey: string) => `${districtId}|${categoryKey}`;

/**
 * The weekly early-warning run (docs/signals.md): reads the weekly unmet needs, lets the pure
 * detector decide, and opens, keeps and closes signals in one transaction. A week is tested once:
 * its `signal_runs` row is claimed first, so a re-run of the same week (or of an earlier one)
 * changes nothing. A signal that opens tells every active team lead and analyst once.
 */
@Injectable()
export class SignalDetectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly rollups: RollupsService,
  ) {}

  async runWeek(week: string): Promise<SignalRunResult> {
    // the counts come from the daily rollups: the days still waiting in the outbox first
    await this.rollups.catchUp();
    return this.dataSource.transaction(async (em) => {
      const none: SignalRunResult = {
        week,
        skipped: true,
        cells: 0,
        opened: 0,
        closed: 0,
        open: 0,
        notified: 0,
      };
      // one run at a time, and only forward: a week before the last tested one is never tested
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('signal_runs'))`);
      const [last] = (await em.query(`SELECT max(week)::text AS week FROM signal_runs`)) as {
        week: string | null;
      }[];
      if (last.week !== null && last.week >= week) return none;
      await em.query(`INSERT INTO signal_runs (week) VALUES ($1)`, [week]);

      const rows = await weeklyUnmetNeeds(
        (sql, params) => em.query(sql, params),
        addWeeks(week, 1 - HISTORY_WEEKS),
        weekEnd(week),
      );
      const firstWeek = rows.reduce((min, r) => (r.week < min ? r.week : min), week);
      const series = weeklySeries(
        rows.map((r) => ({ week: r.week, key: CELL(r.districtId, r.categoryKey), n: r.n })),
        firstWeek,
        week,
      );
      const open = (await em.query(
        `SELECT id, district_id AS "districtId", category_key AS "categoryKey" FROM signals WHERE status = 'open' FOR UPDATE`,
      )) as { id: string; districtId: string; categoryKey: string }[];
      const openByCell = new Map(open.map((s) => [CELL(s.districtId, s.categoryKey), s.id]));
      const length = [...series.values()][0]?.length ?? 1;
      for (const key of openByCell.keys())
        if (!series.has(key)) series.set(key, Array<number>(length).fill(0));
      const cells: CellSeries[] = [...series].map(([key, s]) => ({ key, series: s }));
      const { decisions, closedUntested } = decideWeek(cells, new Set(openByCell.keys()));

      const openedIds: string[] = [];
      for (const d of decisions) {
        const id = d.opened ? await this.open(em, d, week) : (openByCell.get(d.key) as string);
        if (d.opened) openedIds.push(id);
        else await this.update(em, id, d, week);
        await this.record(em, id, d.test, d.open, week);
      }
      for (const key of closedUntested) {
        await em.query(
          `UPDATE signals SET status = 'closed', closed_at = now(), closed_week = $2, week_tested = $2,
                  recent_count = 0, recent_rate = 0, ratio = 0, p_value = 1, updated_at = now() WHERE id = $1`,
          [openByCell.get(key), week],
        );
      }
      const notified = await this.notifyOpened(em, openedIds);
      const result: SignalRunResult = {
        week,
        skipped: false,
        cells: cells.length,
        opened: openedIds.length,
        closed: decisions.filter((d) => d.closed).length + closedUntested.length,
        open: decisions.filter((d) => d.open).length,
        notified,
      };
      await em.query(
        `UPDATE signal_runs SET cells = $2, opened = $3, closed = $4, open = $5 WHERE week = $1`,
        [week, result.cells, result.opened, result.closed, result.open],
      );
      return result;
    });
  }

  private async open(em: EntityManager, d: CellDecision, week: string): Promise<string> {
    const [districtId, categoryKey] = d.key.split('|');
    const t = d.test;
    const [row] = (await em.query(
      `INSERT INTO signals (district_id, category_key, opened_week, week_tested, baseline_rate, recent_rate,
                            ratio, p_value, recent_count, baseline_count, baseline_weeks, seasonal_factor)
       VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [districtId, categoryKey, week, ...values(t), t.baselineCount, t.baselineWeeks, t.seasonalFactor],
    )) as { id: string }[];
    return row.id;
  }

  private async update(em: EntityManager, id: string, d: CellDecision, week: string): Promise<void> {
    const t = d.test;
    await em.query(
      `UPDATE signals SET week_tested = $2, baseline_rate = $3, recent_rate = $4, ratio = $5, p_value = $6,
              recent_count = $7, baseline_count = $8, baseline_weeks = $9, seasonal_factor = $10,
              status = CASE WHEN $11 THEN 'open' ELSE 'closed' END,
              closed_at = CASE WHEN $11 THEN NULL ELSE now() END,
              closed_week = CASE WHEN $11 THEN NULL ELSE CAST($2 AS date) END,
              updated_at = now()
        WHERE id = $1`,
      [id, week, ...values(t), t.baselineCount, t.baselineWeeks, t.seasonalFactor, d.open],
    );
  }

  private async record(
    em: EntityManager,
    id: string,
    t: CellTest,
    open: boolean,
    week: string,
  ): Promise<void> {
    await em.query(
      `INSERT INTO signal_tests (signal_id, week, baseline_rate, recent_rate, ratio, p_value, recent_count,
                                 baseline_count, open)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (signal_id, week) DO NOTHING`,
      [id, week, ...values(t), t.baselineCount, open],
    );
  }

  /** Every active team lead and analyst, once per signal (the dedupe key names the signal). */
  private async notifyOpened(em: EntityManager, signalIds: string[]): Promise<number> {
    if (signalIds.length === 0) return 0;
    const signals = (await em.query(
      `SELECT s.id, d.name AS district, coalesce(c.label_de, s.category_key) AS category
         FROM signals s JOIN districts d ON d.id = s.district_id
         LEFT JOIN need_categories c ON c.key = s.category_key
        WHERE s.id = ANY($1::uuid[])`,
      [signalIds],
    )) as { id: string; district: string; category: string }[];
    const users = (await em.query(
      `SELECT id FROM users WHERE active AND role IN ('team_lead', 'analyst') ORDER BY id`,
    )) as { id: string }[];
    return this.notifications.deliver(
      em,
      signals.flatMap((s) =>
        users.map((u) => ({
          userId: u.id,
          type: 'early_warning' as const,
          title: `Frühwarnung: mehr ungedeckte Bedarfe „${s.category}“ in ${s.district}`,
          link: `#/signals/${s.id}/show`,
          dedupeKey: `early_warning:${s.id}:${u.id}`,
        })),
      ),
    );
  }
}

/** baseline rate, recent rate, ratio, p-value, recent count: the values every row keeps. */
function values(t: CellTest): [number, number, number, number, number] {
  return [t.baselineRate, t.recentRate, t.ratio, t.pValue, t.recentCount];
}
