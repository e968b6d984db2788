import { PROVIDER_REFERRAL_FIELDS, toProviderReferral } from './provider-view';

describe('the provider allow-list', () => {
  it('passes exactly the listed fields, whatever the source holds', () => {
    const view = toProviderReferral({
      id: 'r1',
      status: 'sent',
      note: 'Für den Träger',
      familyId: 'f1',
      needId: 'n1',
      counsellorId: 'u1',
      officeId: 'o1',
      consentId: 'c1',
      officeNote: 'intern',
      family: { name: 'Familie A', phone: '0331', email: null, birthDate: '2020-01-01', id: 'f1' },
    });
    expect(Object.keys(view)).toEqual([...PROVIDER_REFERRAL_FIELDS]);
    expect(view.family).toEqual({ name: 'Familie A', phone: '0331', email: null });
    expect(JSON.stringify(view)).not.toMatch(/f1|n1|u1|o1|c1|intern|2020/);
  });
});
