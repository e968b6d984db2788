import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case work: families and their members, consents, contacts (anonymous or not), needs,
 * follow-ups, handoffs, notifications, and the append-only audit log.
 *
 * Every case table carries the office it belongs to (`office_id`), so that the office scope of
 * the authorization policy is one indexed condition in every query.
 */
export class CaseWork1767225600002 implements MigrationInterface {
  name = 'CaseWork1767225600002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // unaccent() is only STABLE; an index needs an IMMUTABLE function with a fixed dictionary.
    await q.query(`
      CREATE FUNCTION lotsen_fold(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`);

    await q.query(`
      CREATE TABLE families (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        office_id uuid NOT NULL REFERENCES offices (id),
        owner_id uuid NOT NULL REFERENCES users (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        name_phonetic text NOT NULL DEFAULT '',
        district_id uuid REFERENCES districts (id),
        household_size integer CHECK (household_size BETWEEN 1 AND 30),
        children_count integer CHECK (children_count BETWEEN 0 AND 25),
        single_parent boolean,
        languages text[] NOT NULL DEFAULT '{}',
        interpreter_needed boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed', 'anonymized')),
        search_text text NOT NULL DEFAULT '',
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        created_by_id uuid REFERENCES users (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX families_office_activity_idx ON families (office_id, last_activity_at DESC)`);
    await q.query(`CREATE INDEX families_owner_idx ON families (owner_id)`);
    await q.query(`CREATE INDEX families_phonetic_idx ON families (office_id, name_phonetic)`);
    await q.query(
      `CREATE INDEX families_name_trgm_idx ON families USING gin (lotsen_fold(name) gin_trgm_ops)`,
    );
    await q.query(`CREATE INDEX families_search_trgm_idx ON families USING gin (search_text gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE persons (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        office_id uuid NOT NULL REFERENCES offices (id),
        relation text NOT NULL CHECK (relation IN ('parent', 'child', 'other')),
        first_name text,
        last_name text,
        last_name_phonetic text NOT NULL DEFAULT '',
        birth_date date,
        phone text,
        email text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX persons_family_idx ON persons (family_id)`);
    await q.query(`CREATE INDEX persons_dup_idx ON persons (office_id, birth_date, last_name_phonetic)`);

    // The family's search text: its name and its members' names and phone numbers, folded
    // (lower case, no accents), kept up to date by the database itself.
    await q.query(`
      CREATE FUNCTION lotsen_refresh_family_search(fid uuid) RETURNS void LANGUAGE sql AS $$
        UPDATE families f SET search_text = lotsen_fold(concat_ws(' ', f.name,
          (SELECT string_agg(concat_ws(' ', p.first_name, p.last_name, regexp_replace(coalesce(p.phone, ''), '[^0-9]', '', 'g')), ' ')
             FROM persons p WHERE p.family_id = fid)))
        WHERE f.id = fid
      $$`);
    await q.query(`
      CREATE FUNCTION lotsen_family_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'families' THEN
          PERFORM lotsen_refresh_family_search(NEW.id);
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM lotsen_refresh_family_search(OLD.family_id);
        ELSE
          PERFORM lotsen_refresh_family_search(NEW.family_id);
          IF TG_OP = 'UPDATE' AND OLD.family_id <> NEW.family_id THEN
            PERFORM lotsen_refresh_family_search(OLD.family_id);
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER families_search AFTER INSERT OR UPDATE OF name ON families
      FOR EACH ROW EXECUTE FUNCTION lotsen_family_search_trigger()`);
    await q.query(`
      CREATE TRIGGER persons_search AFTER INSERT OR UPDATE OR DELETE ON persons
      FOR EACH ROW EXECUTE FUNCTION lotsen_family_search_trigger()`);

    await q.query(`
      CREATE TABLE consents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        office_id uuid NOT NULL REFERENCES offices (id),
        scope text NOT NULL CHECK (scope IN ('store_data', 'share_with_provider', 'contact_by_phone', 'contact_by_email')),
        provider_id uuid,
        form text NOT NULL DEFAULT 'written' CHECK (form IN ('written', 'oral', 'electronic')),
        given_at timestamptz NOT NULL,
        expires_at timestamptz,
        withdrawn_at timestamptz,
        recorded_by_id uuid REFERENCES users (id),
        note text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (scope <> 'share_with_provider' OR provider_id IS NOT NULL),
        CHECK (expires_at IS NULL OR expires_at > given_at)
      )`);
    await q.query(`CREATE INDEX consents_family_idx ON consents (family_id)`);

    await q.query(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid REFERENCES families (id) ON DELETE SET NULL,
        office_id uuid NOT NULL REFERENCES offices (id),
        counsellor_id uuid NOT NULL REFERENCES users (id),
        occurred_at timestamptz NOT NULL,
        channel text NOT NULL CHECK (channel IN ('walk_in', 'phone', 'email', 'video', 'outreach', 'letter')),
        duration_minutes integer CHECK (duration_minutes BETWEEN 0 AND 600),
        district_id uuid REFERENCES districts (id),
        summary text,
        notes text,
        confidential boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (family_id IS NOT NULL OR (notes IS NULL AND confidential = false))
      )`);
    await q.query(`CREATE INDEX contacts_office_time_idx ON contacts (office_id, occurred_at DESC)`);
    await q.query(`CREATE INDEX contacts_family_idx ON contacts (family_id, occurred_at DESC)`);
    await q.query(`CREATE INDEX contacts_counsellor_idx ON contacts (counsellor_id, occurred_at DESC)`);

    await q.query(`
      CREATE TABLE needs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid REFERENCES families (id) ON DELETE SET NULL,
        contact_id uuid REFERENCES contacts (id) ON DELETE SET NULL,
        office_id uuid NOT NULL REFERENCES offices (id),
        category_key text NOT NULL REFERENCES need_categories (key) ON DELETE RESTRICT ON UPDATE RESTRICT,
        description text,
        urgency text NOT NULL DEFAULT 'normal' CHECK (urgency IN ('low', 'normal', 'high')),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'referred', 'met', 'unmet', 'withdrawn')),
        unmet_reason text CHECK (unmet_reason IN ('no_offer', 'waitlist', 'not_eligible', 'declined_by_family', 'other')),
        identified_at timestamptz NOT NULL,
        resolved_at timestamptz,
        created_by_id uuid REFERENCES users (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'unmet') = (unmet_reason IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX needs_office_time_idx ON needs (office_id, identified_at DESC)`);
    await q.query(`CREATE INDEX needs_family_idx ON needs (family_id)`);
    await q.query(`CREATE INDEX needs_contact_idx ON needs (contact_id)`);
    await q.query(`CREATE INDEX needs_category_idx ON needs (category_key)`);

    await q.query(`
      CREATE TABLE follow_ups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        office_id uuid NOT NULL REFERENCES offices (id),
        referral_id uuid,
        need_id uuid REFERENCES needs (id) ON DELETE SET NULL,
        assignee_id uuid NOT NULL REFERENCES users (id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        due_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
        done_at timestamptz,
        note text,
        created_by_id uuid REFERENCES users (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'done') = (done_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX follow_ups_office_due_idx ON follow_ups (office_id, status, due_at)`);
    await q.query(`CREATE INDEX follow_ups_assignee_due_idx ON follow_ups (assignee_id, status, due_at)`);
    await q.query(`CREATE INDEX follow_ups_family_idx ON follow_ups (family_id)`);

    await q.query(`
      CREATE TABLE handoffs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES families (id) ON DELETE CASCADE,
        office_id uuid NOT NULL REFERENCES offices (id),
        from_user_id uuid NOT NULL REFERENCES users (id),
        to_user_id uuid NOT NULL REFERENCES users (id),
        by_user_id uuid NOT NULL REFERENCES users (id),
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX handoffs_family_idx ON handoffs (family_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        type text NOT NULL,
        title text NOT NULL,
        link text,
        read_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, read_at, created_at DESC)`);

    await q.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        user_id uuid,
        office_id uuid,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id uuid,
        ip text,
        details jsonb
      )`);
    await q.query(`CREATE INDEX audit_events_office_at_idx ON audit_events (office_id, at DESC)`);
    await q.query(`CREATE INDEX audit_events_entity_idx ON audit_events (entity, entity_id, at DESC)`);
    await q.query(`
      CREATE FUNCTION lotsen_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION lotsen_audit_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION lotsen_audit_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events`);
    await q.query(`DROP FUNCTION lotsen_audit_append_only()`);
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE handoffs`);
    await q.query(`DROP TABLE follow_ups`);
    await q.query(`DROP TABLE needs`);
    await q.query(`DROP TABLE contacts`);
    await q.query(`DROP TABLE consents`);
    await q.query(`DROP TABLE persons`);
    await q.query(`DROP TABLE families`);
    await q.query(`DROP FUNCTION lotsen_family_search_trigger()`);
    await q.query(`DROP FUNCTION lotsen_refresh_family_search(uuid)`);
    await q.query(`DROP FUNCTION lotsen_fold(text)`);
  }
}
