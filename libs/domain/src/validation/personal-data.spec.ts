import { findPersonalData } from './personal-data';

const now = new Date('2026-12-06T12:00:00Z');

describe('findPersonalData', () => {
  it('finds the name, date of birth and phone number of the issue 24 example', () => {
    expect(findPersonalData('Herr Max Mustermann, geb. 01.02.1980, Tel 0331 123456', now)).toEqual([
      'name',
      'phone',
      'birth_date',
    ]);
  });

  it.each([
    ['Frau Özdemir fragt nach Kitaplätzen', ['name']],
    ['Name: Schulz', ['name']],
    ['Rückruf unter +49 331 2891234', ['phone']],
    ['Handy: 0176/1234567', ['phone']],
    ['Mail an anna.schulz@example.org', ['email']],
    ['Kind geboren am 3.4.2019', ['birth_date']],
    ['Sohn *12.05.2015', ['birth_date']],
    ['Geburtsdatum 2019-04-03', ['birth_date']],
    ['Mutter 1.2.85', ['birth_date']],
  ])('%s → %j', (text, kinds) => {
    expect(findPersonalData(text, now)).toEqual(kinds);
  });

  it.each([
    'Fragt nach Wohngeld, 3 Kinder, alleinerziehend',
    'Familie mit zwei Kindern sucht Kitaplatz ab 01.08.2027',
    'Miete 1.200 € warm, Kosten für Klassenfahrt 250 €',
    'Kita-Gutschein beantragt; Termin nächste Woche',
    'Sprachkurs gesucht (arabisch), Beratung 45 min',
    null,
    '',
  ])('leaves a plain topic alone: %s', (text) => {
    expect(findPersonalData(text, now)).toEqual([]);
  });
});
