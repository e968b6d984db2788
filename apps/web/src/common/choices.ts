import {
  CONSENT_FORMS,
  CONSENT_SCOPES,
  CONTACT_CHANNELS,
  DECLINE_REASONS,
  FAMILY_STATUSES,
  FOLLOW_UP_STATUSES,
  NEED_CATEGORY_GROUPS,
  NEED_STATUSES,
  NEED_URGENCIES,
  NOTIFICATION_TYPES,
  OFFER_CAPACITIES,
  PERSON_RELATIONS,
  PROVIDER_KINDS,
  REFERRAL_MODES,
  REFERRAL_OUTCOMES,
  REFERRAL_STATUSES,
  ROLES,
  SOZIALRAEUME,
  UNMET_REASONS,
} from '@lotsen/domain';

/** Choices whose names are i18n keys (react-admin translates choice names). */
function choicesOf<T extends string>(values: readonly T[], group: string): { id: T; name: string }[] {
  return values.map((value) => ({ id: value, name: `lotsen.${group}.${value}` }));
}

export const ROLE_CHOICES = choicesOf(ROLES, 'roles');

export const GROUP_CHOICES = choicesOf(NEED_CATEGORY_GROUPS, 'groups');

export const SOZIALRAUM_CHOICES = SOZIALRAEUME.map((sozialraum) => ({
  id: sozialraum,
  name: sozialraum,
}));

export const FAMILY_STATUS_CHOICES = choicesOf(FAMILY_STATUSES, 'familyStatuses');
/** A family is set `anonymized` only by the anonymize action, never in the form (api-case-work.md). */
export const EDITABLE_FAMILY_STATUS_CHOICES = FAMILY_STATUS_CHOICES.filter(
  (choice) => choice.id !== 'anonymized',
);
export const RELATION_CHOICES = choicesOf(PERSON_RELATIONS, 'relations');
export const CONSENT_SCOPE_CHOICES = choicesOf(CONSENT_SCOPES, 'consentScopes');
export const CONSENT_FORM_CHOICES = choicesOf(CONSENT_FORMS, 'consentForms');
export const CHANNEL_CHOICES = choicesOf(CONTACT_CHANNELS, 'channels');
export const URGENCY_CHOICES = choicesOf(NEED_URGENCIES, 'urgencies');
export const NEED_STATUS_CHOICES = choicesOf(NEED_STATUSES, 'needStatuses');
export const UNMET_REASON_CHOICES = choicesOf(UNMET_REASONS, 'unmetReasons');
export const FOLLOW_UP_STATUS_CHOICES = choicesOf(FOLLOW_UP_STATUSES, 'followUpStatuses');
export const NOTIFICATION_TYPE_CHOICES = choicesOf(NOTIFICATION_TYPES, 'notificationTypes');
export const REFERRAL_STATUS_CHOICES = choicesOf(REFERRAL_STATUSES, 'referralStatuses');
export const REFERRAL_MODE_CHOICES = choicesOf(REFERRAL_MODES, 'referralModes');
export const REFERRAL_OUTCOME_CHOICES = choicesOf(REFERRAL_OUTCOMES, 'referralOutcomes');
export const DECLINE_REASON_CHOICES = choicesOf(DECLINE_REASONS, 'declineReasons');
export const OFFER_CAPACITY_CHOICES = choicesOf(OFFER_CAPACITIES, 'offerCapacities');
export const PROVIDER_KIND_CHOICES = choicesOf(PROVIDER_KINDS, 'providerKinds');

export const PER_PAGE = 25;
