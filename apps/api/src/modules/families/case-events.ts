import type { EntityManager } from 'typeorm';
import type { AnswerChannel } from '@lotsen/domain';

/** A move of a case that leaves no row of its own (migration CaseEvents, issue 25.4/25.8). */
export type CaseEventKind = 'referral_move' | 'need_status' | 'follow_up_moved' | 'follow_up_done';

export interface CaseEvent {
  familyId: string;
  officeId: string;
  kind: CaseEventKind;
  entityId: string;
  byUserId: string | null;
  from: string | null;
  to: string | null;
  onBehalfOfProvider?: boolean;
  channel?: AnswerChannel | null;
  /** What a referral move changed, to undo it: enum values, times and ids only, never a text. */
  previous?: Record<string, unknown> | null;
}

/** Records a case event in the caller's transaction; returns its id. */
export async function recordCaseEvent(em: EntityManager, event: CaseEvent): Promise<string> {
  const rows: { id: string }[] = await em.query(
    `INSERT INTO case_events (family_id, office_id, kind, entity_id, by_user_id, from_value, to_value,
       on_behalf_of_provider, channel, previous)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      event.familyId,
      event.officeId,
      event.kind,
      event.entityId,
      event.byUserId,
      event.from,
      event.to,
      event.onBehalfOfProvider ?? false,
      event.channel ?? null,
      event.previous ? JSON.stringify(event.previous) : null,
    ],
  );
  return rows[0].id;
}
