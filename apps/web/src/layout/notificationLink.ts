/**
 * The in-app route of a notification's `link` (`#/families/{id}/show` → `/families/{id}/show`);
 * null for anything that is not a route of this app (no external links from notifications).
 */
export function routeOfNotificationLink(link: unknown): string | null {
  if (typeof link !== 'string') return null;
  const route = link.trim().replace(/^#/, '');
  if (!route.startsWith('/') || route.startsWith('//')) return null;
  return route;
}
