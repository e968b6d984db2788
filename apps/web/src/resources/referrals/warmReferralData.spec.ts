import { warmReferralData } from './warmReferralData';

const given = '2026-01-01T00:00:00Z';
const now = new Date('2026-12-01T00:00:00Z');
const parent = { relation: 'parent', phone: '0331 123', email: 'eva@example.org', createdAt: given };

describe('what a warm referral gives the provider (issue 25.9)', () => {
  it('passes a parent’s phone and e-mail only with the family’s consent for each', () => {
    const data = warmReferralData(
      [parent],
      [{ id: 'c1', scope: 'contact_by_phone', givenAt: given }],
      [],
      now,
    );
    expect(data.phone).toEqual({ scope: 'contact_by_phone', value: '0331 123', consented: true });
    expect(data.email).toEqual({ scope: 'contact_by_email', value: 'eva@example.org', consented: false });
    expect(data.reachable).toBe(true);
  });

  it('is not reachable without a consent, or with a consent but no number, or a withdrawn consent', () => {
    expect(warmReferralData([parent], [], [], now).reachable).toBe(false);
    const child = { relation: 'child', phone: '0176 999', createdAt: given };
    expect(
      warmReferralData([child], [{ id: 'c1', scope: 'contact_by_phone', givenAt: given }], [], now).reachable,
    ).toBe(false);
    const withdrawn = {
      id: 'c2',
      scope: 'contact_by_phone',
      givenAt: given,
      withdrawnAt: '2026-06-01T00:00:00Z',
    };
    expect(warmReferralData([parent], [withdrawn], [], now).reachable).toBe(false);
  });

  it('counts a consent recorded in the same step', () => {
    const data = warmReferralData([parent], [], ['contact_by_email'], now);
    expect(data.email.consented).toBe(true);
    expect(data.reachable).toBe(true);
  });

  it('takes the first parent that has a number, as the API does', () => {
    const later = { relation: 'parent', phone: '0331 999', createdAt: '2026-02-01T00:00:00Z' };
    const first = { relation: 'parent', phone: null, email: null, createdAt: given };
    const data = warmReferralData([later, first], [], [], now);
    expect(data.phone.value).toBe('0331 999');
  });
});
