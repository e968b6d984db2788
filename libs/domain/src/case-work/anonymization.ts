/**
 * Why a team lead anonymizes a family (DSGVO Art. 17). A closed list, not free text: the reason
 * is written to the audit log, which can never be changed or erased, so it must not be able to
 * hold a name. The nightly retention job records its own rule (`retention:<months>_months`).
 */
export const ANONYMIZE_REASONS = [
  'data_subject_request',
  'purpose_fulfilled',
  'consent_withdrawn',
  'retention_period',
] as const;
export type AnonymizeReason = (typeof ANONYMIZE_REASONS)[number];
