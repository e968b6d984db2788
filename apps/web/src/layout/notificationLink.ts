import { isInternalLink } from '@lotsen/domain';

/**
 * The in-app route of a notification's `link` (`#/families/{id}/show` → `/families/{id}/show`);
 * null for anything that is not a route of this app (no external links from notifications). The
 * rule is libs/domain's `isInternalLink`, which the API applies when it stores a notification.
 */
export function routeOfNotificationLink(link: unknown): string | null {
  if (typeof link !== 'string') return null;
  const trimmed = link.trim();
  return isInternalLink(trimmed) ? trimmed.slice(1) : null;
}
