import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Messages on a referral (issue 21.1, docs/api-referrals.md "messages"): plain text between the
 * referring office and the receiving provider. A message goes with its referral's family when
 * the family is anonymized (the anonymizer deletes them); `ON DELETE CASCADE` only follows a
 * referral that is itself removed. `users.email_on_message` (issue 21.2): the user wants an
 * e-mail without content when a message arrives ("E-Mail bei neuen Nachrichten", default off).
 */
export class ReferralMessages1767225600510 implements MigrationInterface {
  name = 'ReferralMessages1767225600510';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE referral_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        author_side text NOT NULL CHECK (author_side IN ('office', 'provider')),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX referral_messages_referral_idx ON referral_messages (referral_id, created_at, id)`,
    );
    await q.query(`ALTER TABLE users ADD COLUMN email_on_message boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN email_on_message`);
    await q.query(`DROP TABLE referral_messages`);
  }
}
