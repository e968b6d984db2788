import { PUBLIC_FIELDS, nonPublicFields, pickPublic, publicReach } from './public-fields';

const offer = {
  id: 'o1',
  title: 'Kita-Gutschein',
  address: null,
  addressHidden: true,
  active: true,
  version: 3,
  createdAt: '2026-01-01',
  provider: { id: 'p1', name: 'Kitaservice', active: true, version: 2 },
  districts: [{ id: 'd1', code: 'SR1', name: 'Nord', sozialraum: 'I', sortOrder: 1 }],
  categories: [{ key: 'kita_gutschein', label: 'Kita-Platz', sensitive: false }],
};

describe('public fields', () => {
  it('pickPublic keeps only the listed fields, of embedded records too', () => {
    expect(pickPublic('offer', offer)).toEqual({
      id: 'o1',
      title: 'Kita-Gutschein',
      address: null,
      provider: { id: 'p1', name: 'Kitaservice' },
      districts: [{ id: 'd1', code: 'SR1', name: 'Nord' }],
      categories: [{ key: 'kita_gutschein', label: 'Kita-Platz' }],
    });
  });

  it('never lists the flags and bookkeeping of a record', () => {
    for (const fields of Object.values(PUBLIC_FIELDS)) {
      for (const hidden of ['active', 'version', 'createdAt', 'addressHidden', 'sensitive', 'notes'])
        expect(fields).not.toContain(hidden);
    }
  });

  it('nonPublicFields names every field outside the list with its path', () => {
    expect(nonPublicFields('offer', offer).sort()).toEqual(
      [
        'active: not a public field of offer',
        'addressHidden: not a public field of offer',
        'categories.0.sensitive: not a public field of need_category',
        'createdAt: not a public field of offer',
        'districts.0.sortOrder: not a public field of district',
        'districts.0.sozialraum: not a public field of district',
        'provider.active: not a public field of provider',
        'provider.version: not a public field of provider',
        'version: not a public field of offer',
      ].sort(),
    );
    expect(nonPublicFields('offer', pickPublic('offer', offer))).toEqual([]);
    expect(nonPublicFields('offer', { provider: 'p1' })).toEqual(['provider: not a provider record']);
  });
});

describe('publicReach', () => {
  it('gives address and e-mail, or neither when the address is hidden (the phone only)', () => {
    expect(publicReach('Weg 1', 'a@b.de', false)).toEqual({ address: 'Weg 1', email: 'a@b.de' });
    expect(publicReach('Weg 1', 'a@b.de', true)).toEqual({ address: null, email: null });
  });
});
