import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rückrufbitten from the Familienportal (issue 17 point 7; docs/portal.md "Rückruf erbitten"):
 * a family asks an office to call or write back. Stored: the office, the topic, a name or
 * pseudonym, a phone number and/or an e-mail address, the language, a preferred time, the
 * consent text shown with its version — never an IP address. Staff take a request, record its
 * outcome or close it, and may turn it into an (anonymous) contact. The retention job deletes a
 * request not taken within 30 days, and a done or closed one 30 days after
 * (`retention_runs.callback_requests_deleted` counts them).
 */
export class CallbackRequests1767225600410 implements MigrationInterface {
  name = 'CallbackRequests1767225600410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE callback_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid NOT NULL REFERENCES offices (id),
        topic text NOT NULL CHECK (length(topic) BETWEEN 1 AND 100),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        phone text CHECK (length(phone) <= 30),
        email text CHECK (length(email) <= 254),
        lang text NOT NULL CHECK (lang IN ('de', 'ls', 'en', 'uk', 'ar', 'tr')),
        preferred_time text CHECK (length(preferred_time) <= 120),
        consent_text text NOT NULL,
        consent_version text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'taken', 'done', 'closed')),
        taken_by_id uuid REFERENCES users (id),
        taken_at timestamptz,
        outcome text CHECK (length(outcome) <= 1000),
        done_at timestamptz,
        close_reason text,
        closed_at timestamptz,
        contact_id uuid REFERENCES contacts (id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (phone IS NOT NULL OR email IS NOT NULL),
        CHECK (status = 'open' OR taken_at IS NOT NULL OR status = 'closed'),
        CHECK (status <> 'done' OR (done_at IS NOT NULL AND outcome IS NOT NULL)),
        CHECK (status <> 'closed' OR closed_at IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX callback_requests_office_idx ON callback_requests (office_id, status, created_at DESC)`,
    );
    await q.query(
      `ALTER TABLE retention_runs ADD COLUMN callback_requests_deleted integer NOT NULL DEFAULT 0`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE retention_runs DROP COLUMN callback_requests_deleted`);
    await q.query(`DROP TABLE callback_requests`);
  }
}
