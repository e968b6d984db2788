// The portal's budgets (issue 17 point 1): at most 120 KB of JavaScript (gzip) on any page and
// 30 KB of CSS (gzip). A page loads at most the islands' entry script and everything it imports
// (all .js files of the build, counted together: an upper bound) and one of the two stylesheets.
// Runs after `vite build` (nx build target) and fails the build when a budget is broken.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const JS_BUDGET = 120 * 1024;
export const CSS_BUDGET = 30 * 1024;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const client = join(process.argv[2] ?? join(root, 'dist', 'portal', 'client'));
const manifest = JSON.parse(readFileSync(join(client, 'portal-assets.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(client, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const scripts = readdirSync(join(client, 'assets')).filter((f) => f.endsWith('.js'));
const js = scripts.reduce((sum, f) => sum + gz(join('assets', f)), 0);
const css = gz(manifest.css);
const cssRtl = gz(manifest.cssRtl);

const problems = [];
if (
  readFileSync(join(client, manifest.css), 'utf8') === readFileSync(join(client, manifest.cssRtl), 'utf8')
) {
  problems.push('the Arabic stylesheet is not mirrored (rtlcss changed nothing)');
}
if (js > JS_BUDGET) problems.push(`JavaScript ${kb(js)} gzip > ${kb(JS_BUDGET)}`);
for (const [name, size] of [
  ['CSS', css],
  ['CSS (rtl)', cssRtl],
]) {
  if (size > CSS_BUDGET) problems.push(`${name} ${kb(size)} gzip > ${kb(CSS_BUDGET)}`);
}
console.log(
  `Familienportal budgets: JavaScript ${kb(js)} gzip (≤ ${kb(JS_BUDGET)}; only pages with a search field or the callback form load it), ` +
    `CSS ${kb(css)} / rtl ${kb(cssRtl)} gzip (≤ ${kb(CSS_BUDGET)})`,
);
if (problems.length > 0) {
  console.error(`Budget broken: ${problems.join('; ')}`);
  process.exit(1);
}
