import type { EntityManager } from 'typeorm';
import type { FamilyStatus, NeedStatus, UnmetReason, FollowUpStatus } from '@lotsen/domain';
import { DEMO_PROVIDER_USER } from './demo-offices-users';
import type { DemoReferrals, DemoReferralsInput } from './demo-referral-rows';
import { insertRows } from './insert-rows';

const isoOf = (value: Date | string | null): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString() : new Date(value).toISOString();

/** Reads the case work the referrals are built on (every family that is not anonymized). */
export async function readDemoReferralsInput(em: EntityManager): Promise<DemoReferralsInput> {
  const families: {
    id: string;
    office_id: string;
    owner_id: string;
    status: FamilyStatus;
    district_code: string | null;
    languages: string[];
    last_activity_at: Date;
  }[] = await em.query(
    `SELECT f.id, f.office_id, f.owner_id, f.status, d.code AS district_code, f.languages, f.last_activity_at
       FROM families f LEFT JOIN districts d ON d.id = f.district_id
      WHERE f.status <> 'anonymized'`,
  );
  const needs: {
    id: string;
    family_id: string;
    category_key: string;
    status: NeedStatus;
    unmet_reason: UnmetReason | null;
    identified_at: Date;
    resolved_at: Date | null;
    created_at: Date;
    updated_at: Date;
  }[] = await em.query(
    `SELECT n.id, n.family_id, n.category_key, n.status, n.unmet_reason, n.identified_at, n.resolved_at,
            n.created_at, n.updated_at
       FROM needs n
      WHERE n.family_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM referrals x WHERE x.need_id = n.id)`,
  );
  const followUps: {
    id: string;
    need_id: string;
    title: string;
    status: FollowUpStatus;
    created_at: Date;
    done_at: Date | null;
  }[] = await em.query(
    `SELECT id, need_id, title, status, created_at, done_at FROM follow_ups
      WHERE need_id IS NOT NULL AND referral_id IS NULL AND title LIKE 'Rückmeldung zur Vermittlung%'
      ORDER BY created_at, id`,
  );
  return {
    families: families.map((f) => ({
      id: f.id,
      officeId: f.office_id,
      ownerId: f.owner_id,
      status: f.status,
      districtCode: f.district_code,
      languages: f.languages,
      lastActivityAt: isoOf(f.last_activity_at) as string,
    })),
    needs: needs.map((n) => ({
      id: n.id,
      familyId: n.family_id,
      categoryKey: n.category_key,
      status: n.status,
      unmetReason: n.unmet_reason,
      identifiedAt: isoOf(n.identified_at) as string,
      resolvedAt: isoOf(n.resolved_at),
      createdAt: isoOf(n.created_at) as string,
      updatedAt: isoOf(n.updated_at) as string,
    })),
    followUps: followUps.map((f) => ({
      id: f.id,
      needId: f.need_id,
      title: f.title,
      status: f.status,
      createdAt: isoOf(f.created_at) as string,
      doneAt: isoOf(f.done_at),
    })),
  };
}

/** Writes the directory and the referrals; returns false when the directory is there already. */
export async function insertDemoReferrals(em: EntityManager, data: DemoReferrals): Promise<boolean> {
  const taken: { name: string }[] = await em.query(`SELECT name FROM providers WHERE lower(name) = ANY($1)`, [
    data.providers.map((p) => p.name.toLowerCase()),
  ]);
  if (taken.length > 0) {
    // Demo data must never stop a start: somebody entered these providers already.
    process.stderr.write(
      `Demo-Vermittlungen übersprungen: Träger schon vorhanden: ${taken.map((t) => t.name).join(', ')}\n`,
    );
    return false;
  }
  const districtRows: { id: string; code: string }[] = await em.query(`SELECT id, code FROM districts`);
  const district = new Map(districtRows.map((d) => [d.code, d.id]));

  await insertRows(
    em,
    'providers',
    data.providers.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      address: p.address,
      district_id: district.get(p.districtCode) ?? null,
      phone: p.phone,
      email: p.email,
      website: p.website,
      languages: p.languages,
      created_at: p.createdAt,
      updated_at: p.createdAt,
    })),
  );
  await insertRows(
    em,
    'offers',
    data.offers.map((o) => ({
      id: o.id,
      provider_id: o.providerId,
      title: o.title,
      description: o.description,
      category_keys: o.categoryKeys,
      district_ids: o.districtCodes.map((c) => district.get(c)).filter((id): id is string => !!id),
      languages: o.languages,
      age_from: o.ageFrom,
      age_to: o.ageTo,
      address: o.address,
      phone: o.phone,
      email: o.email,
      opening_hours: o.openingHours,
      capacity: o.capacity,
      address_hidden: o.addressHidden,
      created_at: o.createdAt,
      updated_at: o.createdAt,
    })),
  );
  await insertRows(
    em,
    'consents',
    data.consents.map((c) => ({
      id: c.id,
      family_id: c.familyId,
      office_id: c.officeId,
      scope: 'share_with_provider',
      provider_id: c.providerId,
      form: c.form,
      given_at: c.givenAt,
      expires_at: c.expiresAt,
      recorded_by_id: c.recordedById,
      created_at: c.givenAt,
      updated_at: c.givenAt,
    })),
  );
  await insertRows(
    em,
    'referrals',
    data.referrals.map((x) => ({
      id: x.id,
      need_id: x.needId,
      family_id: x.familyId,
      office_id: x.officeId,
      counsellor_id: x.counsellorId,
      offer_id: x.offerId,
      provider_id: x.providerId,
      mode: x.mode,
      consent_id: x.consentId,
      status: x.status,
      sent_at: x.sentAt,
      responded_at: x.respondedAt,
      completed_at: x.completedAt,
      outcome: x.outcome,
      decline_reason: x.declineReason,
      note: x.note,
      created_at: x.createdAt,
      updated_at: x.updatedAt,
    })),
  );
  // the family's history shows every move (issue 25.4): sending by the counsellor, the provider's
  // answer and the end, at the referral's own times (the provider's moves have no staff author)
  await em.query(
    `INSERT INTO case_events (family_id, office_id, kind, entity_id, by_user_id, from_value, to_value, created_at)
     SELECT r.family_id, r.office_id, 'referral_move', r.id, r.counsellor_id, 'draft', 'sent', r.sent_at
       FROM referrals r WHERE r.id = ANY($1) AND r.sent_at IS NOT NULL
     UNION ALL
     SELECT r.family_id, r.office_id, 'referral_move', r.id, NULL, 'sent',
            CASE WHEN r.status = 'declined' THEN 'declined' ELSE 'accepted' END, r.responded_at
       FROM referrals r WHERE r.id = ANY($1) AND r.responded_at IS NOT NULL
     UNION ALL
     SELECT r.family_id, r.office_id, 'referral_move', r.id,
            CASE WHEN r.status = 'cancelled' THEN r.counsellor_id END,
            CASE WHEN r.responded_at IS NOT NULL THEN 'accepted' WHEN r.sent_at IS NOT NULL THEN 'sent' ELSE 'draft' END,
            r.status, coalesce(r.completed_at, r.updated_at)
       FROM referrals r
      WHERE r.id = ANY($1) AND r.status IN ('in_progress', 'completed', 'not_taken_up', 'cancelled')`,
    [data.referrals.map((x) => x.id)],
  );
  if (data.followUpLinks.length > 0) {
    await em.query(
      `UPDATE follow_ups f SET referral_id = v.referral_id
         FROM json_to_recordset($1::json) AS v(follow_up_id uuid, referral_id uuid)
        WHERE f.id = v.follow_up_id AND f.referral_id IS NULL`,
      [
        JSON.stringify(
          data.followUpLinks.map((l) => ({ follow_up_id: l.followUpId, referral_id: l.referralId })),
        ),
      ],
    );
  }
  if (data.needUpdates.length > 0) {
    await em.query(
      `UPDATE needs n SET updated_at = v.updated_at
         FROM json_to_recordset($1::json) AS v(need_id uuid, updated_at timestamptz)
        WHERE n.id = v.need_id AND n.updated_at < v.updated_at`,
      [JSON.stringify(data.needUpdates.map((u) => ({ need_id: u.needId, updated_at: u.updatedAt })))],
    );
  }
  if (data.familyUpdates.length > 0) {
    await em.query(
      `UPDATE families f SET last_activity_at = v.at, updated_at = greatest(f.updated_at, v.at)
         FROM json_to_recordset($1::json) AS v(family_id uuid, at timestamptz)
        WHERE f.id = v.family_id AND f.last_activity_at < v.at`,
      [JSON.stringify(data.familyUpdates.map((u) => ({ family_id: u.familyId, at: u.lastActivityAt })))],
    );
  }
  // the demo provider user works for the provider with the most warm referrals
  await em.query(
    `UPDATE users SET provider_id = $1 WHERE email = $2 AND role = 'provider' AND provider_id IS NULL`,
    [data.demoProviderId, DEMO_PROVIDER_USER],
  );
  return true;
}
