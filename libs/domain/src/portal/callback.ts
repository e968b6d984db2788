import { findLifeSituation, LIFE_SITUATIONS } from './life-situations';
import type { PortalLang } from './languages';

/**
 * "Rückruf erbitten" (issue 17 point 7; docs/portal.md): a family asks the office to call or
 * write back. The rules both the API and the portal need: the consent text (shown, then stored
 * with its version), the topics, the limits of the form, the abuse rules without tracking and
 * the status machine of a `CallbackRequest` in the staff app.
 */

/** The version of the consent text below; a request is accepted only with the current one. */
export const CALLBACK_CONSENT_VERSION = '2026-12-v1';

/**
 * The consent the family gives (Art. 6(1)(a) DSGVO), in each portal language. Stored with the
 * request exactly as shown (docs/privacy.md, "Rückrufbitten aus dem Familienportal").
 */
export const CALLBACK_CONSENT_TEXTS: Readonly<Record<PortalLang, string>> = {
  de:
    'Ich bin einverstanden, dass das Familienbüro Potsdam meine Angaben in diesem Formular speichert, ' +
    'um mich zurückzurufen oder mir zu schreiben. Die Angaben werden nur dafür genutzt und spätestens ' +
    '30 Tage nach der Erledigung gelöscht; eine Bitte, die niemand übernimmt, nach 30 Tagen. ' +
    'Ich kann die Einwilligung jederzeit beim Familienbüro widerrufen.',
  ls:
    'Sie möchten einen Rückruf. Dafür speichern wir Ihre Angaben. ' +
    'Zum Beispiel: Ihren Namen und Ihre Telefon·nummer. ' +
    'Wir nutzen die Angaben nur für den Rückruf. ' +
    'Nach 30 Tagen löschen wir die Angaben. ' +
    'Sie können jederzeit Nein sagen. Dann löschen wir die Angaben früher. ' +
    'Sind Sie einverstanden? Dann machen Sie ein Häkchen.',
  en:
    'I agree that the Familienbüro Potsdam stores the details I give in this form in order to call ' +
    'me back or write to me. They are used for nothing else and are deleted 30 days after my request ' +
    'has been dealt with at the latest; a request that nobody takes up is deleted after 30 days. ' +
    'I can withdraw my consent at any time by contacting the Familienbüro.',
  uk:
    'Я погоджуюся, що Familienbüro Potsdam зберігає дані, які я вказую в цій формі, щоб мені ' +
    'передзвонити або написати. Дані використовуються лише для цього і видаляються не пізніше ніж ' +
    'через 30 днів після виконання запиту; запит, який ніхто не взяв у роботу, — через 30 днів. ' +
    'Я можу будь-коли відкликати свою згоду, звернувшись до Familienbüro.',
  ar:
    'أوافق على أن يحفظ مكتب الأسرة في بوتسدام (Familienbüro Potsdam) البيانات التي أدخلها في هذا ' +
    'النموذج من أجل معاودة الاتصال بي أو مراسلتي. لا تُستخدم هذه البيانات إلا لهذا الغرض، وتُحذف بعد ' +
    '30 يومًا على الأكثر من إنجاز طلبي؛ أما الطلب الذي لم يتولَّه أحد فيُحذف بعد 30 يومًا. ' +
    'يمكنني سحب موافقتي في أي وقت لدى مكتب الأسرة.',
  tr:
    'Bu formda verdiğim bilgilerin, beni geri aramak veya bana yazmak amacıyla Familienbüro Potsdam ' +
    'tarafından saklanmasını kabul ediyorum. Bilgiler yalnızca bu amaçla kullanılır ve talebim ' +
    'sonuçlandıktan en geç 30 gün sonra silinir; kimsenin üstlenmediği bir talep 30 gün sonra silinir. ' +
    "Onayımı istediğim zaman Familienbüro'ya bildirerek geri alabilirim.",
};

/** The consent text shown in `lang` (German when a language had none). */
export function callbackConsentText(lang: PortalLang): string {
  return CALLBACK_CONSENT_TEXTS[lang] ?? CALLBACK_CONSENT_TEXTS.de;
}

/** Limits of the form (the API's DTO and the portal's form use the same numbers). */
export const CALLBACK_LIMITS = {
  nameMax: 80,
  phoneMax: 30,
  preferredTimeMax: 120,
  outcomeMax: 1000,
  /** A form sent sooner than this after it was issued is a robot's (`CALLBACK_TOO_FAST`). */
  minFillMs: 3_000,
  /** A form older than this is expired (`CALLBACK_FORM_EXPIRED`): the family loads it again. */
  maxAgeMs: 2 * 60 * 60_000,
  /** Requests per client address and window, held in memory only (`CALLBACK_RATE_LIMITED`). */
  ratePerWindow: 600,
  rateWindowMs: 10 * 60_000,
  /** Days after which the retention job erases a request (not taken / done or closed). */
  retentionDays: 30,
} as const;

/** A phone number as a family types it: digits, spaces, `+ ( ) / -`, at least five digits. */
export const CALLBACK_PHONE_PATTERN = /^(?=(?:[^0-9]*[0-9]){5})\+?[0-9 ()/-]{5,30}$/;

/** How old a form is, judged by the time it was issued: ok, too fast, or expired. */
export function callbackFormAge(issuedAtMs: number, nowMs: number): 'ok' | 'too_fast' | 'expired' {
  const age = nowMs - issuedAtMs;
  if (age < CALLBACK_LIMITS.minFillMs) return 'too_fast';
  if (age > CALLBACK_LIMITS.maxAgeMs) return 'expired';
  return 'ok';
}

/** What a request is about: a life situation, a Verwaltungsleistung, or something else. */
export type CallbackTopic =
  { kind: 'lebenslage'; key: string } | { kind: 'leistung'; id: string } | { kind: 'sonstiges' };

export const CALLBACK_TOPIC_OTHER = 'sonstiges';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A topic value (`lebenslage:<key>`, `leistung:<id>`, `sonstiges`) parsed, or null when it is none. */
export function parseCallbackTopic(value: string): CallbackTopic | null {
  if (value === CALLBACK_TOPIC_OTHER) return { kind: 'sonstiges' };
  const [kind, ref, ...rest] = value.split(':');
  if (rest.length > 0 || ref === undefined) return null;
  if (kind === 'lebenslage' && findLifeSituation(ref)) return { kind, key: ref };
  if (kind === 'leistung' && UUID.test(ref)) return { kind, id: ref };
  return null;
}

/** "Something else" in each portal language. */
export const CALLBACK_OTHER_LABELS: Readonly<Record<PortalLang, string>> = {
  de: 'Etwas anderes',
  ls: 'Etwas anderes',
  en: 'Something else',
  uk: 'Інше питання',
  ar: 'موضوع آخر',
  tr: 'Başka bir konu',
};

/** The topic value of a life situation (the portal's life situation pages link the form with it). */
export const lifeSituationTopic = (key: string): string => `lebenslage:${key}`;

/** The topic value of a Verwaltungsleistung (its page links the form with it). */
export const serviceTopic = (id: string): string => `leistung:${id}`;

/** The life-situation topics of the form, labelled in `lang`. */
export function lifeSituationTopics(lang: PortalLang): { value: string; label: string }[] {
  return LIFE_SITUATIONS.map((s) => ({ value: lifeSituationTopic(s.key), label: s.labels[lang] }));
}

/**
 * The need categories a contact made from a request gets (issue 17 point 7, "turn it into a
 * contact"): a service's own categories; a life situation's first (main) category — all of a
 * broad life situation would count needs nobody named; none for "something else".
 */
export function callbackTopicCategories(
  topic: CallbackTopic | null,
  serviceCategoryKeys: readonly string[] = [],
): string[] {
  if (!topic || topic.kind === 'sonstiges') return [];
  if (topic.kind === 'leistung') return [...new Set(serviceCategoryKeys)].slice(0, 5);
  const first = findLifeSituation(topic.key)?.categoryKeys[0];
  return first ? [first] : [];
}

/** The German label of a topic for the staff app (a service's title is looked up by the caller). */
export function callbackTopicLabelDe(value: string, serviceTitle?: string | null): string {
  const topic = parseCallbackTopic(value);
  if (!topic || topic.kind === 'sonstiges') return 'Sonstiges';
  if (topic.kind === 'lebenslage') return findLifeSituation(topic.key)?.labelDe ?? value;
  return serviceTitle ? `Leistung: ${serviceTitle}` : 'Verwaltungsleistung';
}

/** The states of a request in the staff app: `open → taken → done`, `open|taken → closed`. */
export const CALLBACK_STATUSES = ['open', 'taken', 'done', 'closed'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

export const CALLBACK_MOVES = ['take', 'done', 'close'] as const;
export type CallbackMove = (typeof CALLBACK_MOVES)[number];

/** From which states each move goes, and where to. */
export const CALLBACK_TRANSITIONS: Readonly<
  Record<CallbackMove, { from: readonly CallbackStatus[]; to: CallbackStatus }>
> = {
  take: { from: ['open'], to: 'taken' },
  done: { from: ['taken'], to: 'done' },
  close: { from: ['open', 'taken'], to: 'closed' },
};

/** The state after `move`, or null when the move is not allowed from `status`. */
export function callbackMove(status: CallbackStatus, move: CallbackMove): CallbackStatus | null {
  const rule = CALLBACK_TRANSITIONS[move];
  return rule.from.includes(status) ? rule.to : null;
}

/** Why staff close a request without a call. */
export const CALLBACK_CLOSE_REASONS = ['not_reachable', 'duplicate', 'spam', 'withdrawn', 'other'] as const;
export type CallbackCloseReason = (typeof CALLBACK_CLOSE_REASONS)[number];

/** May a request become a contact? Not when closed, and only once. */
export function callbackMayBecomeContact(r: { status: CallbackStatus; contactId: string | null }): boolean {
  return r.status !== 'closed' && r.contactId === null;
}

/** The day (UTC instant) from which the retention job erases a request, or null while it is kept. */
export function callbackErasableFrom(r: {
  status: CallbackStatus;
  createdAt: Date;
  doneAt: Date | null;
  closedAt: Date | null;
}): Date | null {
  const plus = (d: Date) => new Date(d.getTime() + CALLBACK_LIMITS.retentionDays * 86_400_000);
  if (r.status === 'open') return plus(r.createdAt);
  if (r.status === 'done' && r.doneAt) return plus(r.doneAt);
  if (r.status === 'closed' && r.closedAt) return plus(r.closedAt);
  return null;
}
