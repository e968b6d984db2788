import { nonPublicFields, pickPublic } from './public-fields';
import { isLeikaKey, serviceLifeSituations, serviceRef } from './services';

describe('Verwaltungsleistungen', () => {
  it('a LeiKa key is 14 digits beginning with 99', () => {
    expect(isLeikaKey('99041006017000')).toBe(true);
    for (const wrong of [
      '9904100601700',
      '990410060170001',
      '98041006017000',
      '99041006O17000',
      ' 99041006017000',
      '',
    ])
      expect(isLeikaKey(wrong)).toBe(false);
  });

  it('a portal address names a service by its LeiKa key or its id, nothing else', () => {
    expect(serviceRef('99041006017000')).toEqual({ leikaKey: '99041006017000' });
    expect(serviceRef('6F1C2B8E-3D4A-4B5C-9D6E-7F8091A2B3C4')).toEqual({
      id: '6f1c2b8e-3d4a-4b5c-9d6e-7f8091a2b3c4',
    });
    for (const wrong of ['elterngeld', '123', "99041006017000' OR 1=1", '6f1c2b8e-3d4a-4b5c-9d6e'])
      expect(serviceRef(wrong)).toBeNull();
  });

  it('life situations: the named ones first, then those of the categories, unknown keys dropped', () => {
    expect(serviceLifeSituations(['alleinerziehend', 'nicht_da'], ['kita_gutschein'])).toEqual([
      'alleinerziehend',
      'kinderbetreuung',
    ]);
    expect(serviceLifeSituations([], ['elterngeld'])).toEqual(['schwangerschaft_geburt', 'geld_leistungen']);
    expect(serviceLifeSituations(['kinderbetreuung'], ['kita_gutschein'])).toEqual(['kinderbetreuung']);
  });

  it('a public service shows its responsible body by the provider list, and no bookkeeping', () => {
    const record = {
      id: 's1',
      leikaKey: null,
      title: 'Wohngeld',
      responsibleProviderId: 'p1',
      provider: { id: 'p1', name: 'Wohngeldstelle', active: true, districtId: 'd1' },
      active: true,
      version: 2,
      createdAt: '2026-01-01',
    };
    expect(pickPublic('service', record)).toEqual({
      id: 's1',
      leikaKey: null,
      title: 'Wohngeld',
      provider: { id: 'p1', name: 'Wohngeldstelle' },
    });
    expect(nonPublicFields('service', record).sort()).toEqual([
      'active: not a public field of service',
      'createdAt: not a public field of service',
      'provider.active: not a public field of provider',
      'provider.districtId: not a public field of provider',
      'responsibleProviderId: not a public field of service',
      'version: not a public field of service',
    ]);
  });
});
