import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { poolQuery } from '../../../common/database/pool-query';
import { NotificationsService } from '../../notifications/notifications.service';

/** One day of one office whose rollups are recounted: `officeId|YYYY-MM-DD`, as the triggers write it. */
export type RollupDay = string;

/** What the nightly check found and did. */
export interface RollupCheckResult {
  from: string;
  to: string;
  /** The (office, day) pairs whose rollups differed from the raw rows, repaired. */
  repaired: { officeId: string; day: string }[];
  notified: number;
}

/** How far back the nightly check compares: the two years the trends and reports read. */
export const ROLLUP_CHECK_DAYS = 2 * 366;

/** All recounts take this lock: two recounts of the same day never interleave their writes. */
export const ROLLUP_LOCK = `SELECT pg_advisory_xact_lock(hashtext('lotsen_rollups'))`;
/** Every recount raises the rollups' version in its transaction: kept report answers are dropped. */
export const ROLLUP_VERSION_RAISE = `UPDATE rollup_version SET version = version + 1, changed_at = now() WHERE id = 1`;

/**
 * The rollup recounts whose job has not run: still in the outbox, or handed to BullMQ and waiting
 * behind the reports queue's other jobs (migration OutboxDone1767225600570).
 */
const WAITING = `WHERE job = 'rollup-days' AND done_at IS NULL AND available_at <= now() + interval '1 minute'`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The daily rollups of the city's figures (issue 20 points 1 and 2; docs/rollups.md): the
 * migration DemandRollups holds the counting (SQL functions) and the triggers that put the touched
 * (office, day) pairs into the outbox; this service recounts them for the worker, rebuilds a day
 * range on command, and checks them nightly against the raw rows.
 */
@Injectable()
export class RollupsService {
  private readonly logger = new Logger('Rollups');

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Recounts the given days (the `rollup-days` job); idempotent. Returns how many it recounted.
   * A job whose outbox row a report's catch-up has already recounted (`done_at`) recounts nothing.
   */
  async recount(days: readonly RollupDay[], outboxId: string | null = null): Promise<number> {
    const pairs = uniqueDays(days);
    if (pairs.length === 0) return 0;
    return this.dataSource.transaction(async (em) => {
      await em.query(ROLLUP_LOCK);
      if (outboxId) {
        const done: unknown[] = await em.query(`SELECT 1 FROM outbox WHERE id = $1 AND done_at IS NOT NULL`, [
          outboxId,
        ]);
        if (done.length > 0) return 0;
      }
      return recountIn(em, pairs);
    });
  }

  /**
   * Before a report reads the rollups: recounts the days whose job has not run — still in the
   * outbox, or handed to BullMQ and queued behind other jobs — so that a report is never behind
   * the raw rows, also while the worker is down or busy. The outbox rows it recounted are marked
   * done (and sent) in the same transaction, so the next report, the relay and the worker find
   * nothing to do: one index read. Rows the relay holds at that moment (`SKIP LOCKED`: the
   * in-process relay is running their job, or hands them to BullMQ) are left to it.
   */
  async catchUp(): Promise<number> {
    // on every report read: on the pool, prepared once per connection
    const waiting = await poolQuery(
      this.dataSource,
      `SELECT 1 FROM outbox ${WAITING} LIMIT 1`,
      [],
      'lotsen_rollups_waiting',
    );
    if (waiting.length === 0) return 0;
    return this.dataSource.transaction(async (em) => {
      await em.query(ROLLUP_LOCK);
      const rows: { id: string; days: string[] | null }[] = await em.query(
        `SELECT id, payload->'days' AS days FROM outbox ${WAITING} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return 0;
      const recounted = await recountIn(
        em,
        uniqueDays(rows.flatMap((r) => (Array.isArray(r.days) ? r.days : []))),
      );
      await em.query(
        `UPDATE outbox SET sent_at = coalesce(sent_at, now()), done_at = now(), last_error = NULL
          WHERE id = ANY($1::uuid[])`,
        [rows.map((r) => r.id)],
      );
      return recounted;
    });
  }

  /** Recounts every day from `from` to `to` (both included) of one office or all (`null`). */
  async rebuild(from: string, to: string, officeId: string | null = null): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await em.query(ROLLUP_LOCK);
      await em.query(`SELECT lotsen_rollup_rebuild($1::date, $2::date, $3::uuid)`, [from, to, officeId]);
      await em.query(ROLLUP_VERSION_RAISE);
    });
  }

  /**
   * The nightly check: the rollups of `from`..`to` against a fresh count of the raw rows. A day
   * that differs is logged, repaired, and told to every active admin (one notice per run).
   */
  async check(from: string, to: string): Promise<RollupCheckResult> {
    return this.dataSource.transaction(async (em) => {
      await em.query(ROLLUP_LOCK);
      const rows: { office_id: string; day: string }[] = await em.query(
        `SELECT office_id, to_char(day, 'YYYY-MM-DD') AS day FROM lotsen_rollup_mismatches($1::date, $2::date)`,
        [from, to],
      );
      const repaired = rows.map((r) => ({ officeId: r.office_id, day: r.day }));
      if (repaired.length === 0) return { from, to, repaired, notified: 0 };
      this.logger.error(
        `Rollups differed from the raw rows on ${repaired.length} office day(s), repaired: ` +
          repaired
            .slice(0, 20)
            .map((r) => `${r.day} (${r.officeId})`)
            .join(', '),
      );
      for (const r of repaired) {
        await em.query(`SELECT lotsen_rollup_rebuild($1::date, $1::date, $2::uuid)`, [r.day, r.officeId]);
      }
      await em.query(ROLLUP_VERSION_RAISE);
      const notified = await this.alertAdmins(em, repaired.length, to);
      return { from, to, repaired, notified };
    });
  }

  private async alertAdmins(em: EntityManager, days: number, checkedUpTo: string): Promise<number> {
    const admins: { id: string }[] = await em.query(
      `SELECT id FROM users WHERE role = 'admin' AND active ORDER BY id`,
    );
    return this.notifications.deliver(
      em,
      admins.map(({ id }) => ({
        userId: id,
        type: 'rollup_mismatch' as const,
        title: `Tageszahlen an ${days} ${days === 1 ? 'Tag' : 'Tagen'} korrigiert: die nächtliche Prüfung fand Abweichungen zu den Einzeldaten (Protokoll des Workers)`,
        link: null,
        dedupeKey: `rollup_mismatch:${checkedUpTo}:${id}`,
      })),
    );
  }
}

/** `officeId|YYYY-MM-DD` → its parts; null for anything else (never trusted blindly from the outbox). */
export function parseRollupDay(value: string): { officeId: string; day: string } | null {
  const [officeId, day, rest] = String(value).split('|');
  if (rest !== undefined || !UUID.test(officeId ?? '') || !DAY.test(day ?? '')) return null;
  const real = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(real.getTime()) || real.toISOString().slice(0, 10) !== day) return null;
  return { officeId, day };
}

type OfficeDay = { officeId: string; day: string };

/** The distinct, well-formed (office, day) pairs of a list. */
function uniqueDays(days: readonly RollupDay[]): OfficeDay[] {
  return [...new Set(days)].map(parseRollupDay).filter((p) => p !== null);
}

/** Recounts the days in the caller's transaction (which holds ROLLUP_LOCK) and raises the version. */
async function recountIn(em: EntityManager, pairs: readonly OfficeDay[]): Promise<number> {
  if (pairs.length === 0) return 0;
  for (const { officeId, day } of pairs) {
    await em.query(`SELECT lotsen_rollup_rebuild($1::date, $1::date, $2::uuid)`, [day, officeId]);
  }
  await em.query(ROLLUP_VERSION_RAISE);
  return pairs.length;
}
