import { DISTRICTS } from './districts';
import {
  isSensitiveCategory,
  NEED_CATEGORIES,
  NEED_CATEGORY_GROUPS,
  NEED_CATEGORY_KEY_PATTERN,
} from './need-categories';

describe('seed taxonomy', () => {
  it('has the 35 need categories of domain.md with unique, well-formed keys', () => {
    expect(NEED_CATEGORIES).toHaveLength(35);
    const keys = NEED_CATEGORIES.map((c) => c.key);
    expect(new Set(keys).size).toBe(35);
    for (const c of NEED_CATEGORIES) {
      expect(c.key).toMatch(NEED_CATEGORY_KEY_PATTERN);
      expect(NEED_CATEGORY_GROUPS).toContain(c.group);
      expect(c.labelDe.length).toBeGreaterThan(2);
      expect(c.labelEn.length).toBeGreaterThan(2);
    }
  });

  it('marks the groups Gesundheit and Schutz and the category migration as sensitive (Art. 9)', () => {
    const sensitive = NEED_CATEGORIES.filter((c) => c.sensitive)
      .map((c) => c.key)
      .sort();
    expect(sensitive).toEqual(['behinderung', 'gesundheit', 'kinderschutz', 'migration', 'psyche_sucht']);
    expect(isSensitiveCategory('sprache', 'Migration und Sprache')).toBe(false);
    expect(isSensitiveCategory('neu', 'Gesundheit')).toBe(true);
  });

  it('has the six Sozialräume of Potsdam plus "ohne Angabe" and "außerhalb"', () => {
    expect(DISTRICTS.map((d) => d.sozialraum)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', null, null]);
    expect(DISTRICTS.map((d) => d.code)).toContain('unknown');
    expect(DISTRICTS.map((d) => d.code)).toContain('outside');
    expect(DISTRICTS.find((d) => d.sozialraum === 'VI')?.stadtteile).toContain('Schlaatz');
  });
});
