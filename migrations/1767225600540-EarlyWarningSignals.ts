import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Early warning (issue 20.5, docs/signals.md): one row per signal of a Sozialraum × need category
 * (`signals`, at most one open per cell), the weekly tests of each signal while it was open
 * (`signal_tests`, its history), and the weeks the detector has tested (`signal_runs`: a re-run
 * of a week finds its row and changes nothing). Counts and rates only: no person, ever.
 */
export class EarlyWarningSignals1767225600540 implements MigrationInterface {
  name = 'EarlyWarningSignals1767225600540';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES districts (id),
        category_key text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        opened_at timestamptz NOT NULL DEFAULT now(),
        opened_week date NOT NULL,
        closed_at timestamptz,
        closed_week date,
        week_tested date NOT NULL,
        baseline_rate double precision NOT NULL,
        recent_rate double precision NOT NULL,
        ratio double precision NOT NULL,
        p_value double precision NOT NULL,
        recent_count integer NOT NULL CHECK (recent_count >= 0),
        baseline_count integer NOT NULL CHECK (baseline_count >= 0),
        baseline_weeks integer NOT NULL CHECK (baseline_weeks > 0),
        seasonal_factor double precision NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'open') = (closed_at IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX signals_one_open ON signals (district_id, category_key) WHERE status = 'open'`,
    );
    await q.query(`CREATE INDEX signals_status_idx ON signals (status, opened_at DESC)`);
    await q.query(`
      CREATE TABLE signal_tests (
        signal_id uuid NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
        week date NOT NULL,
        baseline_rate double precision NOT NULL,
        recent_rate double precision NOT NULL,
        ratio double precision NOT NULL,
        p_value double precision NOT NULL,
        recent_count integer NOT NULL,
        baseline_count integer NOT NULL DEFAULT 0,
        open boolean NOT NULL,
        tested_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (signal_id, week)
      )`);
    await q.query(`
      CREATE TABLE signal_runs (
        week date PRIMARY KEY,
        cells integer NOT NULL DEFAULT 0,
        opened integer NOT NULL DEFAULT 0,
        closed integer NOT NULL DEFAULT 0,
        open integer NOT NULL DEFAULT 0,
        ran_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE signal_runs`);
    await q.query(`DROP TABLE signal_tests`);
    await q.query(`DROP TABLE signals`);
  }
}
