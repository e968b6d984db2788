/*
 * The create's statement, without imports: the benchmark's floor (bench/floor-handlers.mjs) sends the same text from the build.
 */

/** Every column a contact is read with (`clientId` is never returned: `select: false`). */
export const CONTACT_RETURNING = `id, version, created_at, updated_at, family_id, office_id, counsellor_id, occurred_at,
  channel, duration_minutes, district_id, summary, notes, confidential, cancelled_at, cancelled_by_id, cancel_reason,
  cancel_note`;

/**
 * A new contact in one statement, returned as stored (issue 19 point 2: no save + reload). The
 * benchmark's floor (bench/floor-handlers.mjs) sends it as it is.
 */
export const CONTACT_INSERT = `INSERT INTO contacts (family_id, office_id, counsellor_id, occurred_at, channel,
    duration_minutes, district_id, summary, notes, confidential, client_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
  RETURNING ${CONTACT_RETURNING}`;
