/**
 * A notification's link is a route of the staff app (`#/families/{id}/show`, `#/my-follow-ups`,
 * `#/reports`): a hash path of letters, digits, `-` and `/` — never an external address, a
 * protocol, a query or a script. The API checks it when a notification is written; the web
 * follows nothing else.
 */
const INTERNAL_LINK = /^#\/[A-Za-z0-9-]+(\/[A-Za-z0-9-]+)*$/;

export function isInternalLink(link: unknown): link is string {
  return typeof link === 'string' && link.length <= 200 && INTERNAL_LINK.test(link);
}
