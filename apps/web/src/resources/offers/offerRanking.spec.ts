import type { OfferCapacity } from '@lotsen/domain';
import { ageRangeMessage, offerAddress, providerOfferChanges } from './offerDisplay';
import { proposalFilter, rankOffers } from './offerRanking';

const offer = (id: string, languages: string[], capacity: OfferCapacity, title = id) => ({
  id,
  title,
  languages,
  capacity,
});

describe('proposalFilter', () => {
  it('asks for active offers of the need’s category in the family’s district (or the whole city)', () => {
    expect(proposalFilter({ categoryKey: 'erziehungsberatung' }, { districtId: 'd5' })).toEqual({
      categoryKey: 'erziehungsberatung',
      districtId: 'd5',
      active: true,
    });
  });

  it('leaves the district out when the family has none', () => {
    expect(proposalFilter({ categoryKey: 'wohngeld' }, { districtId: null })).toEqual({
      categoryKey: 'wohngeld',
      active: true,
    });
  });
});

describe('rankOffers', () => {
  it('puts a shared language first, then available before waitlist before full, then the title', () => {
    const offers = [
      offer('full-ar', ['ar', 'de'], 'full'),
      offer('available-de', ['de'], 'available'),
      offer('waitlist-ar', ['ar'], 'waitlist'),
      offer('available-ar-b', ['ar'], 'available', 'B'),
      offer('available-ar-a', ['en', 'ar'], 'available', 'A'),
      offer('full-de', [], 'full'),
    ];
    const ranked = rankOffers(offers, ['ar']);
    expect(ranked.map((entry) => entry.offer.id)).toEqual([
      'available-ar-a',
      'available-ar-b',
      'waitlist-ar',
      'full-ar',
      'available-de',
      'full-de',
    ]);
    expect(ranked[0]).toMatchObject({ languageMatch: true, sharedLanguages: ['ar'] });
    expect(ranked[4]).toMatchObject({ languageMatch: false, sharedLanguages: [] });
  });

  it('ranks by capacity alone when the family named no language, and keeps the input unchanged', () => {
    const offers = [offer('w', ['de'], 'waitlist'), offer('f', ['de'], 'full'), offer('a', [], 'available')];
    expect(rankOffers(offers, []).map((entry) => entry.offer.id)).toEqual(['a', 'w', 'f']);
    expect(rankOffers(offers, undefined).map((entry) => entry.offer.id)).toEqual(['a', 'w', 'f']);
    expect(offers.map((entry) => entry.id)).toEqual(['w', 'f', 'a']);
  });

  it('counts several shared languages as one match', () => {
    const ranked = rankOffers([offer('x', ['uk', 'ru', 'de'], 'available')], ['ru', 'uk']);
    expect(ranked[0].sharedLanguages).toEqual(['ru', 'uk']);
  });
});

describe('offerAddress', () => {
  it('shows the address, "on request" for a hidden one the API withheld, else nothing', () => {
    expect(offerAddress({ address: 'Am Stern 1', addressHidden: false })).toEqual({
      kind: 'address',
      text: 'Am Stern 1',
    });
    // Office staff get the hidden address itself.
    expect(offerAddress({ address: 'Geheim 2', addressHidden: true })).toEqual({
      kind: 'address',
      text: 'Geheim 2',
    });
    expect(offerAddress({ address: null, addressHidden: true })).toEqual({ kind: 'on_request' });
    expect(offerAddress({ address: '  ', addressHidden: false })).toEqual({ kind: 'none' });
  });
});

describe('ageRangeMessage', () => {
  it('names both ends, one end or none', () => {
    expect(ageRangeMessage({ ageFrom: 0, ageTo: 6 })).toEqual({
      key: 'resources.offers.ages.range',
      args: { from: 0, to: 6, smart_count: 6 },
    });
    expect(ageRangeMessage({ ageFrom: 12, ageTo: null })?.key).toBe('resources.offers.ages.from');
    expect(ageRangeMessage({ ageTo: 3 })?.key).toBe('resources.offers.ages.to');
    expect(ageRangeMessage({ ageFrom: null, ageTo: null })).toBeNull();
  });
});

describe('providerOfferChanges', () => {
  it('keeps only the fields a provider user may change (PROVIDER_EDITABLE_OFFER_FIELDS), id and version', () => {
    expect(
      providerOfferChanges({
        id: 'o1',
        version: 3,
        title: 'Neu',
        capacity: 'full',
        description: 'Text',
        openingHours: 'Mo 9–12',
        phone: '0331 1',
        email: 'a@b.de',
        addressHidden: false,
        categoryKeys: ['x'],
        providerId: 'p2',
      }),
    ).toEqual({
      id: 'o1',
      version: 3,
      capacity: 'full',
      description: 'Text',
      openingHours: 'Mo 9–12',
      phone: '0331 1',
      email: 'a@b.de',
    });
  });
});
