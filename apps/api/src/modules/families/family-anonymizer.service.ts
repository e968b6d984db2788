import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { familyLink } from './family-access.service';

/** Who anonymizes: a team lead (`userId`) or the system (`userId: null`), and why (`rule`). */
export interface AnonymizeActor {
  userId: string | null;
  /** Why: the reason a team lead chose, or the retention rule of a job (e.g. `retention:24_months`). */
  rule: string;
  /** The request's address, when a person did it. */
  ip?: string | null;
}

/** What an anonymized family is called from then on. */
export const ANONYMIZED_NAME = 'Anonymisiert';
/** The title an anonymized family's follow-ups keep (the original may name a person). */
export const ANONYMIZED_FOLLOW_UP_TITLE = 'Wiedervorlage (anonymisiert)';
const ANONYMIZED_HANDOFF_TITLE = 'Übergabe einer inzwischen anonymisierten Familie';
const ANONYMIZED_FOLLOW_UP_DUE_TITLE = 'Wiedervorlage überfällig (Familie inzwischen anonymisiert)';

/**
 * Erases a family's personal data and keeps what the statistics count (DSGVO Art. 17,
 * domain.md "Deletion is a feature"):
 *
 * - erased: the family's name and household facts, every member, every consent, the summary and
 *   notes of its contacts (confidential ones included), the descriptions of its needs, the notes
 *   of its referrals, follow-ups and handoffs, the messages on its referrals (deleted), the titles of its handoff and overdue
 *   notifications (they name the family or repeat a follow-up's title), delivered or still in
 *   the jobs outbox;
 * - kept: the family row itself (office, district, dates, owner) with status `anonymized`, so
 *   that its contacts (channel, district, time, duration, counsellor), needs (category, urgency,
 *   status, unmet reason, dates) and referrals (provider, mode, status, dates, outcome) count in
 *   every report exactly as before — counts of distinct families included;
 * - open follow-ups are cancelled (nobody can follow up on an anonymous household);
 * - one audit row `family.anonymize` with the rule and how many rows were erased.
 *
 * Runs inside the caller's transaction (`em`): the HTTP action and the nightly retention job
 * each bring their own. Returns false, and changes nothing, when the family does not exist or
 * is anonymized already. Scope is the caller's business: this checks nothing about who asks.
 */
@Injectable()
export class FamilyAnonymizer {
  constructor(private readonly audit: AuditService) {}

  async anonymize(em: EntityManager, familyId: string, actor: AnonymizeActor): Promise<boolean> {
    const rows: { office_id: string; status: string }[] = await em.query(
      `SELECT office_id, status FROM families WHERE id = $1 FOR UPDATE`,
      [familyId],
    );
    if (rows.length === 0 || rows[0].status === 'anonymized') return false;
    const officeId = rows[0].office_id;
    const count = async (sql: string, params: unknown[] = [familyId]): Promise<number> => {
      const result: unknown = await em.query(sql, params);
      // pg via TypeORM: [rows, affected] for UPDATE/DELETE
      return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
    };

    const erased = {
      persons: await count(`DELETE FROM persons WHERE family_id = $1`),
      consents: await this.deleteConsents(em, familyId),
      contacts: await count(
        `UPDATE contacts SET summary = NULL, notes = NULL, confidential = false,
                version = version + 1, updated_at = now()
          WHERE family_id = $1`,
      ),
      needs: await count(
        `UPDATE needs SET description = NULL, version = version + 1, updated_at = now()
          WHERE family_id = $1`,
      ),
      referrals: await count(
        `UPDATE referrals SET note = NULL, provider_note = NULL, version = version + 1, updated_at = now() WHERE family_id = $1`,
      ),
      // the messages between office and provider on its referrals (issue 21.1): they go entirely
      referralMessages: await count(
        `DELETE FROM referral_messages WHERE referral_id IN (SELECT id FROM referrals WHERE family_id = $1)`,
      ),
      followUps: await count(
        `UPDATE follow_ups SET title = $2, note = NULL,
                status = CASE WHEN status = 'open' THEN 'cancelled' ELSE status END,
                version = version + 1, updated_at = now()
          WHERE family_id = $1`,
        [familyId, ANONYMIZED_FOLLOW_UP_TITLE],
      ),
      handoffs: await count(`UPDATE handoffs SET note = NULL WHERE family_id = $1`),
      notifications: await count(
        `UPDATE notifications
            SET title = CASE type WHEN 'handoff' THEN $2 ELSE $3 END, version = version + 1, updated_at = now()
          WHERE (link = $1 OR link LIKE $1 || '/%') AND type IN ('handoff', 'follow_up_due')`,
        [familyLink(familyId), ANONYMIZED_HANDOFF_TITLE, ANONYMIZED_FOLLOW_UP_DUE_TITLE],
      ),
      // notifications not yet delivered (jobs outbox) carry the same titles in their payload
      pendingNotifications: await count(
        `UPDATE outbox
            SET payload = jsonb_set(payload, '{title}',
                  to_jsonb(CASE payload->>'type' WHEN 'handoff' THEN $2 ELSE $3 END))
          WHERE (payload->>'link' = $1 OR payload->>'link' LIKE $1 || '/%')
            AND payload->>'type' IN ('handoff', 'follow_up_due') AND payload ? 'title'`,
        [familyLink(familyId), ANONYMIZED_HANDOFF_TITLE, ANONYMIZED_FOLLOW_UP_DUE_TITLE],
      ),
    };
    await em.query(
      `UPDATE families SET name = $2, name_phonetic = '', name_key = '', household_size = NULL, children_count = NULL,
              single_parent = NULL, languages = '{}', interpreter_needed = false, status = 'anonymized',
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [familyId, ANONYMIZED_NAME],
    );
    await this.audit.record(
      { user: actor.userId ? { id: actor.userId } : null, ip: actor.ip ?? null },
      'family.anonymize',
      'family',
      [familyId],
      officeId,
      { rule: actor.rule, erased },
      em,
    );
    return true;
  }

  /** Consents go entirely; the referrals that were sent under one keep their status, not the link. */
  private async deleteConsents(em: EntityManager, familyId: string): Promise<number> {
    await em.query(`UPDATE referrals SET consent_id = NULL WHERE family_id = $1 AND consent_id IS NOT NULL`, [
      familyId,
    ]);
    const result: unknown = await em.query(`DELETE FROM consents WHERE family_id = $1`, [familyId]);
    return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
  }
}
