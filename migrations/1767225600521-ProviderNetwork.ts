import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Directory for the network (issue 21.5, docs/provider-network.md): `providers.network_contact`,
 * an internal contact line the provider chooses to share with the other providers (never public);
 * and the referral status `returned` — the provider hands a referral back to the office
 * ("Zurück an das Familienbüro", its reason in the note) instead of declining it.
 */
export class ProviderNetwork1767225600521 implements MigrationInterface {
  name = 'ProviderNetwork1767225600521';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE providers ADD COLUMN network_contact text CHECK (length(network_contact) <= 300)`,
    );
    await q.query(`ALTER TABLE referrals DROP CONSTRAINT referrals_status_check`);
    await q.query(`ALTER TABLE referrals ADD CONSTRAINT referrals_status_check CHECK (status IN
      ('draft', 'sent', 'accepted', 'in_progress', 'completed', 'declined', 'cancelled', 'not_taken_up', 'returned'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referrals DROP CONSTRAINT referrals_status_check`);
    await q.query(`ALTER TABLE referrals ADD CONSTRAINT referrals_status_check CHECK (status IN
      ('draft', 'sent', 'accepted', 'in_progress', 'completed', 'declined', 'cancelled', 'not_taken_up'))`);
    await q.query(`ALTER TABLE providers DROP COLUMN network_contact`);
  }
}
