import englishMessages from 'ra-language-english';
import { LIMITS } from '@lotsen/domain';
import type { LotsenMessages } from './de';

/** English messages: react-admin's own plus ours, which must have the shape of the German ones. */
const ours: LotsenMessages = {
  resources: {
    users: {
      name: 'User |||| Users',
      forcedCaseName: 'user |||| users',
      fields: {
        id: 'ID',
        q: 'Search',
        email: 'Email address',
        displayName: 'Display name',
        role: 'Role',
        officeId: 'Office',
        providerId: 'Provider ID',
        active: 'Active',
        password: 'Password',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Updated',
        lastLoginAt: 'Last login',
      },
      helpers: {
        passwordCreate: `At least ${LIMITS.passwordMin} characters. Never displayed.`,
        passwordEdit: `Fill in only to reset the password (at least ${LIMITS.passwordMin} characters).`,
        officeId: 'Required for counsellors and team leads.',
        providerId: 'Required for provider accounts.',
        active: 'Untick to deactivate: the person can no longer sign in.',
      },
    },
    offices: {
      name: 'Office |||| Offices',
      forcedCaseName: 'office |||| offices',
      fields: {
        id: 'ID',
        q: 'Search',
        name: 'Name',
        address: 'Address',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
    },
    districts: {
      name: 'District |||| Districts',
      forcedCaseName: 'district |||| districts',
      fields: {
        id: 'ID',
        q: 'Search',
        code: 'Code',
        name: 'Name',
        sozialraum: 'Social area (I–VI)',
        stadtteile: 'Neighbourhoods',
        active: 'Active',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
      helpers: {
        code: 'Fixed code used in reports and imports; cannot be changed later.',
        stadtteile: 'Type a neighbourhood and press Enter.',
      },
    },
    'need-categories': {
      name: 'Need category |||| Need categories',
      forcedCaseName: 'need category |||| need categories',
      fields: {
        id: 'ID',
        q: 'Search',
        key: 'Key',
        labelDe: 'Label (German)',
        labelEn: 'Label (English)',
        group: 'Group',
        sensitive: 'Sensitive',
        active: 'Active',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
      helpers: {
        key: 'Fixed lower-case key (e.g. kita_gutschein); cannot be changed later.',
        sensitive:
          'For categories touching health, protection or origin (GDPR Art. 9): reports show them only above a higher count.',
        active: 'Inactive categories can no longer be chosen for new entries.',
      },
      errors: {
        inUse: 'This category is in use and can only be deactivated.',
      },
    },
  },
  lotsen: {
    app: {
      title: 'Lotsen CRM',
      subtitle: 'Familienbüro Potsdam',
      language: 'Language',
    },
    auth: {
      email: 'Email address',
      password: 'Password',
    },
    roles: {
      counsellor: 'Counsellor',
      team_lead: 'Team lead',
      admin: 'Administration',
      analyst: 'Social planning',
      provider: 'Provider',
    },
    roleDescriptions: {
      counsellor: 'You advise families, record contacts and needs, and refer to suitable offers.',
      team_lead:
        "You lead your office's team, keep track of cases, referrals and follow-ups, and are responsible for the reports.",
      admin: 'You manage users, offices, districts and need categories. You do not see case data.',
      analyst: 'You analyse aggregated figures for social planning. You see no names and no case data.',
      provider: 'You see the referrals addressed to your provider and report back to the family office.',
    },
    groups: {
      'Finanzielle Hilfen': 'Financial support',
      Kinderbetreuung: 'Childcare',
      'Rund um die Geburt': 'Pregnancy and birth',
      Beratung: 'Counselling',
      Gesundheit: 'Health',
      Leben: 'Everyday life',
      Bildung: 'Education',
      'Migration und Sprache': 'Migration and language',
      'Freizeit und Familienbildung': 'Leisure and family education',
      Verwaltung: 'Administration',
      Schutz: 'Protection',
      Sonstiges: 'Other',
    },
    sozialraum: {
      none: 'no social area',
    },
    errors: {
      VALIDATION_FAILED: 'Some entries are not valid. Please check the highlighted fields.',
      MALFORMED_JSON: 'The request was malformed and has been rejected.',
      INVALID_QUERY: 'The query is not valid.',
      INVALID_SORT_FIELD: 'This field cannot be used for sorting.',
      INVALID_FILTER_FIELD: 'This field cannot be used for filtering.',
      UNAUTHENTICATED: 'Please sign in.',
      INVALID_CREDENTIALS: 'Wrong email address or password.',
      ACCOUNT_LOCKED:
        'Your account is temporarily locked after too many failed attempts. Please try again later.',
      TOO_MANY_REQUESTS: 'Too many requests. Please wait a moment and try again.',
      FORBIDDEN: 'You are not allowed to do this.',
      CSRF_REJECTED: 'The request was rejected for security reasons. Please reload the page.',
      NOT_FOUND: 'The record was not found.',
      METHOD_NOT_ALLOWED: 'This action is not allowed here.',
      STALE_VERSION:
        'Someone else has changed this record in the meantime. Please reload the page and repeat your change.',
      EMAIL_IN_USE: 'This email address is already in use.',
      DUPLICATE_KEY: 'A record with this key already exists.',
      IN_USE: 'This record is still in use and can only be deactivated, not deleted.',
      CANNOT_CHANGE_OWN_ACCOUNT:
        'You cannot change your own role or access. Please ask another administrator.',
      INVALID_REFERENCE: 'A linked record does not exist (any more).',
      PAYLOAD_TOO_LARGE: 'The data sent is too large.',
      INTERNAL_ERROR: 'An error occurred on the server. Please try again later.',
      SERVICE_UNAVAILABLE: 'The service is unavailable right now. Please try again in a few minutes.',
    },
    network_error: 'The server cannot be reached. Please check your connection.',
    validation: {
      officeRequired: 'This role needs an office.',
      providerRequired: 'This role needs a provider.',
      password: {
        too_short: 'At least %{min} characters',
        too_long: 'At most %{max} characters',
        surrounding_whitespace: 'Must not begin or end with a space',
      },
      keyFormat:
        'Lower-case letters, digits and underscores only, starting with a letter (2 to 40 characters)',
      codeFormat: 'Letters, digits, hyphen and underscore only (1 to 20 characters)',
    },
    dashboard: {
      title: 'Home',
      welcome: 'Welcome, %{name}!',
      welcomeAnonymous: 'Welcome to Lotsen CRM!',
      yourRole: 'Your role: %{role}',
      menuHint: 'The areas you may use are in the menu.',
      comingSoon: 'Overviews of your tasks will appear here soon.',
    },
  },
};

export const en = { ...englishMessages, ...ours };
