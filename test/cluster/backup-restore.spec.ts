/**
 * `npm run backup` and `npm run restore` on every way of running Lotsen CRM (issue 15, point 7):
 * backup → wipe → restore gives every table back with the same row count and checksum, and the
 * same demand reports. The backup is a logical one written in Node (scripts/logical-backup.mjs),
 * no pg_dump: it runs on the server of DATABASE_URL (CI: the machine's PostgreSQL 15) and on the
 * embedded PostgreSQL 18 of `npm start` (found through DATA_DIR, without DATABASE_URL).
 * Needs the build (restore runs its migrations): `npm test` builds first.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { CONTACT_CHANNELS } from '@lotsen/domain';
import { loadConfig } from '../../apps/api/src/config/config';
import { createApp } from '../../apps/api/src/create-app';
import { createOffice, createUser, TEST_PASSWORD, type TestUser } from '../support/factories';
import { runMigrations } from '../../apps/api/src/common/database/migrate';
import { freePort, ManagedProcess, REPO_ROOT } from '../support/processes';
import { createTestDatabase, type TestDatabase } from '../support/test-db';
import { openDataSource } from './cluster-support';

const serverUrl = process.env.LOTSEN_TEST_SERVER_URL ?? '';

type Env = Record<string, string | undefined>;

function script(name: string, args: string[], env: Env = {}) {
  const merged: Env = { ...process.env, DATABASE_URL: serverUrl, ...env };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', name), ...args], {
    env: merged as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Families, contacts, needs and referrals in two offices, around the third quarter of 2026. */
async function seed(ds: DataSource, officeIds: string[], users: TestUser[]): Promise<void> {
  const random = lcg(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const districts = ((await ds.query(`SELECT id FROM districts`)) as { id: string }[]).map((d) => d.id);
  const categories = ['kita_gutschein', 'elterngeld', 'wohngeld', 'gesundheit', 'kinderschutz'];
  const provider: string = (
    await ds.query(`INSERT INTO providers (name, kind) VALUES ('Testträger', 'other') RETURNING id`)
  )[0].id;
  const families = Array.from({ length: 20 }, (_, i) => ({
    id: randomUUID(),
    office_id: officeIds[i % 2],
    owner_id: users[i % 2].id,
    name: `Familie Sicherung ${i}`,
    district_id: pick(districts),
  }));
  const contacts: Record<string, unknown>[] = [];
  const needs: Record<string, unknown>[] = [];
  const referrals: Record<string, unknown>[] = [];
  const start = Date.parse('2026-06-25T00:00:00Z');
  const span = Date.parse('2026-10-05T00:00:00Z') - start;
  for (let i = 0; i < 250; i++) {
    const at = new Date(start + Math.floor(random() * span)).toISOString();
    const family = random() < 0.6 ? null : pick(families);
    const o = family ? officeIds.indexOf(family.office_id) : i % 2;
    const contact = {
      id: randomUUID(),
      family_id: family?.id ?? null,
      office_id: officeIds[o],
      counsellor_id: users[o].id,
      occurred_at: at,
      channel: pick(CONTACT_CHANNELS),
      district_id: family?.district_id ?? pick(districts),
    };
    contacts.push(contact);
    for (let k = Math.floor(random() * 3); k > 0; k--) {
      const unmet = random() < 0.2;
      const need = {
        id: randomUUID(),
        family_id: family?.id ?? null,
        contact_id: contact.id,
        office_id: officeIds[o],
        category_key: pick(categories),
        status: unmet ? 'unmet' : 'open',
        unmet_reason: unmet ? 'no_offer' : null,
        identified_at: at,
        resolved_at: unmet ? at : null,
      };
      needs.push(need);
      if (family && !unmet && random() < 0.5) {
        referrals.push({
          need_id: need.id,
          family_id: family.id,
          office_id: officeIds[o],
          counsellor_id: users[o].id,
          provider_id: provider,
          mode: 'info',
          status: 'accepted',
          sent_at: at,
          responded_at: at,
        });
      }
    }
  }
  const insert = async (table: string, rows: Record<string, unknown>[], types: string) => {
    const columns = Object.keys(rows[0]).join(', ');
    await ds.query(
      `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_to_recordset($1::json) AS r(${types})`,
      [JSON.stringify(rows)],
    );
  };
  await insert('families', families, 'id uuid, office_id uuid, owner_id uuid, name text, district_id uuid');
  await insert(
    'contacts',
    contacts,
    'id uuid, family_id uuid, office_id uuid, counsellor_id uuid, occurred_at timestamptz, channel text, district_id uuid',
  );
  await insert(
    'needs',
    needs,
    'id uuid, family_id uuid, contact_id uuid, office_id uuid, category_key text, status text, unmet_reason text, identified_at timestamptz, resolved_at timestamptz',
  );
  await insert(
    'referrals',
    referrals,
    'need_id uuid, family_id uuid, office_id uuid, counsellor_id uuid, provider_id uuid, mode text, status text, sent_at timestamptz, responded_at timestamptz',
  );
}

/** Row count and MD5 of the content (rows as text, sorted) of every table of the public schema. */
async function tableStates(ds: DataSource): Promise<Record<string, { rows: number; md5: string }>> {
  const tables: { name: string }[] = await ds.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const states: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of tables) {
    const [row] = await ds.query(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5
         FROM "${name}" t`,
    );
    states[name] = row;
  }
  return states;
}

const counts = (states: Record<string, { rows: number }>) =>
  Object.fromEntries(Object.entries(states).map(([name, s]) => [name, s.rows]));

/** Offices, users and the families, contacts, needs and referrals of `seed`. */
async function seedDatabase(ds: DataSource) {
  const offices = [await createOffice(ds, 'Büro Nord'), await createOffice(ds, 'Büro Süd')];
  const counsellors = [
    await createUser(ds, 'counsellor', { officeId: offices[0] }),
    await createUser(ds, 'counsellor', { officeId: offices[1] }),
  ];
  const lead = await createUser(ds, 'team_lead', { officeId: offices[0] });
  const analyst = await createUser(ds, 'analyst');
  await seed(ds, offices, counsellors);
  return { lead, analyst };
}

async function appOn(url: string): Promise<NestExpressApplication> {
  const app = await createApp(
    loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SERVE_WEB: 'false', DATABASE_URL: url }),
  );
  await app.init();
  return app;
}

async function demandReports(app: NestExpressApplication, analyst: TestUser, lead: TestUser) {
  const reports: unknown[] = [];
  for (const user of [analyst, lead]) {
    const agent = request.agent(app.getHttpServer()).set('X-Requested-With', 'XMLHttpRequest');
    const login = await agent.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    // the analyst reads calendar periods only (a quarter, a month); the team lead any range
    const periods =
      user === analyst
        ? [
            ['2026-07-01', '2026-09-30'],
            ['2026-10-01', '2026-10-31'],
          ]
        : [
            ['2026-07-01', '2026-09-30'],
            ['2026-06-01', '2026-10-31'],
          ];
    for (const [from, to] of periods) {
      const res = await agent.get('/api/reports/demand').query({ from, to });
      expect(res.status).toBe(200);
      reports.push(res.body);
    }
  }
  return reports;
}

describe('backup and restore on the server of DATABASE_URL', () => {
  const work = mkdtempSync(join(tmpdir(), 'lotsen-backup-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('a backup restored into a new database gives every table with the same rows and the same demand reports', async () => {
    const source: TestDatabase = await createTestDatabase();
    const restoredName = `${new URL(source.url).pathname.slice(1)}_r`;
    const restoredUrl = Object.assign(new URL(source.url), { pathname: `/${restoredName}` }).toString();
    let sourceApp: NestExpressApplication | undefined;
    let restoredApp: NestExpressApplication | undefined;
    try {
      const ds = await openDataSource(source.url);
      const { lead, analyst } = await seedDatabase(ds);

      sourceApp = await appOn(source.url);
      const before = await demandReports(sourceApp, analyst, lead);
      const statesBefore = await tableStates(ds);
      await ds.destroy();

      const file = join(work, 'lotsen.backup.gz');
      const backup = script('backup.mjs', ['--out', file], { DATABASE_URL: source.url });
      expect(backup.stderr).toBe('');
      expect(backup.status).toBe(0);
      expect(backup.stdout).toContain(file);
      expect(existsSync(`${file}.partial`)).toBe(false);

      const restore = script('restore.mjs', ['--file', file, '--database', restoredName], {
        DATABASE_URL: source.url,
      });
      expect(restore.stderr).toBe('');
      expect(restore.status).toBe(0);
      expect(restore.stdout).toContain('restored and verified');

      const restored = await openDataSource(restoredUrl);
      const statesAfter = await tableStates(restored);
      await restored.destroy();
      expect(statesAfter).toEqual(statesBefore);
      expect(counts(statesBefore)).toMatchObject({ users: 4, offices: 2, families: 20, contacts: 250 });
      expect(statesBefore.needs.rows).toBeGreaterThan(100);
      expect(statesBefore.referrals.rows).toBeGreaterThan(10);
      expect(statesBefore.sessions.rows).toBe(2);

      restoredApp = await appOn(restoredUrl);
      const after = await demandReports(restoredApp, analyst, lead);
      expect(after).toEqual(before);
      expect(JSON.stringify(before)).toMatch(/"contacts":\d{2,}/);

      // Restoring over a database that is not empty is refused without --replace.
      const again = script('restore.mjs', ['--file', file, '--database', restoredName], {
        DATABASE_URL: source.url,
      });
      expect(again.status).toBe(4);
      expect(again.stderr).toContain('ist nicht leer');
    } finally {
      await sourceApp?.close();
      await restoredApp?.close();
      await source.drop();
      const cleanup = await openDataSource(serverUrl);
      await cleanup.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`);
      await cleanup.destroy();
    }
  }, 120_000);

  it('restore refuses a file that is not a backup, or is cut short, and keeps the target as it was', async () => {
    const source: TestDatabase = await createTestDatabase();
    const targetName = `${new URL(source.url).pathname.slice(1)}_t`;
    try {
      const ds = await openDataSource(source.url);
      await seedDatabase(ds);
      await ds.destroy();
      const file = join(work, 'whole.backup.gz');
      expect(script('backup.mjs', ['--out', file], { DATABASE_URL: source.url }).status).toBe(0);

      const notBackup = join(work, 'not-a-backup.gz');
      writeFileSync(notBackup, gzipSync('hello\n'));
      const refused = script('restore.mjs', ['--file', notBackup, '--database', targetName], {
        DATABASE_URL: source.url,
      });
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('Keine lesbare Sicherung');

      // the same backup without its last 2,000 bytes of content (rows of the last tables, end line)
      const text = gunzipSync(readFileSync(file));
      const cut = join(work, 'cut.backup.gz');
      writeFileSync(cut, gzipSync(text.subarray(0, text.length - 2000)));
      const failed = script('restore.mjs', ['--file', cut, '--database', targetName], {
        DATABASE_URL: source.url,
      });
      expect(failed.status).toBe(1);
      expect(failed.stderr).toContain('keine Daten übernommen');
      const target = await openDataSource(
        Object.assign(new URL(source.url), { pathname: `/${targetName}` }).toString(),
      );
      const states = await tableStates(target);
      await target.destroy();
      expect(states.families.rows).toBe(0); // the transaction rolled back: no half restore
      expect(states.users.rows).toBe(0);
    } finally {
      await source.drop();
      const cleanup = await openDataSource(serverUrl);
      await cleanup.query(`DROP DATABASE IF EXISTS "${targetName}" WITH (FORCE)`);
      await cleanup.destroy();
    }
  }, 120_000);
});

describe('backup and restore on the embedded PostgreSQL of npm start (no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lotsen-backup-embedded-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the OS user postgres
  const env = { DATABASE_URL: undefined, DATA_DIR: relative(REPO_ROOT, dataDir) };
  let server: ManagedProcess | undefined;
  afterAll(async () => {
    await server?.stop(20_000);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('backup → wipe (restore --replace) → restore gives every table with the same rows', async () => {
    server = new ManagedProcess(
      'embedded-pg',
      join(REPO_ROOT, 'test', 'support', 'embedded-pg.mjs'),
      {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
      },
      [dataDir, String(await freePort())],
    );
    const url = (await server.waitForLine(/^READY /, 60_000)).replace(/^READY /, '');
    await runMigrations(url);
    let ds = await openDataSource(url);
    await seedDatabase(ds);
    const [{ v }] = await ds.query(`SELECT current_setting('server_version_num')::int / 10000 AS v`);
    expect(v).toBeGreaterThanOrEqual(18); // the embedded package's server, which ships no pg_dump
    const before = await tableStates(ds);
    await ds.destroy();

    const file = join(dataDir, 'embedded.backup.gz');
    const backup = script('backup.mjs', ['--out', file], env);
    expect(backup.status).toBe(0);
    expect(backup.stderr).toContain('Eingebettete Datenbank läuft bereits');
    expect(backup.stdout).toContain('backup written');

    // the wipe: --replace drops the database and creates it anew before restoring
    const restore = script('restore.mjs', ['--file', file, '--replace'], env);
    expect(restore.status).toBe(0);
    expect(restore.stdout).toContain('gelöscht / dropped');
    expect(restore.stdout).toContain('restored and verified');

    ds = await openDataSource(url);
    const after = await tableStates(ds);
    await ds.destroy();
    expect(after).toEqual(before);
    expect(counts(after)).toMatchObject({ users: 4, offices: 2, families: 20, contacts: 250 });
  }, 180_000);
});
