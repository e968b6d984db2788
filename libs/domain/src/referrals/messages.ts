/**
 * Messages on a referral (issue 21.1, docs/api-referrals.md "messages"): plain text between the
 * referring office and the receiving provider, on a warm referral while the family's consent for
 * that provider holds. The limits and the text rule live here, for the API's DTO and the web form.
 */
export const REFERRAL_MESSAGE_LIMITS = {
  /** Characters of one message. */
  textMax: 2000,
} as const;

/** The two sides of a thread: who wrote a message. */
export const MESSAGE_SIDES = ['office', 'provider'] as const;
export type MessageSide = (typeof MESSAGE_SIDES)[number];

/**
 * An HTML tag, comment or doctype (`<b>`, `</p>`, `<!-- -->`, `<img src=…>`). A `<` that opens no
 * tag ("Kind < 3 Jahre", "<3") is ordinary text.
 */
const HTML_TAG = /<\s*[/!?]?\s*[A-Za-z][^>]*>|<!--/;

/** The problem of a message's text, or null: empty, too long, or HTML. */
export function messageTextProblem(text: unknown): 'required' | 'too_long' | 'html' | null {
  if (typeof text !== 'string' || text.trim() === '') return 'required';
  if (text.length > REFERRAL_MESSAGE_LIMITS.textMax) return 'too_long';
  if (HTML_TAG.test(text)) return 'html';
  return null;
}

/** The title of the in-app notice and the e-mail's subject and body line: no name, no content. */
export const NEW_MESSAGE_NOTICE_DE = 'Neue Nachricht zu einer Vermittlung';
