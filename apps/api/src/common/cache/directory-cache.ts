import { Injectable, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What a public route answers: its body, and when the data behind it last changed. */
export interface DirectoryAnswer<T = unknown> {
  body: T;
  modified?: Date;
}

/** An answer as kept: the body already serialized, and a small side value the route needs. */
export interface KeptAnswer<M = unknown> {
  json: string;
  modified?: Date;
  meta?: M;
}

/** Memory the kept answers may use together (UTF-16 characters × 2), and one answer at most. */
export const DIRECTORY_CACHE_BYTES = 24 * 1024 * 1024;
const ONE_ANSWER_BYTES = DIRECTORY_CACHE_BYTES / 8;

/**
 * Public answers kept in memory while the directory does not change (issues 17 point 10 and 18
 * point 6; docs/portal.md "Answers kept in memory"). The Familienportal and the HSDS API answer
 * everybody the same for the same question; their data change a few times a day. Each request
 * reads the directory's version (one row, kept by triggers on every directory table — migration
 * DirectoryVersion1767225600480), so a change is seen by the next request at once, on every API
 * process; an answer computed while the version moved on is not kept.
 *
 * Least recently used answers go first when the memory bound is reached. Nothing personal is
 * ever kept here: only public directory answers (offers, services, organizations, terms).
 */
@Injectable()
export class DirectoryCache {
  private readonly kept = new Map<string, KeptAnswer & { bytes: number }>();
  private version: string | null = null;
  private bytes = 0;

  constructor(private readonly db: DataSource) {}

  /** The answer to `key` at the directory's current version: kept, or computed now (and kept). */
  async answer<T, M = unknown>(
    key: string,
    compute: () => Promise<DirectoryAnswer<T>>,
    meta?: (body: T) => M,
  ): Promise<KeptAnswer<M>> {
    const version = await this.currentVersion();
    if (version !== this.version) this.reset(version);
    const hit = this.kept.get(key);
    if (hit) {
      // most recently used last: Map keeps insertion order
      this.kept.delete(key);
      this.kept.set(key, hit);
      return hit as KeptAnswer<M>;
    }
    const fresh = await compute();
    const entry = {
      json: JSON.stringify(fresh.body),
      modified: fresh.modified,
      meta: meta?.(fresh.body),
      bytes: 0,
    };
    entry.bytes = entry.json.length * 2 + key.length * 2;
    if (this.version === version && entry.bytes <= ONE_ANSWER_BYTES) this.keep(key, entry);
    return entry;
  }

  /** How many answers are kept now (for tests and the operations page). */
  get size(): number {
    return this.kept.size;
  }

  private async currentVersion(): Promise<string> {
    const rows: { version: string }[] = await this.db.query(
      `SELECT version FROM directory_version WHERE id = 1`,
    );
    return String(rows[0]?.version ?? '0');
  }

  private reset(version: string): void {
    this.kept.clear();
    this.bytes = 0;
    this.version = version;
  }

  private keep(key: string, entry: KeptAnswer & { bytes: number }): void {
    this.kept.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest, old] of this.kept) {
      if (this.bytes <= DIRECTORY_CACHE_BYTES) break;
      this.kept.delete(oldest);
      this.bytes -= old.bytes;
    }
  }
}

/** The key of a question: the route and its validated parameters, in a fixed order. */
export function answerKey(route: string, params: object): string {
  const entries = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${route}?${JSON.stringify(entries)}`;
}

@Module({ providers: [DirectoryCache], exports: [DirectoryCache] })
export class DirectoryCacheModule {}
