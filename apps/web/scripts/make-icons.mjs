// The app icons of the installable staff app (issue 22): the favicon's white "L" on the blue of
// the theme, as PNG files in apps/web/public. Run once after changing the design:
//   node apps/web/scripts/make-icons.mjs
// `maskable`: the blue fills the whole square and the "L" stays inside the safe zone (the
// central circle of 80 %), so that any mask of the platform keeps it whole.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x15, 0x65, 0xc0];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
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

/** An RGBA PNG of `size` px drawn by `pixel(x, y)` in units of the 64-px favicon. */
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const rgba = pixel(((x + 0.5) * 64) / size, ((y + 0.5) * 64) / size);
      rgba.forEach((v, i) => (row[1 + x * 4 + i] = v));
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
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

const out = new URL('../public/', import.meta.url);
writeFileSync(new URL('pwa-192x192.png', out), png(192, any));
writeFileSync(new URL('pwa-512x512.png', out), png(512, any));
writeFileSync(new URL('pwa-maskable-512x512.png', out), png(512, maskable));
console.log('apps/web/public: pwa-192x192.png, pwa-512x512.png, pwa-maskable-512x512.png');
