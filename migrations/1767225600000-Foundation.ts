import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Offices, staff accounts, sessions, login lockout and the seed ledger. */
export class Foundation1767225600000 implements MigrationInterface {
  name = 'Foundation1767225600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE offices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        address text,
        kind text NOT NULL DEFAULT 'main' CHECK (kind IN ('main', 'outreach')),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX offices_name_key ON offices (lower(name))`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('counsellor', 'team_lead', 'admin', 'analyst', 'provider')),
        office_id uuid REFERENCES offices (id) ON DELETE RESTRICT,
        provider_id uuid,
        active boolean NOT NULL DEFAULT true,
        password_hash text NOT NULL,
        last_login_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_office_roles CHECK (role NOT IN ('counsellor', 'team_lead') OR office_id IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await q.query(`CREATE INDEX users_office_idx ON users (office_id)`);
    await q.query(`
      CREATE TABLE sessions (
        sid text PRIMARY KEY,
        user_id uuid REFERENCES users (id) ON DELETE CASCADE,
        data jsonb NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await q.query(`CREATE INDEX sessions_expires_idx ON sessions (expires_at)`);
    await q.query(`
      CREATE TABLE login_throttle (
        email text PRIMARY KEY,
        failures integer NOT NULL DEFAULT 0,
        window_started_at timestamptz,
        locked_until timestamptz
      )`);
    await q.query(`
      CREATE TABLE seed_runs (
        name text PRIMARY KEY,
        ran_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE seed_runs`);
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE offices`);
  }
}
