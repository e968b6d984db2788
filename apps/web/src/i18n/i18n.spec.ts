import englishMessages from 'ra-language-english';
import {
  CONSENT_FORMS,
  CONSENT_SCOPES,
  CONTACT_CHANNELS,
  DECLINE_REASONS,
  ERROR_CODES,
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
  RESOURCES,
  ROLES,
  UNMET_REASONS,
} from '@lotsen/domain';
import { inputFor } from '../resources/referrals/referralMoves';
import { de } from './de';
import { en } from './en';

type Messages = { [key: string]: Messages | string | undefined };

function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function valueAt(messages: Messages, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages);
}

describe('messages', () => {
  const german = de as unknown as Messages;
  const english = en as unknown as Messages;

  it('translate every key of react-admin into German', () => {
    const missing = keysOf(englishMessages as unknown as Messages).filter(
      (key) => typeof valueAt(german, key) !== 'string',
    );
    expect(missing).toEqual([]);
  });

  it('have the same keys in German and English', () => {
    expect(keysOf(english).sort()).toEqual(keysOf(german).sort());
  });

  it('have no empty texts (but the blank of ra.boolean.null)', () => {
    const empty = keysOf(german).filter(
      (key) => key !== 'ra.boolean.null' && !String(valueAt(german, key)).trim(),
    );
    expect(empty).toEqual([]);
  });

  it('name every error code, role and need-category group', () => {
    for (const messages of [german, english]) {
      for (const code of ERROR_CODES)
        expect(valueAt(messages, `lotsen.errors.${code}`)).toEqual(expect.any(String));
      for (const role of ROLES) expect(valueAt(messages, `lotsen.roles.${role}`)).toEqual(expect.any(String));
      for (const group of NEED_CATEGORY_GROUPS) {
        expect(valueAt(messages, `lotsen.groups.${group}`)).toEqual(expect.any(String));
      }
    }
  });

  it('name every value of the case-work enums', () => {
    const groups: Record<string, readonly string[]> = {
      familyStatuses: FAMILY_STATUSES,
      relations: PERSON_RELATIONS,
      consentScopes: CONSENT_SCOPES,
      consentForms: CONSENT_FORMS,
      channels: CONTACT_CHANNELS,
      urgencies: NEED_URGENCIES,
      needStatuses: NEED_STATUSES,
      unmetReasons: UNMET_REASONS,
      followUpStatuses: FOLLOW_UP_STATUSES,
      notificationTypes: NOTIFICATION_TYPES,
      needStatusProblems: ['illegal_transition', 'unmet_reason_required', 'unmet_reason_not_allowed'],
    };
    for (const messages of [german, english]) {
      for (const [group, values] of Object.entries(groups)) {
        for (const value of values) {
          expect([group, value, valueAt(messages, `lotsen.${group}.${value}`)]).toEqual([
            group,
            value,
            expect.any(String),
          ]);
        }
      }
    }
  });

  it('name every value of the referral and directory enums, and a button for every move', () => {
    const groups: Record<string, readonly string[]> = {
      'lotsen.referralStatuses': REFERRAL_STATUSES,
      'lotsen.referralModes': REFERRAL_MODES,
      'lotsen.referralOutcomes': REFERRAL_OUTCOMES,
      'lotsen.declineReasons': DECLINE_REASONS,
      'lotsen.offerCapacities': OFFER_CAPACITIES,
      'lotsen.providerKinds': PROVIDER_KINDS,
      'lotsen.referralMoveProblems': ['illegal_transition', 'outcome_required', 'decline_reason_required'],
      'resources.referrals.moves': REFERRAL_STATUSES.filter((status) => status !== 'draft'),
      'resources.referrals.refer.modes': REFERRAL_MODES,
      'resources.referrals.refer.modeHelp': REFERRAL_MODES,
      // moves that end a referral without reason or outcome ask for a confirmation of their own
      'resources.referrals.move': REFERRAL_STATUSES.filter(
        (status) => inputFor(status) === 'confirm',
      ).flatMap((status) => [`${status}Title`, `${status}Intro`]),
    };
    for (const messages of [german, english]) {
      for (const [group, values] of Object.entries(groups)) {
        for (const value of values) {
          expect([group, value, valueAt(messages, `${group}.${value}`)]).toEqual([
            group,
            value,
            expect.any(String),
          ]);
        }
      }
    }
  });

  it('name every resource of the API', () => {
    for (const messages of [german, english]) {
      for (const resource of Object.keys(RESOURCES)) {
        expect([resource, valueAt(messages, `resources.${resource}.name`)]).toEqual([
          resource,
          expect.any(String),
        ]);
      }
    }
  });
});
