import { parseAddress } from './hsds-locations';
import { hsdsPage } from './hsds-page';
import { compact } from './hsds-values';

describe('HSDS values: addresses, the page envelope, compact objects', () => {
  it.each([
    ['Am Kanal 41, 14467 Potsdam', { address_1: 'Am Kanal 41', postal_code: '14467', city: 'Potsdam' }],
    [
      'Bürgerhaus am Schlaatz, Schilfhof 28, 14478 Potsdam',
      { name: 'Bürgerhaus am Schlaatz', address_1: 'Schilfhof 28', postal_code: '14478', city: 'Potsdam' },
    ],
    [
      'Beratungsstelle: Lindenstraße 26, 14467 Potsdam',
      { name: 'Beratungsstelle', address_1: 'Lindenstraße 26', postal_code: '14467', city: 'Potsdam' },
    ],
    [
      'Musterweg 1, 14469 Potsdam (vertraulich)',
      { address_1: 'Musterweg 1', postal_code: '14469', city: 'Potsdam' },
    ],
  ])('splits "%s" into street, postcode and city', (text, parsed) => {
    expect(parseAddress(text)).toEqual(parsed);
  });

  it.each(['im Rathaus', 'Am Kanal 41 Potsdam', ', 14467 Potsdam', ''])('gives up on "%s"', (text) => {
    expect(parseAddress(text)).toBeNull();
  });

  it('pages from 1: counts, first and last page, empty', () => {
    expect(hsdsPage(['a', 'b'], 5, 1, 2)).toEqual({
      total_items: 5,
      total_pages: 3,
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: false,
      empty: false,
      contents: ['a', 'b'],
    });
    expect(hsdsPage(['e'], 5, 3, 2)).toMatchObject({ size: 1, first_page: false, last_page: true });
    expect(hsdsPage([], 5, 4, 2)).toMatchObject({ size: 0, last_page: true, empty: true });
    expect(hsdsPage([], 0, 1, 50)).toMatchObject({
      total_pages: 0,
      first_page: true,
      last_page: true,
      empty: true,
    });
  });

  it('leaves out what has no value (HSDS strings are never null)', () => {
    expect(compact({ a: 1, b: null, c: undefined, d: [], e: '', f: [1] })).toEqual({ a: 1, e: '', f: [1] });
  });
});
