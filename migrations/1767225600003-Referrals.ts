import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Provider directory (providers, offers) and closed-loop referrals. */
export class Referrals1767225600003 implements MigrationInterface {
  name = 'Referrals1767225600003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE providers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('city_department', 'independent', 'health', 'other')),
        address text,
        district_id uuid REFERENCES districts (id),
        phone text,
        email text,
        website text,
        languages text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX providers_name_key ON providers (lower(name))`);
    await q.query(
      `CREATE INDEX providers_name_trgm_idx ON providers USING gin (lotsen_fold(name) gin_trgm_ops)`,
    );
    await q.query(`
      CREATE TABLE offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES providers (id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text,
        category_keys text[] NOT NULL DEFAULT '{}',
        district_ids uuid[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        age_from integer CHECK (age_from BETWEEN 0 AND 99),
        age_to integer CHECK (age_to BETWEEN 0 AND 99),
        address text,
        phone text,
        email text,
        opening_hours text,
        capacity text NOT NULL DEFAULT 'available' CHECK (capacity IN ('available', 'waitlist', 'full')),
        address_hidden boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (age_from IS NULL OR age_to IS NULL OR age_from <= age_to)
      )`);
    await q.query(`CREATE INDEX offers_provider_idx ON offers (provider_id)`);
    await q.query(`CREATE INDEX offers_categories_idx ON offers USING gin (category_keys)`);
    await q.query(`CREATE INDEX offers_districts_idx ON offers USING gin (district_ids)`);
    await q.query(`
      CREATE TABLE referrals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        need_id uuid NOT NULL REFERENCES needs (id),
        family_id uuid NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        office_id uuid NOT NULL REFERENCES offices (id),
        counsellor_id uuid NOT NULL REFERENCES users (id),
        offer_id uuid REFERENCES offers (id),
        provider_id uuid NOT NULL REFERENCES providers (id),
        mode text NOT NULL CHECK (mode IN ('info', 'warm')),
        consent_id uuid REFERENCES consents (id),
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'sent', 'accepted', 'in_progress', 'completed', 'declined', 'cancelled', 'not_taken_up')),
        sent_at timestamptz,
        responded_at timestamptz,
        completed_at timestamptz,
        outcome text CHECK (outcome IN ('successful', 'partly', 'unsuccessful')),
        decline_reason text
          CHECK (decline_reason IN ('no_capacity', 'not_eligible', 'out_of_area', 'family_unreachable', 'family_declined', 'other')),
        note text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'completed') = (outcome IS NOT NULL)),
        CHECK (status <> 'declined' OR decline_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX referrals_office_sent_idx ON referrals (office_id, sent_at DESC)`);
    await q.query(`CREATE INDEX referrals_provider_idx ON referrals (provider_id, status)`);
    await q.query(`CREATE INDEX referrals_need_idx ON referrals (need_id)`);
    await q.query(`CREATE INDEX referrals_family_idx ON referrals (family_id)`);
    // The references that case work and users left open until the directory existed.
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT users_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES providers (id)`,
    );
    await q.query(
      `ALTER TABLE consents ADD CONSTRAINT consents_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES providers (id)`,
    );
    await q.query(
      `ALTER TABLE follow_ups ADD CONSTRAINT follow_ups_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES referrals (id) ON DELETE SET NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE follow_ups DROP CONSTRAINT follow_ups_referral_id_fkey`);
    await q.query(`ALTER TABLE consents DROP CONSTRAINT consents_provider_id_fkey`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_provider_id_fkey`);
    await q.query(`DROP TABLE referrals`);
    await q.query(`DROP TABLE offers`);
    await q.query(`DROP TABLE providers`);
  }
}
