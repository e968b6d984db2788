// After `tsc` has built the API into dist/api, point the workspace aliases
// (`@lotsen/domain`, `@lotsen/migrations`) at their compiled files with relative paths,
// so that node runs the build without any alias resolution at run time.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const dist = process.argv[2] ?? 'dist/api';
const ALIASES = {
  '@lotsen/domain': join(dist, 'libs/domain/src/index.js'),
  '@lotsen/migrations': join(dist, 'migrations/index.js'),
};
let changed = 0;

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.js')) rewrite(path);
  }
}

function rewrite(file) {
  let source = readFileSync(file, 'utf8');
  const before = source;
  for (const [alias, target] of Object.entries(ALIASES)) {
    let rel = relative(dirname(file), target).split(sep).join('/').replace(/\.js$/, '');
    if (!rel.startsWith('.')) rel = `./${rel}`;
    source = source.replaceAll(`require("${alias}")`, `require("${rel}")`);
  }
  if (source !== before) {
    writeFileSync(file, source);
    changed++;
  }
}

walk(dist);
console.log(`link-aliases: ${changed} files rewritten in ${dist}`);
