import { CALLBACK_CLOSE_REASONS, CALLBACK_STATUSES, PORTAL_LANGS } from '@lotsen/domain';

/** Choices whose names are i18n keys (react-admin translates them). */
export const CALLBACK_STATUS_CHOICES = CALLBACK_STATUSES.map((id) => ({
  id,
  name: `resources.callback-requests.statuses.${id}`,
}));

export const CALLBACK_CLOSE_REASON_CHOICES = CALLBACK_CLOSE_REASONS.map((id) => ({
  id,
  name: `resources.callback-requests.closeReasons.${id}`,
}));

export const CALLBACK_LANG_CHOICES = PORTAL_LANGS.map((id) => ({
  id,
  name: `resources.callback-requests.langs.${id}`,
}));
