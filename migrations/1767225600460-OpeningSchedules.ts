import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Structured opening hours (issue 18 point 3; docs/hsds.md "Schedules"): weekly slots
 * `[{day, opens, closes}]` in Potsdam's local time beside the free-text note, for offers and for
 * providers (a Verwaltungsleistung's responsible body). The rules (weekday, HH:MM, end after
 * start, no overlap, 21 slots) are libs/domain `openingScheduleProblems`, checked by the API; the
 * database keeps the shape (a list of at most 21).
 */
export class OpeningSchedules1767225600460 implements MigrationInterface {
  name = 'OpeningSchedules1767225600460';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['offers', 'providers']) {
      await q.query(`
        ALTER TABLE ${table} ADD COLUMN opening_schedule jsonb NOT NULL DEFAULT '[]'
          CONSTRAINT ${table}_opening_schedule_check
          CHECK (jsonb_typeof(opening_schedule) = 'array' AND jsonb_array_length(opening_schedule) <= 21)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['offers', 'providers'])
      await q.query(`ALTER TABLE ${table} DROP COLUMN opening_schedule`);
  }
}
