import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { berlinDay, searchCountKey, type PortalLang, type SearchCountCell } from '@lotsen/domain';

/** How often the gathered counts are written (and on shutdown). */
export const SEARCH_COUNT_FLUSH_MS = 5_000;

/**
 * Suchstatistik (issue 17 point 8; docs/portal.md "Search counts"). A search adds 1 to a cell
 * (day, Sozialraum or whole city, language, matched key) in memory; every few seconds the cells
 * are added to `portal_search_counts` in one statement, so 32 searches at once wait for no row lock
 * and the search's answer never waits for the counter. What a crash loses is at most the last few
 * seconds of a statistic; nothing of a family is in it either way (no text, no time, no address).
 */
@Injectable()
export class SearchCounterService implements OnModuleDestroy {
  private readonly logger = new Logger('PortalSearchCounts');
  private pending = new Map<string, { cell: SearchCountCell; n: number }>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly db: DataSource) {
    this.timer = setInterval(() => void this.flush(), SEARCH_COUNT_FLUSH_MS);
    this.timer.unref();
  }

  /** Counts a portal search of offers, if it is one (see libs/domain `searchCountKey`). */
  record(
    query: { q?: string; lifeSituation?: string; offset?: number; districtId?: string; lang?: PortalLang },
    bestHitCategoryKeys: readonly string[] | undefined,
    at = new Date(),
  ): void {
    const key = searchCountKey({ ...query, bestHitCategoryKeys });
    if (key === null) return;
    const cell: SearchCountCell = {
      day: berlinDay(at),
      districtId: query.districtId ?? null,
      lang: query.lang ?? 'de',
      key,
    };
    const id = `${cell.day}|${cell.districtId ?? ''}|${cell.lang}|${cell.key}`;
    const entry = this.pending.get(id);
    if (entry) entry.n += 1;
    else this.pending.set(id, { cell, n: 1 });
  }

  /** Writes what was gathered (one at a time); on a database error the counts stay for the next try. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    try {
      // an unknown Sozialraum (a made-up id in the address bar) counts for the whole city
      await this.db.query(
        `INSERT INTO portal_search_counts (day, district_id, lang, key, count)
         SELECT u.day, d.id, u.lang, u.key, sum(u.n)::int
         FROM unnest($1::date[], $2::uuid[], $3::text[], $4::text[], $5::int[]) AS u(day, district_id, lang, key, n)
         LEFT JOIN districts d ON d.id = u.district_id
         GROUP BY u.day, d.id, u.lang, u.key
         ON CONFLICT ON CONSTRAINT portal_search_counts_key
         DO UPDATE SET count = portal_search_counts.count + EXCLUDED.count`,
        [
          batch.map((b) => b.cell.day),
          batch.map((b) => b.cell.districtId),
          batch.map((b) => b.cell.lang),
          batch.map((b) => b.cell.key),
          batch.map((b) => b.n),
        ],
      );
    } catch (err) {
      for (const b of batch) {
        const id = `${b.cell.day}|${b.cell.districtId ?? ''}|${b.cell.lang}|${b.cell.key}`;
        const entry = this.pending.get(id);
        if (entry) entry.n += b.n;
        else this.pending.set(id, b);
      }
      this.logger.error(
        `Suchstatistik nicht geschrieben (${batch.length} Zellen bleiben im Speicher): ${String(err)}`,
      );
    }
  }
}
