import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The provider receives one allow-list (issue 24.8, docs/privacy.md): the notes a provider may
 * read of a referral — the office's note written for it at creation and the provider's own notes
 * on its moves — are kept apart from the office's notes on its moves (`note`, staff only).
 * Existing referrals keep what their provider could already read until now.
 */
export class ProviderReferralNote1767225600248 implements MigrationInterface {
  name = 'ProviderReferralNote1767225600248';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referrals ADD COLUMN provider_note text`);
    await q.query(`UPDATE referrals SET provider_note = note WHERE note IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referrals DROP COLUMN provider_note`);
  }
}
