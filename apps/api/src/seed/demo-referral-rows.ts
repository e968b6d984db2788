import type {
  ConsentForm,
  DeclineReason,
  FamilyStatus,
  FollowUpStatus,
  NeedStatus,
  OfferCapacity,
  ProviderKind,
  ReferralMode,
  ReferralOutcome,
  ReferralStatus,
  UnmetReason,
} from '@lotsen/domain';

// ------------------------------------------------------------------------------------------
// Input (read from the database, or from buildDemoCaseWork in tests) and output rows

export interface DemoReferralFamilyInput {
  id: string;
  officeId: string;
  ownerId: string;
  status: FamilyStatus;
  districtCode: string | null;
  languages: string[];
  lastActivityAt: string;
}

export interface DemoReferralNeedInput {
  id: string;
  familyId: string;
  categoryKey: string;
  status: NeedStatus;
  unmetReason: UnmetReason | null;
  identifiedAt: string;
  resolvedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DemoReferralFollowUpInput {
  id: string;
  needId: string | null;
  title: string;
  status: FollowUpStatus;
  createdAt: string;
  doneAt: string | null;
}

export interface DemoReferralsInput {
  families: DemoReferralFamilyInput[];
  needs: DemoReferralNeedInput[];
  followUps: DemoReferralFollowUpInput[];
}

export interface DemoProviderRow {
  id: string;
  key: string;
  name: string;
  kind: ProviderKind;
  address: string;
  districtCode: string;
  phone: string;
  email: string;
  website: string;
  languages: string[];
  createdAt: string;
}

export interface DemoOfferRow {
  id: string;
  providerId: string;
  title: string;
  description: string;
  categoryKeys: string[];
  /** Empty: the whole city. */
  districtCodes: string[];
  languages: string[];
  ageFrom: number | null;
  ageTo: number | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  openingHours: string;
  capacity: OfferCapacity;
  addressHidden: boolean;
  createdAt: string;
}

export interface DemoProviderConsentRow {
  id: string;
  familyId: string;
  officeId: string;
  providerId: string;
  form: ConsentForm;
  givenAt: string;
  expiresAt: string | null;
  recordedById: string;
}

export interface DemoReferralRow {
  id: string;
  needId: string;
  familyId: string;
  officeId: string;
  counsellorId: string;
  offerId: string;
  providerId: string;
  mode: ReferralMode;
  consentId: string | null;
  status: ReferralStatus;
  sentAt: string | null;
  respondedAt: string | null;
  completedAt: string | null;
  outcome: ReferralOutcome | null;
  declineReason: DeclineReason | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface DemoReferrals {
  providers: DemoProviderRow[];
  offers: DemoOfferRow[];
  consents: DemoProviderConsentRow[];
  referrals: DemoReferralRow[];
  /** Follow-ups "Rückmeldung zur Vermittlung nachfragen: …" of the case work, now tied to their referral. */
  followUpLinks: { followUpId: string; referralId: string }[];
  /** Needs whose referrals changed them later than their last update. */
  needUpdates: { needId: string; updatedAt: string }[];
  /** Families whose last activity is a referral or consent. */
  familyUpdates: { familyId: string; lastActivityAt: string }[];
  demoProviderId: string;
}

export interface DemoReferralsOptions {
  /** The real "now" at seed time; only its Europe/Berlin calendar day is used. */
  today: Date;
  seed?: string;
  caseWork: DemoReferralsInput;
}
