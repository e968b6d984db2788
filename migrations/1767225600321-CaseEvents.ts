import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 25.4/25.8: the moves of a case that leave no row of their own — a referral's every move
 * (who, when, on the provider's behalf and by which channel), a need's status changes, a
 * follow-up moved or done — so that the family's history tells the whole story. Enum values and
 * times only, never a text: nothing here needs erasing when the family is anonymized. A referral
 * move keeps what it changed (`previous`), so its author can undo it within 10 minutes.
 */
export class CaseEvents1767225600321 implements MigrationInterface {
  name = 'CaseEvents1767225600321';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        office_id uuid NOT NULL REFERENCES offices (id),
        kind text NOT NULL CHECK (kind IN ('referral_move', 'need_status', 'follow_up_moved', 'follow_up_done')),
        entity_id uuid NOT NULL,
        by_user_id uuid REFERENCES users (id),
        from_value text,
        to_value text,
        on_behalf_of_provider boolean NOT NULL DEFAULT false,
        channel text CHECK (channel IN ('phone', 'email', 'letter', 'in_person', 'other')),
        previous jsonb,
        undone_at timestamptz,
        undone_by_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX case_events_family_idx ON case_events (family_id, created_at DESC)`);
    await q.query(`CREATE INDEX case_events_entity_idx ON case_events (entity_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_events`);
  }
}
