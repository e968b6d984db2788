import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/config';

/**
 * The city's report answers kept in memory while their figures do not change (docs/rollups.md,
 * "Answers kept in memory"). An analyst's report is planned over its whole calendar year (the
 * suppression plan and its audit, issue 24), which costs far more than reading the rollups; the
 * figures of a past quarter change rarely. An answer is kept under the rollups' version (raised by
 * every recount) and the directory's (categories, Sozialräume, providers: their names and
 * sensitivity); either moving drops every kept answer at the next request, on every API process.
 * An answer computed while a version moved on is not kept. Only suppressed, aggregated answers are
 * kept — never a person; least recently used answers go first.
 */
@Injectable()
export class RollupAnswers {
  private readonly kept = new Map<string, string>();
  private version: string | null = null;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The answer to `key` at the current versions: kept, or computed now (and kept). */
  async answer<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.currentVersion();
    if (version !== this.version) {
      this.kept.clear();
      this.version = version;
    }
    const hit = this.kept.get(key);
    if (hit !== undefined) {
      this.kept.delete(key);
      this.kept.set(key, hit);
      return JSON.parse(hit) as T;
    }
    const fresh = await compute();
    const limit = this.config.reportAnswersKept;
    if (limit > 0 && (await this.currentVersion()) === version && this.version === version) {
      this.kept.set(key, JSON.stringify(fresh));
      for (const oldest of this.kept.keys()) {
        if (this.kept.size <= limit) break;
        this.kept.delete(oldest);
      }
    }
    return fresh;
  }

  /** How many answers are kept now (tests). */
  get size(): number {
    return this.kept.size;
  }

  private async currentVersion(): Promise<string> {
    const rows: { v: string }[] = await this.db.query(
      `SELECT (SELECT version FROM rollup_version WHERE id = 1)::text || '/' ||
              (SELECT version FROM directory_version WHERE id = 1)::text AS v`,
    );
    return rows[0]?.v ?? '';
  }
}
