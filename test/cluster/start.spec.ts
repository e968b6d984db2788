/**
 * `npm start` as a newcomer meets it (issue 15, point 6): the embedded default (no DATABASE_URL)
 * prints short readable lines, none of Nest's start-up detail and no JSON, and ends with the
 * start box: the staff app's address, the API docs' address and one demo login per role.
 * Runs scripts/start.mjs on the build (dist/) with a fresh data folder.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { freePort, ManagedProcess, REPO_ROOT } from '../support/processes';

describe('npm start (embedded default, development)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lotsen-start-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the OS user postgres
  let start: ManagedProcess | undefined;
  afterAll(async () => {
    await start?.stop(20_000);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints readable lines and ends with the box of addresses and demo logins', async () => {
    const port = await freePort();
    start = new ManagedProcess('start', join(REPO_ROOT, 'scripts', 'start.mjs'), {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(await freePort()),
      DATA_DIR: relative(REPO_ROOT, dataDir), // start.mjs takes it relative to the repository
    });
    await start.waitForLine(/^└─+┘$/, 60_000);
    const lines = start.output().split('\n');
    const boxTop = lines.findIndex((l) => /^┌─+┐$/.test(l));
    const box = lines.slice(boxTop);
    // the box is last, and holds the addresses and one login per role
    expect(box[box.length - 1]).toMatch(/^└─+┘$/);
    expect(box.join('\n')).toContain(`Fachanwendung:  http://localhost:${port}/`);
    expect(box.join('\n')).toContain(`API-Doku:       http://localhost:${port}/api/docs`);
    expect(box.filter((l) => l.includes('@familienbuero.example'))).toHaveLength(6);
    // before it: a few readable lines, no JSON, none of Nest's module and route wiring
    const log = lines.slice(0, boxTop).filter((l) => l.trim() !== '');
    for (const line of log) {
      expect(line).not.toMatch(/^\{/);
      expect(line).not.toMatch(/InstanceLoader|RouterExplorer|RoutesResolver|DataSourceNameRegistry/);
    }
    expect(log.filter((l) => /^\d\d:\d\d:\d\d (INFO |WARN ) /.test(l)).length).toBeGreaterThanOrEqual(3);
    expect(log.length).toBeLessThanOrEqual(10);
    expect(log.join('\n')).toContain('INFO  Bootstrap  Listening on port');
    // Redis runs here (127.0.0.1:6379): without REDIS_URL the start finds it and uses BullMQ
    expect(log.join('\n')).toMatch(
      /Redis auf 127\.0\.0\.1:6379 gefunden: Hintergrundaufträge laufen über BullMQ \(lotsen-[0-9a-f]{12}\)/,
    );
    expect(log.join('\n')).toContain('Worker started (bullmq)');

    // the addresses in the box answer
    const docs = await fetch(`http://localhost:${port}/api/docs`);
    expect(docs.status).toBe(200);

    start.signal('SIGINT');
    expect(await start.waitForExit(20_000)).toEqual({ code: 0, signal: null });
  }, 120_000);
});
