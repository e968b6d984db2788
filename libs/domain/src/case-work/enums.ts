/** Enum values of the case-work resources (api.md, "Resources"). */

export const FAMILY_STATUSES = ['active', 'closed', 'anonymized'] as const;
export type FamilyStatus = (typeof FAMILY_STATUSES)[number];

export const PERSON_RELATIONS = ['parent', 'child', 'other'] as const;
export type PersonRelation = (typeof PERSON_RELATIONS)[number];

export const CONSENT_SCOPES = [
  'store_data',
  'share_with_provider',
  'contact_by_phone',
  'contact_by_email',
] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export const CONSENT_FORMS = ['written', 'oral', 'electronic'] as const;
export type ConsentForm = (typeof CONSENT_FORMS)[number];

export const CONTACT_CHANNELS = ['walk_in', 'phone', 'email', 'video', 'outreach', 'letter'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/**
 * Why a contact recorded by mistake was cancelled ("Storniert", issue 25.1): entered twice,
 * entered wrongly (wrong family, not a contact), undone right after saving, other (with a note).
 */
export const CONTACT_CANCEL_REASONS = ['duplicate', 'wrong_entry', 'undone', 'other'] as const;
export type ContactCancelReason = (typeof CONTACT_CANCEL_REASONS)[number];

/** Its author may cancel a contact this long after recording it; a team lead at any time. */
export const CONTACT_CANCEL_WINDOW_HOURS = 24;

export const NEED_URGENCIES = ['low', 'normal', 'high'] as const;
export type NeedUrgency = (typeof NEED_URGENCIES)[number];

export const FOLLOW_UP_STATUSES = ['open', 'done', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const NOTIFICATION_TYPES = [
  'handoff',
  'child_protection',
  'follow_up_due',
  'referral_update',
  'consent_withdrawn',
  'follow_up_summary',
  'referral_unanswered',
  'report_snapshot',
  'callback_request',
  'referral_message',
  'offer_change',
  'offer_unconfirmed',
  'rollup_mismatch',
  'early_warning',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** German labels for the web and for messages. */
export const CONTACT_CHANNEL_LABELS_DE: Record<ContactChannel, string> = {
  walk_in: 'Persönlich vor Ort',
  phone: 'Telefon',
  email: 'E-Mail',
  video: 'Video',
  outreach: 'Aufsuchend / Sprechstunde',
  letter: 'Brief',
};

/** Days until a follow-up is due when nobody says otherwise (domain.md). */
export const DEFAULT_FOLLOW_UP_DAYS = 14;

/** A follow-up is overdue when it is still open after its due time. */
export function isOverdue(
  followUp: { status: FollowUpStatus; dueAt: string | Date },
  now: Date = new Date(),
): boolean {
  return followUp.status === 'open' && new Date(followUp.dueAt).getTime() < now.getTime();
}
