#!/usr/bin/env node
/**
 * Draws the app's icons into apps/web/public (Vite copies them to the root of dist/web):
 * favicon.svg, favicon.ico (16, 32 and 48 px PNGs inside), apple-touch-icon.png (180 px) and the
 * installable app's pwa-192x192.png, pwa-512x512.png and pwa-maskable-512x512.png.
 * The icon is the letter L in white on the app's primary blue (#1565c0, apps/web/src/layout/theme.ts).
 * No dependencies: a small rasterizer with 4×4 supersampling and a PNG encoder on node:zlib.
 * Run it again after changing the drawing: `node scripts/make-icons.mjs`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'apps', 'web', 'public');
const BLUE = [0x15, 0x65, 0xc0];
const WHITE = [0xff, 0xff, 0xff];

/** The drawing in unit coordinates (0…1): a rounded square and an L of two bars. */
const RADIUS = 0.2;
const BARS = [
  [0.3, 0.2, 0.46, 0.8], // x0, y0, x1, y1: the stem
  [0.3, 0.64, 0.74, 0.8], // the foot
];

function inRoundedSquare(x, y, radius) {
  if (radius === 0) return x >= 0 && x <= 1 && y >= 0 && y <= 1;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** RGBA pixels of the icon at `size` px; `square` fills the corners (touch icons are masked by the OS). */
export function render(size, square = false) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (!inRoundedSquare(x, y, square ? 0 : RADIUS)) continue;
          const c = BARS.some(([x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1) ? WHITE : BLUE;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        pixels[i] = Math.round(r / a);
        pixels[i + 1] = Math.round(g / a);
        pixels[i + 2] = Math.round(b / a);
      }
      pixels[i + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG (8-bit RGBA, no filter) of `size`×`size` pixels. */
export function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO file with PNG images inside (supported by every browser since 2009). */
export function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const e = Buffer.alloc(16);
    e[0] = size >= 256 ? 0 : size;
    e[1] = size >= 256 ? 0 : size;
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

function svg() {
  const hex = `#${BLUE.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  const bars = BARS.map(
    ([x0, y0, x1, y1]) =>
      `<rect x="${x0 * 64}" y="${y0 * 64}" width="${+((x1 - x0) * 64).toFixed(2)}" height="${+((y1 - y0) * 64).toFixed(2)}" fill="#fff"/>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><title>Lotsen CRM</title><rect width="64" height="64" rx="${RADIUS * 64}" fill="${hex}"/>${bars}</svg>\n`;
}

// The installable staff app's icons (issue 22): the favicon's white "L" on the theme's blue;
// `maskable`: the blue fills the whole square and the "L" stays inside the safe zone (the central
// circle of 80 %), so that any mask of the platform keeps it whole.
/** An RGBA PNG of `size` px drawn by `pixel(x, y)` in units of the 64-px favicon. */
function pngOf(size, pixel) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      pixels.set(pixel(((x + 0.5) * 64) / size, ((y + 0.5) * 64) / size), (y * size + x) * 4);
  return png(size, pixels);
}

/** The "L" of favicon.svg, scaled by `s` around the centre. */
function inL(x, y, s) {
  const u = (v) => 32 + (v - 32) / s;
  const [ux, uy] = [u(x), u(y)];
  const stem = ux >= 19.2 && ux < 29.44 && uy >= 12.8 && uy < 51.2;
  const foot = ux >= 19.2 && ux < 47.36 && uy >= 40.96 && uy < 51.2;
  return stem || foot;
}

/** Inside the favicon's rounded square (radius 12.8 of 64)? */
function inRounded(x, y) {
  const r = 12.8;
  const cx = Math.min(Math.max(x, r), 64 - r);
  const cy = Math.min(Math.max(y, r), 64 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

const any = (x, y) => (!inRounded(x, y) ? [0, 0, 0, 0] : inL(x, y, 1) ? [...WHITE, 255] : [...BLUE, 255]);
const maskable = (x, y) => (inL(x, y, 0.75) ? [...WHITE, 255] : [...BLUE, 255]);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = [16, 32, 48];
  writeFileSync(
    join(OUT, 'favicon.ico'),
    ico(sizes.map((size) => ({ size, data: png(size, render(size)) }))),
  );
  writeFileSync(join(OUT, 'apple-touch-icon.png'), png(180, render(180, true)));
  writeFileSync(join(OUT, 'favicon.svg'), svg());
  writeFileSync(join(OUT, 'pwa-192x192.png'), pngOf(192, any));
  writeFileSync(join(OUT, 'pwa-512x512.png'), pngOf(512, any));
  writeFileSync(join(OUT, 'pwa-maskable-512x512.png'), pngOf(512, maskable));
  process.stdout.write(`Icons written to ${OUT}\n`);
}
