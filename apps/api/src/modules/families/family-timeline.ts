import type { EntityManager } from 'typeorm';
import type { TimelineEntry as DomainTimelineEntry, TimelineType } from '@lotsen/domain';

export { TIMELINE_TYPES, type TimelineType } from '@lotsen/domain';
/** One entry of a family's history, as the API builds it (libs/domain, case-work/timeline.ts). */
export type TimelineEntry = DomainTimelineEntry<Date>;

export const TIMELINE_LIMIT = 1000;

/**
 * The family's whole story, newest first: contacts, needs and their status changes, referrals
 * and every move, consents given and withdrawn, follow-ups created, moved and done, handoffs
 * with their note, Art. 15 exports and the anonymization. Moves that were undone are left out.
 */
export async function familyTimeline(
  em: EntityManager,
  familyId: string,
  readerId: string,
): Promise<TimelineEntry[]> {
  const rows: {
    at: Date;
    type: TimelineType;
    id: string;
    title: string | null;
    detail: string | null;
    user_id: string | null;
    from_value: string | null;
    to_value: string | null;
    on_behalf: boolean | null;
    channel: string | null;
    confidential: boolean | null;
    count: number | null;
  }[] = await em.query(
    `WITH referral_names AS (
       SELECT r.id, coalesce(o.title, p.name) AS name, nc.label_de AS category, r.decline_reason, r.outcome
         FROM referrals r JOIN providers p ON p.id = r.provider_id LEFT JOIN offers o ON o.id = r.offer_id
         JOIN needs n ON n.id = r.need_id JOIN need_categories nc ON nc.key = n.category_key
        WHERE r.family_id = $1)
     SELECT * FROM (
       SELECT c.occurred_at AS at, 'contact' AS type, c.id, coalesce(c.summary, c.channel) AS title,
              CASE WHEN NOT c.confidential OR c.counsellor_id = $2 THEN c.notes END AS detail,
              c.counsellor_id AS user_id, NULL AS from_value, c.channel AS to_value, NULL::boolean AS on_behalf,
              NULL AS channel, c.confidential AND c.counsellor_id <> $2 AND c.notes IS NOT NULL AS confidential,
              NULL::int AS count
         FROM contacts c WHERE c.family_id = $1 AND c.cancelled_at IS NULL
       UNION ALL
       SELECT n.identified_at, 'need', n.id, nc.label_de, n.description, n.created_by_id, NULL, NULL, NULL, NULL, NULL, NULL
         FROM needs n JOIN need_categories nc ON nc.key = n.category_key
        WHERE n.family_id = $1 AND n.cancelled_at IS NULL
       UNION ALL
       SELECT e.created_at, 'need_status', e.entity_id, nc.label_de, NULL, e.by_user_id, e.from_value, e.to_value,
              NULL, NULL, NULL, NULL
         FROM case_events e JOIN needs n ON n.id = e.entity_id JOIN need_categories nc ON nc.key = n.category_key
        WHERE e.family_id = $1 AND e.kind = 'need_status'
       UNION ALL
       SELECT r.created_at, 'referral', r.id, rn.name, rn.category, r.counsellor_id, NULL, r.mode, NULL, NULL, NULL, NULL
         FROM referrals r JOIN referral_names rn ON rn.id = r.id
       UNION ALL
       SELECT e.created_at, 'referral_move', e.entity_id, rn.name,
              CASE e.to_value WHEN 'declined' THEN rn.decline_reason WHEN 'completed' THEN rn.outcome END,
              e.by_user_id, e.from_value, e.to_value, e.on_behalf_of_provider, e.channel, NULL, NULL
         FROM case_events e JOIN referral_names rn ON rn.id = e.entity_id
        WHERE e.family_id = $1 AND e.kind = 'referral_move' AND e.undone_at IS NULL
       UNION ALL
       SELECT c.given_at, 'consent_given', c.id, c.scope, p.name, c.recorded_by_id, NULL, c.form, NULL, NULL, NULL, NULL
         FROM consents c LEFT JOIN providers p ON p.id = c.provider_id WHERE c.family_id = $1
       UNION ALL
       SELECT c.withdrawn_at, 'consent_withdrawn', c.id, c.scope, p.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL
         FROM consents c LEFT JOIN providers p ON p.id = c.provider_id
        WHERE c.family_id = $1 AND c.withdrawn_at IS NOT NULL
       UNION ALL
       SELECT fu.created_at, 'follow_up', fu.id, fu.title, NULL, fu.created_by_id, NULL,
              to_char(fu.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), NULL, NULL, NULL, NULL
         FROM follow_ups fu WHERE fu.family_id = $1
       UNION ALL
       SELECT e.created_at, e.kind, e.entity_id, fu.title,
              CASE WHEN e.kind = 'follow_up_done' THEN fu.note END, e.by_user_id, e.from_value, e.to_value,
              NULL, NULL, NULL, NULL
         FROM case_events e JOIN follow_ups fu ON fu.id = e.entity_id
        WHERE e.family_id = $1 AND e.kind IN ('follow_up_moved', 'follow_up_done')
       UNION ALL
       SELECT h.created_at, 'handoff', h.id, concat_ws(' → ', uf.display_name, ut.display_name), h.note, h.by_user_id,
              h.from_user_id::text, h.to_user_id::text, NULL, NULL, NULL, h.follow_ups_moved
         FROM handoffs h JOIN users uf ON uf.id = h.from_user_id JOIN users ut ON ut.id = h.to_user_id
        WHERE h.family_id = $1
       UNION ALL
       SELECT a.at, CASE a.action WHEN 'family.export' THEN 'export' ELSE 'anonymized' END, a.entity_id, NULL, NULL,
              a.user_id, NULL, NULL, NULL, NULL, NULL, NULL
         FROM audit_events a
        WHERE a.entity = 'family' AND a.entity_id = $1 AND a.action IN ('family.export', 'family.anonymize')
     ) t ORDER BY at DESC, type, id LIMIT ${TIMELINE_LIMIT}`,
    [familyId, readerId],
  );
  return rows.map((r) => ({
    at: r.at,
    type: r.type,
    id: r.id,
    title: r.title ?? '',
    detail: r.detail,
    userId: r.user_id,
    from: r.from_value,
    to: r.to_value,
    onBehalfOfProvider: r.on_behalf ?? false,
    channel: r.channel,
    confidential: r.confidential ?? false,
    count: r.count,
  }));
}
