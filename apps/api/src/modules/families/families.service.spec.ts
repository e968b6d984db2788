import { normaliseSearch } from './families.service';

describe('normaliseSearch', () => {
  it('turns a phone number into the bare digits the search text holds', () => {
    expect(normaliseSearch('0331 / 200-4711')).toBe('03312004711');
    expect(normaliseSearch('+49 (331) 2004711')).toBe('493312004711');
  });

  it('leaves names alone, trimmed', () => {
    expect(normaliseSearch('  Çelik-Schultz ')).toBe('Çelik-Schultz');
    expect(normaliseSearch('Haus 7')).toBe('Haus 7');
  });
});
