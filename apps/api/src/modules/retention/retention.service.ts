import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { FamilyAnonymizer } from '../families/family-anonymizer.service';
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
}

export interface RetentionStatus {
  retentionMonths: number;
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
 * audit row naming the rule. A run is recorded in `retention_runs`; a second run finds nothing.
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
    const [{ id }]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO retention_runs (retention_months, cutoff, trigger) VALUES ($1, $2, $3) RETURNING id`,
      [months, cutoff, trigger],
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
    await this.dataSource.query(`DELETE FROM outbox WHERE sent_at < now() - make_interval(days => $1)`, [
      OUTBOX_KEEP_DAYS,
    ]);
    await this.dataSource.query(
      `UPDATE retention_runs SET finished_at = now(), anonymized = $2, failed = $3 WHERE id = $1`,
      [id, anonymized, failed.length],
    );
    if (anonymized > 0 || failed.length > 0) {
      this.logger.log(`Retention (${this.rule}): ${anonymized} families anonymized, ${failed.length} failed`);
    }
    const recorded = await this.lastRun();
    if (!recorded) throw new Error('The retention run was not recorded');
    return recorded;
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
    };
  }
}
