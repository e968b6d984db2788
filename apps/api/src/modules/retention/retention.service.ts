import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CALLBACK_LIMITS } from '@lotsen/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { FamilyAnonymizer } from '../families/family-anonymizer.service';
import { pruneFamilySearchDictionary } from '../families/family-search';
import { dueFamilyIds, retentionCutoff } from './retention.queries';

export interface RetentionRun {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  retentionMonths: number;
  cutoff: string;
  anonymized: number;
  failed: number;
  trigger: 'schedule' | 'manual';
  /** Audit events deleted because they were older than `auditRetentionMonths`. */
  auditEventsDeleted: number;
  auditRetentionMonths: number | null;
  /** Rückrufbitten of the Familienportal erased (not taken within 30 days; done or closed 30 days ago). */
  callbackRequestsDeleted: number;
}

export interface RetentionStatus {
  retentionMonths: number;
  auditRetentionMonths: number;
  cutoff: string;
  /** Families that the next run would anonymize. */
  dueFamilies: number;
  lastRun: RetentionRun | null;
}

/** Sent outbox rows are kept this long (their payloads may carry names), then deleted. */
export const OUTBOX_KEEP_DAYS = 30;
const BATCH = 100;

/**
 * The deletion period (domain.md, "Deletion is a feature"): a family without any activity for
 * RETENTION_MONTHS is anonymized by the nightly job, each in its own transaction, each with an
 * audit row naming the rule. Audit events older than AUDIT_RETENTION_MONTHS are deleted in the
 * same run. A run is recorded in `retention_runs`; a second run finds nothing.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly dataSource: DataSource,
    private readonly anonymizer: FamilyAnonymizer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get rule(): string {
    return `retention:${this.config.retentionMonths}_months_without_activity`;
  }

  async run(trigger: RetentionRun['trigger']): Promise<RetentionRun> {
    const months = this.config.retentionMonths;
    const cutoff = await retentionCutoff(this.dataSource.manager, months);
    const auditMonths = this.config.auditRetentionMonths;
    const [{ id }]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO retention_runs (retention_months, cutoff, trigger, audit_retention_months)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [months, cutoff, trigger, auditMonths],
    );
    let anonymized = 0;
    const failed: string[] = [];
    for (;;) {
      const ids = await dueFamilyIds(this.dataSource.manager, cutoff, BATCH, failed);
      if (ids.length === 0) break;
      for (const familyId of ids) {
        try {
          const done = await this.dataSource.transaction((em) =>
            this.anonymizer.anonymize(em, familyId, { userId: null, rule: this.rule }),
          );
          if (done) anonymized++;
        } catch (err) {
          failed.push(familyId);
          this.logger.error(
            `Family ${familyId} could not be anonymized: ${err instanceof Error ? err.message : String(err)}`,
          );
        }
      }
    }
    // the search dictionary forgets the names and numbers no family holds any more (erased above,
    // or changed since the last run)
    await pruneFamilySearchDictionary(this.dataSource);
    // lockout rows whose window and lock have passed: they hold what was typed as an e-mail
    await this.dataSource.query(
      `DELETE FROM login_throttle
       WHERE (locked_until IS NULL OR locked_until < now())
         AND (window_started_at IS NULL OR window_started_at < now() - $1 * interval '1 millisecond')`,
      [this.config.lockoutWindowMs],
    );
    await this.dataSource.query(`DELETE FROM outbox WHERE sent_at < now() - make_interval(days => $1)`, [
      OUTBOX_KEEP_DAYS,
    ]);
    const auditEventsDeleted = await this.purgeAuditEvents(auditMonths);
    const callbackRequestsDeleted = await this.eraseCallbackRequests();
    await this.dataSource.query(
      `UPDATE retention_runs SET finished_at = now(), anonymized = $2, failed = $3, audit_events_deleted = $4,
         callback_requests_deleted = $5
       WHERE id = $1`,
      [id, anonymized, failed.length, auditEventsDeleted, callbackRequestsDeleted],
    );
    if (anonymized > 0 || failed.length > 0) {
      this.logger.log(`Retention (${this.rule}): ${anonymized} families anonymized, ${failed.length} failed`);
    }
    this.logger.log(`Retention: ${auditEventsDeleted} audit events older than ${auditMonths} months deleted`);
    this.logger.log(`Retention: ${callbackRequestsDeleted} callback requests erased`);
    const recorded = await this.lastRun();
    if (!recorded) throw new Error('The retention run was not recorded');
    return recorded;
  }

  /**
   * Erases the Familienportal's Rückrufbitten (docs/portal.md, "Rückruf erbitten"): one not taken
   * within CALLBACK_LIMITS.retentionDays of its arrival, and one done or closed that long ago
   * (libs/domain `callbackErasableFrom`). A taken one is kept until it is done or closed. Only
   * the count is logged and recorded.
   */
  private async eraseCallbackRequests(): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `WITH deleted AS (
         DELETE FROM callback_requests
          WHERE (status = 'open' AND created_at < now() - make_interval(days => $1))
             OR (status = 'done' AND done_at < now() - make_interval(days => $1))
             OR (status = 'closed' AND closed_at < now() - make_interval(days => $1))
         RETURNING 1)
       SELECT count(*)::int AS n FROM deleted`,
      [CALLBACK_LIMITS.retentionDays],
    );
    return n;
  }

  /**
   * Deletes the audit events older than `months` months. The append-only trigger lets these
   * DELETEs through only because the transaction names the cutoff (migration AuditPrivacy).
   */
  private purgeAuditEvents(months: number): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const [{ cutoff }]: { cutoff: string }[] = await em.query(
        `SELECT (now() - make_interval(months => $1))::text AS cutoff`,
        [months],
      );
      await em.query(`SELECT set_config('lotsen.audit_purge_before', $1, true)`, [cutoff]);
      const [{ n }]: { n: number }[] = await em.query(
        `WITH deleted AS (DELETE FROM audit_events WHERE at < $1 RETURNING 1) SELECT count(*)::int AS n FROM deleted`,
        [cutoff],
      );
      return n;
    });
  }

  async status(): Promise<RetentionStatus> {
    const months = this.config.retentionMonths;
    const cutoff = await retentionCutoff(this.dataSource.manager, months);
    const [{ due }]: { due: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS due FROM families WHERE status <> 'anonymized' AND last_activity_at < $1`,
      [cutoff],
    );
    return {
      retentionMonths: months,
      auditRetentionMonths: this.config.auditRetentionMonths,
      cutoff: cutoff.toISOString(),
      dueFamilies: due,
      lastRun: await this.lastRun(),
    };
  }

  private async lastRun(): Promise<RetentionRun | null> {
    const rows: {
      id: string;
      started_at: Date;
      finished_at: Date | null;
      retention_months: number;
      cutoff: Date;
      anonymized: number;
      failed: number;
      trigger: RetentionRun['trigger'];
      audit_events_deleted: number;
      audit_retention_months: number | null;
      callback_requests_deleted: number;
    }[] = await this.dataSource.query(`SELECT * FROM retention_runs ORDER BY started_at DESC LIMIT 1`);
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      startedAt: new Date(r.started_at).toISOString(),
      finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
      retentionMonths: r.retention_months,
      cutoff: new Date(r.cutoff).toISOString(),
      anonymized: r.anonymized,
      failed: r.failed,
      trigger: r.trigger,
      auditEventsDeleted: r.audit_events_deleted,
      auditRetentionMonths: r.audit_retention_months,
      callbackRequestsDeleted: r.callback_requests_deleted,
    };
  }
}
