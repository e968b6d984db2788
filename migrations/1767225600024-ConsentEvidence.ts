import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A consent is evidence (issue 24.3): a new consent may name the one it replaces (extending a
 * consent means recording a new one), and the database refuses what the API refuses — a change
 * of scope, provider, form, `given_at` or `expires_at`, and any change of `withdrawn_at` once it
 * is set. Deleting (the anonymization of a family) stays possible.
 */
export class ConsentEvidence1767225600024 implements MigrationInterface {
  name = 'ConsentEvidence1767225600024';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE consents ADD COLUMN replaces_consent_id uuid REFERENCES consents (id) ON DELETE SET NULL`,
    );
    await q.query(`CREATE INDEX consents_replaces_consent_id_idx ON consents (replaces_consent_id)`);
    await q.query(`
      CREATE FUNCTION consents_are_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.scope IS DISTINCT FROM OLD.scope OR NEW.provider_id IS DISTINCT FROM OLD.provider_id
           OR NEW.form IS DISTINCT FROM OLD.form OR NEW.given_at IS DISTINCT FROM OLD.given_at
           OR NEW.expires_at IS DISTINCT FROM OLD.expires_at
           OR NEW.family_id IS DISTINCT FROM OLD.family_id
           OR (OLD.withdrawn_at IS NOT NULL AND NEW.withdrawn_at IS DISTINCT FROM OLD.withdrawn_at) THEN
          RAISE EXCEPTION 'a consent is evidence: only its note changes, and its withdrawal is set once'
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER consents_are_evidence BEFORE UPDATE ON consents
        FOR EACH ROW EXECUTE FUNCTION consents_are_evidence()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER consents_are_evidence ON consents`);
    await q.query(`DROP FUNCTION consents_are_evidence()`);
    await q.query(`ALTER TABLE consents DROP COLUMN replaces_consent_id`);
  }
}
