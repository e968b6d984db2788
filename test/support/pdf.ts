import { inflateSync } from 'node:zlib';

/** WinAnsi (cp1252) bytes 0x80–0x9f that differ from Latin-1; the rest map to themselves. */
const CP1252: Record<number, string> = {
  0x80: '€',
  0x84: '„',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0xb7: '·',
};

/**
 * Reads a PDF as a reader would, without a PDF library: the page objects of the page tree, and
 * the text shown by every text operator of every content stream (inflated where compressed),
 * one string per operator, in drawing order.
 */
export function readPdf(pdf: Buffer): { pages: number; count: number | null; texts: string[] } {
  const raw = pdf.toString('latin1');
  expect(raw.startsWith('%PDF-')).toBe(true);
  const pages = (raw.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const count = /\/Type\s*\/Pages[^>]*?\/Count\s+(\d+)/.exec(raw);
  const texts: string[] = [];
  const streams = /(<<(?:(?!>>).)*?>>)\s*stream\r?\n/gs;
  let m: RegExpExecArray | null;
  while ((m = streams.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    let content: string;
    try {
      content = (m[1].includes('/FlateDecode') ? inflateSync(bytes) : bytes).toString('latin1');
    } catch {
      continue; // not a content stream (fonts, images)
    }
    for (const op of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hex =
        op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('') : op[2];
      let text = '';
      for (let i = 0; i + 1 < hex.length; i += 2) {
        const b = parseInt(hex.slice(i, i + 2), 16);
        text += CP1252[b] ?? String.fromCharCode(b);
      }
      texts.push(text);
    }
  }
  return { pages, count: count ? Number(count[1]) : null, texts };
}
