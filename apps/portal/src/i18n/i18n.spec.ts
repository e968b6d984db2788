import { PORTAL_LANGS } from '@lotsen/domain';
import { MESSAGES, format } from './index';
import { de } from './de';
import { PAGE_TEXTS } from './page-texts';

/** Every leaf of an object as [path, value]. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
      leaves(v, path ? `${path}.${k}` : k),
    );
  }
  return [[path, value]];
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the portal interface strings', () => {
  const keys = leaves(de).map(([k]) => k);

  it('German has strings at all', () => {
    expect(keys.length).toBeGreaterThan(100);
  });

  it.each(PORTAL_LANGS)('%s has every key of German, none empty, and no other key', (lang) => {
    const own = new Map(leaves(MESSAGES[lang]));
    const missing = keys.filter(
      (k) => typeof own.get(k) !== 'string' || (own.get(k) as string).trim() === '',
    );
    expect(missing).toEqual([]);
    expect([...own.keys()].sort()).toEqual([...keys].sort());
  });

  it.each(PORTAL_LANGS)('%s uses the same {placeholders} as German', (lang) => {
    const own = new Map(leaves(MESSAGES[lang]));
    const wrong = leaves(de).filter(
      ([k, v]) => placeholders(v as string).join() !== placeholders(own.get(k) as string).join(),
    );
    expect(wrong.map(([k]) => k)).toEqual([]);
  });

  it('Leichte Sprache is written, not copied: no German sentence of four or more words is kept', () => {
    const ls = new Map(leaves(MESSAGES.ls));
    const same = leaves(de).filter(([k, v]) => ls.get(k) === v && String(v).split(/\s+/).length >= 4);
    expect(same.map(([k]) => k)).toEqual([]);
  });

  it('format fills placeholders and leaves unknown ones', () => {
    expect(format('Angebote ({n})', { n: 3 })).toBe('Angebote (3)');
    expect(format('{a} {b}', { a: 'x' })).toBe('x {b}');
  });
});

describe('the portal text pages', () => {
  const pages = Object.keys(PAGE_TEXTS.de);

  it.each(PORTAL_LANGS)('%s has every page with title, lead and non-empty sections', (lang) => {
    const texts = PAGE_TEXTS[lang];
    expect(Object.keys(texts).sort()).toEqual([...pages].sort());
    for (const page of Object.values(texts)) {
      expect(page.title.trim()).not.toBe('');
      expect(page.lead.trim()).not.toBe('');
      expect(page.sections.length).toBeGreaterThan(0);
      for (const s of page.sections) {
        expect(s.heading.trim()).not.toBe('');
        expect(s.paragraphs.length).toBeGreaterThan(0);
        for (const p of s.paragraphs) expect(p.trim()).not.toBe('');
      }
    }
  });

  it.each(PORTAL_LANGS)(
    '%s: the accessibility statement names the feedback route and the conciliation body',
    (lang) => {
      const text = JSON.stringify(PAGE_TEXTS[lang].accessibility);
      expect(text).toContain('0331 289-0');
      expect(text).toMatch(/BbgBGG|Brandenburg/);
      if (lang !== 'ls') expect(text).toContain('16');
    },
  );

  it.each(PORTAL_LANGS)('%s: the privacy notice says no cookies and names the 30 days', (lang) => {
    expect(JSON.stringify(PAGE_TEXTS[lang].privacy)).toContain('30');
  });

  it('Leichte Sprache sentences are short (at most 20 words each)', () => {
    const sentences = leaves(PAGE_TEXTS.ls)
      .flatMap(([, v]) => String(v).split(/(?<=[.!?:])\s+/))
      .filter((s) => s.trim() !== '');
    const long = sentences.filter((s) => s.split(/\s+/).length > 20);
    expect(long).toEqual([]);
  });
});
