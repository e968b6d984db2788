/*
 * The create's statement, without imports: the benchmark's floor (bench/floor-handlers.mjs) sends the same text from the build.
 */

/** Every column a need is read with (`createdById` is never returned: `select: false`). */
export const NEED_RETURNING = `id, version, created_at, updated_at, family_id, contact_id, office_id, category_key,
  description, urgency, status, unmet_reason, identified_at, resolved_at, cancelled_at`;

/**
 * All needs of one write in one statement (issue 19 point 2: no save + reload per need). The ids
 * are given here, so that the rows come back in the order given whatever order PostgreSQL
 * returns them in. Also sent as it is by the benchmark's floor (bench/floor-handlers.mjs).
 */
export const NEEDS_INSERT = `INSERT INTO needs (id, family_id, contact_id, office_id, category_key, description,
    urgency, status, unmet_reason, identified_at, resolved_at, created_by_id)
  SELECT n.id, $1::uuid, $2::uuid, $3::uuid, n.category_key, n.description, n.urgency, n.status, n.unmet_reason,
    $4::timestamptz, CASE WHEN n.resolved THEN $4::timestamptz END, $5::uuid
    FROM unnest($6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::boolean[])
      WITH ORDINALITY AS n(id, category_key, description, urgency, status, unmet_reason, resolved, ord)
   ORDER BY n.ord
  RETURNING ${NEED_RETURNING}`;
