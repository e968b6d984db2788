// Shared helpers of the benchmark scripts: arguments, paths, the database URL.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const require = createRequire(import.meta.url);

/** `--name value` and `--flag` pairs into an object; unknown names are refused. */
export function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const name = a.slice(2);
    if (!(name in defaults))
      throw new Error(`unknown option --${name} (known: ${Object.keys(defaults).join(', ')})`);
    const next = argv[i + 1];
    if (typeof defaults[name] === 'boolean') out[name] = true;
    else {
      if (next === undefined) throw new Error(`--${name} needs a value`);
      out[name] = typeof defaults[name] === 'number' ? Number(next) : next;
      i++;
    }
  }
  return out;
}

/** The server of BENCH_PG_URL (default: the machine's PostgreSQL), with database `name`. */
export function databaseUrl(name) {
  const base = new URL(process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  base.pathname = `/${name}`;
  return base.toString();
}

/** The built API (dist/), required from the bench scripts. */
export function dist(path) {
  try {
    return require(join(root, 'dist/api', path));
  } catch (err) {
    if (err?.code === 'MODULE_NOT_FOUND') {
      throw new Error(`dist/api/${path} is missing: run "npm run build" (or nx run api:build) first`);
    }
    throw err;
  }
}

/** Password of every generated account, so that the bench can sign in. */
export const BENCH_PASSWORD = 'Lotsen-Bench-2026';
export const BENCH_DOMAIN = 'bench.example';
