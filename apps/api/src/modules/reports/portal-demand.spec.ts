import { buildPortalDemand } from './portal-demand';

const categories = [
  { key: 'kita_gutschein', label_de: 'Kita-Platz / Kita-Gutschein', sensitive: false },
  { key: 'gewalt', label_de: 'Häusliche Gewalt', sensitive: true },
];
const D1 = '11111111-1111-4111-8111-111111111111';

describe('buildPortalDemand: "Nachfrage im Familienportal"', () => {
  it('an empty period shows 0 searches and no rows', () => {
    expect(buildPortalDemand([], categories, 3)).toEqual({
      scope: 'city',
      searches: 0,
      byKey: [],
      byDistrict: [],
    });
  });

  it('hides a sensitive topic below 5 even where the office threshold is 3, and one more beside it', () => {
    const r = buildPortalDemand(
      [
        { key: 'bedarf:kita_gutschein', district_id: D1, n: 20 },
        { key: 'bedarf:gewalt', district_id: D1, n: 4 },
        { key: 'lebenslage:schule', district_id: null, n: 6 },
      ],
      categories,
      3,
    );
    expect(r.byKey).toEqual([
      { key: 'bedarf:gewalt', label: 'Bedarf: Häusliche Gewalt', searches: null },
      { key: 'bedarf:kita_gutschein', label: 'Bedarf: Kita-Platz / Kita-Gutschein', searches: 20 },
      // the smallest other topic goes too, or 30 − 20 − 6 would give the 4 away
      { key: 'lebenslage:schule', label: 'Lebenslage: Schule', searches: null },
    ]);
    expect(r.searches).toBe(30);
    expect(r.byDistrict).toEqual([
      { districtId: null, searches: 6 },
      { districtId: D1, searches: 24 },
    ]);
  });

  it('hides the total when it is small, in both margins', () => {
    const r = buildPortalDemand([{ key: 'ohne_treffer', district_id: null, n: 2 }], categories, 5);
    expect(r).toEqual({
      scope: 'city',
      searches: null,
      byKey: [{ key: 'ohne_treffer', label: 'Suche ohne Treffer', searches: null }],
      byDistrict: [{ districtId: null, searches: null }],
    });
  });
});
