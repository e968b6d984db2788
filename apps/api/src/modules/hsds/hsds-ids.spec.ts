import { derivedId, offerIdOf, partId, uuidV5 } from './hsds-ids';

describe('HSDS ids', () => {
  it('UUID v5 as RFC 9562 defines it (the DNS example of the RFC)', () => {
    // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('derived ids are stable, differ per kind and lead back to the offer', () => {
    const offer = '0f8e2a64-3b1c-4d5e-8f70-112233445566';
    const kinds = ['service_at_location', 'location', 'address'] as const;
    const ids = kinds.map((k) => derivedId(k, offer));
    expect(new Set([offer, ...ids]).size).toBe(4);
    for (const [i, k] of kinds.entries()) {
      expect(ids[i]).toMatch(/^0f8e2a64-3b1c-4d5e-8f70-[0-9a-f]{12}$/);
      expect(derivedId(k, offer)).toBe(ids[i]);
      expect(offerIdOf(k, ids[i])).toBe(offer);
    }
    expect(() => derivedId('location', 'nicht-da')).toThrow();
  });

  it('part ids are deterministic and distinct per part', () => {
    expect(partId('phone', 'a')).toBe(partId('phone', 'a'));
    expect(partId('language', 'a', 'uk')).not.toBe(partId('language', 'a', 'en'));
  });
});
