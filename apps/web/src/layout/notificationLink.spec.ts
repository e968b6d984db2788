import { routeOfNotificationLink } from './notificationLink';

describe('routeOfNotificationLink', () => {
  it('turns the hash link of a notification into a route', () => {
    expect(routeOfNotificationLink('#/families/f1/show')).toBe('/families/f1/show');
    expect(routeOfNotificationLink(' #/families/f1/show/needs ')).toBe('/families/f1/show/needs');
    // referral_update and consent_withdrawn link to the family (its tab "Vermittlungen").
    expect(routeOfNotificationLink('#/families/f1/show/referrals')).toBe('/families/f1/show/referrals');
  });

  it('follows no external or empty link', () => {
    expect(routeOfNotificationLink('https://example.org')).toBeNull();
    expect(routeOfNotificationLink('//example.org/x')).toBeNull();
    expect(routeOfNotificationLink('')).toBeNull();
    expect(routeOfNotificationLink(null)).toBeNull();
    expect(routeOfNotificationLink('#/families?next=https://example.org')).toBeNull();
    expect(routeOfNotificationLink('javascript:alert(1)')).toBeNull();
  });
});
