/**
 * `npm run backup` and `npm run restore`: a backup restored into a new database gives the same
 * demand report and the same number of rows in every table.
 *
 * pg_dump must be at least the server's major version. CI runs against the machine's
 * PostgreSQL and its client programs; without DATABASE_URL the tests use an embedded
 * PostgreSQL 18, for which this machine may have no pg_dump: then the round trip is skipped
 * with a note, and only the refusal of an unsuitable pg_dump is tested.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { CONTACT_CHANNELS } from '@lotsen/domain';
import { loadConfig } from '../../apps/api/src/config/config';
import { createApp } from '../../apps/api/src/create-app';
import { createOffice, createUser, TEST_PASSWORD, type TestUser } from '../support/factories';
import { REPO_ROOT } from '../support/processes';
import { createTestDatabase, type TestDatabase } from '../support/test-db';
import { openDataSource } from './cluster-support';

const serverUrl = process.env.LOTSEN_TEST_SERVER_URL ?? '';

function script(name: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', name), ...args], {
    env: { ...process.env, DATABASE_URL: serverUrl, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const check = script('backup.mjs', ['--check']);
const roundTrip = check.status === 0 ? it : it.skip;
if (check.status !== 0) {
  process.stderr.write(`backup-restore: round trip skipped, no pg_dump for this server:\n${check.stderr}\n`);
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

/** Exact row count of every table of the public schema. */
async function rowCounts(ds: DataSource): Promise<Record<string, number>> {
  const tables: { name: string }[] = await ds.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    counts[name] = (await ds.query(`SELECT count(*)::int AS n FROM "${name}"`))[0].n;
  }
  return counts;
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
    for (const [from, to] of [
      ['2026-07-01', '2026-09-30'],
      ['2026-06-01', '2026-10-31'],
    ]) {
      const res = await agent.get('/api/reports/demand').query({ from, to });
      expect(res.status).toBe(200);
      reports.push(res.body);
    }
  }
  return reports;
}

describe('backup and restore', () => {
  const work = mkdtempSync(join(tmpdir(), 'lotsen-backup-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('backup refuses a pg_dump older than the server, names the package to install, and writes no file', () => {
    const bin = join(work, 'old-bin');
    const fake = join(bin, 'pg_dump');
    mkdirSync(bin, { recursive: true });
    writeFileSync(fake, '#!/bin/sh\necho "pg_dump (PostgreSQL) 9.6.24"\n');
    chmodSync(fake, 0o755);
    const out = join(work, 'refused.dump');
    const res = script('backup.mjs', ['--out', out], { PG_BIN_DIR: bin });
    expect(res.status).toBe(3);
    expect(res.stderr).toMatch(/Kein passendes pg_dump: der Server ist PostgreSQL \d+/);
    expect(res.stderr).toMatch(/postgresql-client-\d+/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  roundTrip(
    'a backup restored into a new database gives identical demand reports and row counts',
    async () => {
      const source: TestDatabase = await createTestDatabase();
      const restoredName = `${new URL(source.url).pathname.slice(1)}_r`;
      const restoredUrl = Object.assign(new URL(source.url), { pathname: `/${restoredName}` }).toString();
      let sourceApp: NestExpressApplication | undefined;
      let restoredApp: NestExpressApplication | undefined;
      try {
        const ds = await openDataSource(source.url);
        const offices = [await createOffice(ds, 'Büro Nord'), await createOffice(ds, 'Büro Süd')];
        const counsellors = [
          await createUser(ds, 'counsellor', { officeId: offices[0] }),
          await createUser(ds, 'counsellor', { officeId: offices[1] }),
        ];
        const lead = await createUser(ds, 'team_lead', { officeId: offices[0] });
        const analyst = await createUser(ds, 'analyst');
        await seed(ds, offices, counsellors);

        sourceApp = await appOn(source.url);
        const before = await demandReports(sourceApp, analyst, lead);
        const countsBefore = await rowCounts(ds);
        await ds.destroy();

        const file = join(work, 'lotsen.dump');
        const backup = script('backup.mjs', ['--out', file], { DATABASE_URL: source.url });
        expect(backup.stderr).toBe('');
        expect(backup.status).toBe(0);
        expect(backup.stdout).toContain(file);

        const restore = script('restore.mjs', ['--file', file, '--database', restoredName], {
          DATABASE_URL: source.url,
        });
        expect(restore.stderr).toBe('');
        expect(restore.status).toBe(0);

        const restored = await openDataSource(restoredUrl);
        const countsAfter = await rowCounts(restored);
        await restored.destroy();
        expect(countsAfter).toEqual(countsBefore);
        expect(countsBefore).toMatchObject({ users: 4, offices: 2, families: 20, contacts: 250 });
        expect(countsBefore.needs).toBeGreaterThan(100);
        expect(countsBefore.referrals).toBeGreaterThan(10);
        expect(countsBefore.sessions).toBe(2);

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
    },
    120_000,
  );
});
