/** The kinds of entry in a family's history ("Verlauf", issue 25.4), as the API sends them. */
export const TIMELINE_TYPES = [
  'contact',
  'need',
  'need_status',
  'referral',
  'referral_move',
  'consent_given',
  'consent_withdrawn',
  'follow_up',
  'follow_up_moved',
  'follow_up_done',
  'handoff',
  'export',
  'anonymized',
] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];

/**
 * One entry of a family's history (GET /api/families/{id}/timeline), newest first. `At` is a
 * `Date` in the API and the ISO string the web receives.
 */
export interface TimelineEntry<At = string> {
  at: At;
  type: TimelineType;
  /** The record the entry is about (contact, need, referral, consent, follow-up, handoff, family). */
  id: string;
  title: string;
  /**
   * A note or description; a confidential contact's notes only for their author. A referral: the
   * need's category; a move to declined or completed: the decline reason or the outcome (enum).
   */
  detail: string | null;
  /** Who did it (for a provider's answer recorded by staff: the staff member). */
  userId: string | null;
  /** A status change or a move of a due date: enum values or ISO timestamps. */
  from: string | null;
  to: string | null;
  /** Staff recorded the provider's answer on its behalf, and how it came (issue 25.8). */
  onBehalfOfProvider: boolean;
  channel: string | null;
  /** A contact whose notes are confidential and not the reader's (the notes are left out). */
  confidential: boolean;
  /** Handoff: how many open follow-ups went with the family. */
  count: number | null;
}
