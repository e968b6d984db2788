import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Providers keep their offers current (issue 21.3, docs/provider-network.md): a provider's user
 * proposes text changes of an offer, which wait in `offer_change_requests` until a team lead or
 * an admin accepts (then the offer row changes, and with it the public answers) or rejects them
 * with a reason the provider reads. The table is not a directory table: a pending proposal never
 * raises the directory version and never reaches the portal or the HSDS API.
 *
 * `offers.confirmed_at`: when the offer's data were last confirmed — by the office editing it, a
 * provider's "Angaben sind aktuell" or an accepted change; the portal's "Stand". Existing offers
 * start with their last change. `offers.confirm_reminded_at`: when the provider was last
 * reminded that the offer was not confirmed for 6 months (one reminder per unconfirmed period).
 */
export class OfferChangeRequests1767225600520 implements MigrationInterface {
  name = 'OfferChangeRequests1767225600520';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE offer_change_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES offers (id),
        provider_id uuid NOT NULL REFERENCES providers (id),
        proposed jsonb NOT NULL CHECK (jsonb_typeof(proposed) = 'object'),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
        reason text CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 1000),
        -- the offer's values of the proposed fields when the change was accepted (the before view)
        previous jsonb,
        proposed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'rejected') = (reason IS NOT NULL)),
        CHECK ((status = 'pending') = (decided_at IS NULL))
      )`);
    // one pending proposal per offer: a second proposal amends the first
    await q.query(
      `CREATE UNIQUE INDEX offer_change_requests_pending_idx ON offer_change_requests (offer_id) WHERE status = 'pending'`,
    );
    await q.query(
      `CREATE INDEX offer_change_requests_provider_idx ON offer_change_requests (provider_id, created_at)`,
    );
    await q.query(`ALTER TABLE offers ADD COLUMN confirmed_at timestamptz`);
    await q.query(`UPDATE offers SET confirmed_at = updated_at`);
    await q.query(
      `ALTER TABLE offers ALTER COLUMN confirmed_at SET NOT NULL, ALTER COLUMN confirmed_at SET DEFAULT now()`,
    );
    await q.query(`ALTER TABLE offers ADD COLUMN confirm_reminded_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE offers DROP COLUMN confirm_reminded_at, DROP COLUMN confirmed_at`);
    await q.query(`DROP TABLE offer_change_requests`);
  }
}
