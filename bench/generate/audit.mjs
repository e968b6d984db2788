// The audit rows of the load, derived from the loaded tables by SQL.

/** The audit rows the app writes with every create of family data (audit.service.ts). */
export async function writeAuditEvents(db) {
  await db.query(`
  INSERT INTO audit_events (at, user_id, office_id, action, entity, entity_id, ip, details)
  SELECT at, user_id, office_id, action, entity, entity_id, '127.0.0.1', details FROM (
    SELECT created_at AS at, created_by_id AS user_id, office_id, 'family.create' AS action, 'family' AS entity, id AS entity_id, NULL::jsonb AS details FROM families
    UNION ALL SELECT p.created_at, f.created_by_id, p.office_id, 'person.create', 'person', p.id, jsonb_build_object('familyId', p.family_id) FROM persons p JOIN families f ON f.id = p.family_id
    UNION ALL SELECT created_at, counsellor_id, office_id, 'contact.create', 'contact', id, jsonb_build_object('familyId', family_id) FROM contacts WHERE family_id IS NOT NULL
    UNION ALL SELECT created_at, created_by_id, office_id, 'need.create', 'need', id, jsonb_build_object('familyId', family_id) FROM needs WHERE family_id IS NOT NULL
    UNION ALL SELECT created_at, counsellor_id, office_id, 'referral.create', 'referral', id, jsonb_build_object('familyId', family_id) FROM referrals
    UNION ALL SELECT created_at, created_by_id, office_id, 'follow_up.create', 'follow_up', id, jsonb_build_object('familyId', family_id) FROM follow_ups WHERE referral_id IS NULL
  ) a ORDER BY at`);
}
