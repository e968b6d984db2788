import type {
  ConsentForm,
  ConsentScope,
  ContactChannel,
  FamilyStatus,
  FollowUpStatus,
  NeedStatus,
  NeedUrgency,
  NotificationType,
  PersonRelation,
  UnmetReason,
} from '@lotsen/domain';
import type { DemoOfficeKey } from './demo-offices-users';

// Rows (camelCase; references by office key, e-mail and district code)

export interface DemoFamilyRow {
  id: string;
  officeKey: DemoOfficeKey;
  ownerEmail: string;
  name: string;
  namePhonetic: string;
  districtCode: string;
  householdSize: number;
  childrenCount: number;
  singleParent: boolean;
  languages: string[];
  interpreterNeeded: boolean;
  status: FamilyStatus;
  lastActivityAt: string;
  createdByEmail: string;
  createdAt: string;
  updatedAt: string;
}

export interface DemoPersonRow {
  id: string;
  familyId: string;
  officeKey: DemoOfficeKey;
  relation: PersonRelation;
  firstName: string;
  lastName: string;
  lastNamePhonetic: string;
  birthDate: string;
  phone: string | null;
  email: string | null;
  createdAt: string;
}

export interface DemoConsentRow {
  id: string;
  familyId: string;
  officeKey: DemoOfficeKey;
  scope: ConsentScope;
  form: ConsentForm;
  givenAt: string;
  recordedByEmail: string;
}

export interface DemoContactRow {
  id: string;
  familyId: string | null;
  officeKey: DemoOfficeKey;
  counsellorEmail: string;
  occurredAt: string;
  channel: ContactChannel;
  durationMinutes: number;
  districtCode: string;
  summary: string | null;
  notes: string | null;
  confidential: boolean;
  createdAt: string;
}

export interface DemoNeedRow {
  id: string;
  familyId: string | null;
  contactId: string;
  officeKey: DemoOfficeKey;
  categoryKey: string;
  description: string | null;
  urgency: NeedUrgency;
  status: NeedStatus;
  unmetReason: UnmetReason | null;
  identifiedAt: string;
  resolvedAt: string | null;
  createdByEmail: string;
  createdAt: string;
  updatedAt: string;
}

export interface DemoFollowUpRow {
  id: string;
  familyId: string;
  officeKey: DemoOfficeKey;
  needId: string | null;
  assigneeEmail: string;
  title: string;
  dueAt: string;
  status: FollowUpStatus;
  doneAt: string | null;
  note: string | null;
  createdByEmail: string;
  createdAt: string;
  updatedAt: string;
}

export interface DemoHandoffRow {
  id: string;
  familyId: string;
  officeKey: DemoOfficeKey;
  fromEmail: string;
  toEmail: string;
  byEmail: string;
  note: string;
  createdAt: string;
}

export interface DemoNotificationRow {
  id: string;
  userEmail: string;
  type: NotificationType;
  title: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface DemoCaseWork {
  families: DemoFamilyRow[];
  persons: DemoPersonRow[];
  consents: DemoConsentRow[];
  contacts: DemoContactRow[];
  needs: DemoNeedRow[];
  followUps: DemoFollowUpRow[];
  handoffs: DemoHandoffRow[];
  notifications: DemoNotificationRow[];
}

export interface DemoCaseWorkOptions {
  /** The real "now" at seed time; only its Europe/Berlin calendar day is used. */
  today: Date;
  seed?: string;
  families?: number;
  contacts?: number;
}
