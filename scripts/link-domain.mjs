// After `tsc` has built the API into dist/api, point `require("@lotsen/domain")` at the compiled
// lib (dist/api/libs/domain/src) with a relative path, so node runs the build without aliases.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const dist = process.argv[2] ?? 'dist/api';
const target = join(dist, 'libs/domain/src/index.js');
let changed = 0;

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.js')) rewrite(path);
  }
}

function rewrite(file) {
  const source = readFileSync(file, 'utf8');
  if (!source.includes('"@lotsen/domain"')) return;
  let rel = relative(dirname(file), target).split(sep).join('/').replace(/\.js$/, '');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  writeFileSync(file, source.replaceAll('require("@lotsen/domain")', `require("${rel}")`));
  changed++;
}

walk(dist);
console.log(`link-domain: ${changed} files point at ${target}`);
