// The floor's handlers: each scenario of the benchmark answered with exactly the SQL the API
// sends for it (copied from a capture with bench/capture-sql.mjs, statement by statement and in
// the same order: session lookup, user, the query, the count, the audit row, the session touch).
// Two servers run them: bench/floor.mjs on bare `node:http` (no framework at all) and
// bench/stack-floor.mjs inside NestJS + Express + express-session + passport (the stack's own
// price, nothing of the API's).
//
// Environment: DATABASE_URL, SESSION_SECRET, SESSION_IDLE_MS (as the API's), POOL_MAX.
import argon2 from 'argon2';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { require } from './lib.mjs';
import { API_PG_OPTIONS, familySearchPageQuery, findFamilySearchTerms } from './search-recall.mjs';

const signature = require('cookie-signature');
// The pure part of the report (rows → counts, suppression, shape) is libs/domain's one assembly,
// the same functions the API's DemandReportService calls (issue 20 point 3).
const {
  buildDemandReport,
  demandCountsOf,
} = require('../dist/api/libs/domain/src/reports/demand-assembly.js');

export const SECRET = process.env.SESSION_SECRET;
export const IDLE_MS = Number(process.env.SESSION_IDLE_MS ?? 1_800_000);
export const COOKIE = '__Host-lotsen.sid';
export const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_MAX ?? 10),
  application_name: process.env.FLOOR_APP_NAME ?? 'lotsen-floor',
  options: API_PG_OPTIONS, // as the API's pool
});

export const USER_SQL = `SELECT id, email, display_name, role, office_id, provider_id, must_change_password
  FROM users WHERE id = $1 AND active`;
const FAMILY_COLUMNS = `"f"."id" AS "f_id", "f"."version" AS "f_version", "f"."created_at" AS "f_created_at", "f"."updated_at" AS "f_updated_at", "f"."office_id" AS "f_office_id", "f"."owner_id" AS "f_owner_id", "f"."name" AS "f_name", "f"."district_id" AS "f_district_id", "f"."household_size" AS "f_household_size", "f"."children_count" AS "f_children_count", "f"."single_parent" AS "f_single_parent", "f"."languages" AS "f_languages", "f"."interpreter_needed" AS "f_interpreter_needed", "f"."status" AS "f_status", "f"."last_activity_at" AS "f_last_activity_at"`;
const AUDIT_SQL = `INSERT INTO audit_events (user_id, office_id, action, entity, entity_id, ip, details) SELECT $1, $2, $3, $4, unnest($5::uuid[]), $6, $7`;
// the API's touch, from the build (session-touch.ts): only when less than idle − lag is left
const {
  SESSION_TOUCH_SQL,
  sessionTouchLagMs,
} = require('../dist/api/apps/api/src/common/auth/session-touch.js');
export const TOUCH_SQL = SESSION_TOUCH_SQL;
export const TOUCH_BEFORE_MS = IDLE_MS - sessionTouchLagMs(IDLE_MS);
export const SESSION_SET_SQL = `INSERT INTO sessions (sid, user_id, data, expires_at) VALUES ($1, $2, $3, now() + $4 * interval '1 millisecond') ON CONFLICT (sid) DO UPDATE SET user_id = $2, data = $3, expires_at = EXCLUDED.expires_at`;

/** A row's columns as camelCase properties, without the `prefix_` of the alias when one is given. */
const camel = (prefix, row) => {
  const out = {};
  for (const [k, v] of Object.entries(row)) {
    out[k.slice(prefix ? prefix.length + 1 : 0).replace(/_([a-z])/g, (_m, c) => c.toUpperCase())] = v;
  }
  return out;
};
export const q = (sql, params) => pool.query(sql, params).then((r) => r.rows);

export function sessionCookie(sid) {
  const expires = new Date(Date.now() + IDLE_MS).toUTCString();
  return `${COOKIE}=${encodeURIComponent(`s:${signature.sign(sid, SECRET)}`)}; Path=/; Expires=${expires}; HttpOnly; Secure; SameSite=Lax`;
}

export function sidOf(req) {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== COOKIE) continue;
    const raw = decodeURIComponent(rest.join('='));
    return raw.startsWith('s:') ? signature.unsign(raw.slice(2), SECRET) || null : null;
  }
  return null;
}

export function send(res, status, body, headers = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(json);
}

/** Session and user as the API looks them up, then the handler, then the rolling touch. */
export async function authenticated(req, res, handler) {
  const sid = sidOf(req);
  const sessions = sid
    ? await q(`SELECT data FROM sessions WHERE sid = $1 AND expires_at > now()`, [sid])
    : [];
  const userId = sessions[0]?.data?.passport?.user;
  if (!userId) return send(res, 401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Sign in first' });
  const users = await q(USER_SQL, [userId]);
  if (users.length === 0)
    return send(res, 401, { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Sign in first' });
  const u = users[0];
  const user = { id: u.id, email: u.email, role: u.role, officeId: u.office_id, providerId: u.provider_id };
  const ip = req.headers['x-forwarded-for'] ?? req.socket.remoteAddress;
  const [status, body, headers] = await handler(user, ip);
  await q(TOUCH_SQL, [sid, IDLE_MS, TOUCH_BEFORE_MS]);
  send(res, status, body, { ...headers, 'set-cookie': sessionCookie(sid) });
}

const json = (value) => (value === null ? undefined : JSON.parse(value));

export async function familyList(user, ip, url) {
  const filter = json(url.searchParams.get('filter')) ?? {};
  const [first, last] = json(url.searchParams.get('range')) ?? [0, 24];
  const search = typeof filter.q === 'string' ? filter.q : null;
  // the API's two steps, with the API's own code: the dictionary's terms, then the page with its
  // exact total in one statement (familySearchPageQuery)
  const found = search ? await findFamilySearchTerms(rowsOnly.query, search) : null;
  let rows;
  let count;
  if (found) {
    const [sql, params] = familySearchPageQuery(
      found,
      user.officeId,
      first,
      last - first + 1,
      FAMILY_COLUMNS,
    );
    const all = await q(sql, params);
    count = Number(all[0]?.lotsen_total ?? 0);
    rows = all.filter((r) => r.f_id !== null);
    for (const r of rows) delete r.lotsen_total;
  } else {
    // the unfiltered list reads its total from the family_counts rollup, as the API does
    count = Number(
      (await q(`SELECT families FROM family_counts WHERE office_id = $1`, [user.officeId]))[0]?.families ?? 0,
    );
    rows = await q(
      `SELECT ${FAMILY_COLUMNS} FROM "families" "f" WHERE "f"."office_id" = $1 ORDER BY "f"."last_activity_at" DESC NULLS LAST, "f"."id" ASC LIMIT ${last - first + 1} OFFSET ${first}`,
      [user.officeId],
    );
  }
  const items = rows.map((r) => camel('f', r));
  if (items.length > 0) {
    await q(AUDIT_SQL, [
      user.id,
      user.officeId,
      'family.list',
      'family',
      items.map((f) => f.id),
      ip,
      search ? JSON.stringify({ q: search }) : null,
    ]);
  }
  const end = items.length === 0 ? first : first + items.length - 1;
  return [200, items, { 'content-range': `families ${first}-${end}/${count}` }];
}

export async function familyShow(user, ip, id) {
  const rows = await q(
    `SELECT ${FAMILY_COLUMNS.replace(/"f"\."(\w+)" AS "f_/g, '"Family"."$1" AS "Family_')} FROM "families" "Family" WHERE (("Family"."id" = $1)) LIMIT 1`,
    [id],
  );
  const family = rows[0] && camel('Family', rows[0]);
  if (!family || family.officeId !== user.officeId)
    return [404, { statusCode: 404, code: 'NOT_FOUND', message: 'Family not found' }];
  await q(AUDIT_SQL, [user.id, family.officeId, 'family.read', 'family', [family.id], ip, null]);
  return [200, family];
}

const FU_COLUMNS = `"fu"."id" AS "fu_id", "fu"."version" AS "fu_version", "fu"."created_at" AS "fu_created_at", "fu"."updated_at" AS "fu_updated_at", "fu"."family_id" AS "fu_family_id", "fu"."office_id" AS "fu_office_id", "fu"."referral_id" AS "fu_referral_id", "fu"."need_id" AS "fu_need_id", "fu"."assignee_id" AS "fu_assignee_id", "fu"."title" AS "fu_title", "fu"."due_at" AS "fu_due_at", "fu"."status" AS "fu_status", "fu"."done_at" AS "fu_done_at", "fu"."note" AS "fu_note"`;
export async function followUps(user, ip, url) {
  const filter = json(url.searchParams.get('filter')) ?? {};
  const [first, last] = json(url.searchParams.get('range')) ?? [0, 24];
  const where = `"fu"."office_id" = $1 AND "fu"."assignee_id" = $2 AND (CASE WHEN $3 THEN "fu"."status" = 'open' AND "fu"."due_at" < now() ELSE NOT ("fu"."status" = 'open' AND "fu"."due_at" < now()) END)`;
  const params = [user.officeId, filter.assigneeId, filter.overdue === true];
  const rows = await q(
    `SELECT ${FU_COLUMNS} FROM "follow_ups" "fu" WHERE ${where} ORDER BY "fu"."due_at" ASC NULLS FIRST, "fu"."id" ASC LIMIT ${last - first + 1} OFFSET ${first}`,
    params,
  );
  const total = (await q(`SELECT COUNT(1) AS "cnt" FROM "follow_ups" "fu" WHERE ${where}`, params))[0].cnt;
  const now = Date.now();
  const items = rows.map((r) => {
    const f = camel('fu', r);
    f.overdue = f.status === 'open' && f.dueAt.getTime() < now;
    return f;
  });
  // the read audit of the API's interceptor: one row per follow-up shown, with its office
  if (items.length > 0) {
    await q(
      `INSERT INTO audit_events (user_id, office_id, action, entity, entity_id, ip, details)
       SELECT $1, t.office_id, $2, $3, t.id, $4, $5
         FROM unnest($6::uuid[]) WITH ORDINALITY AS shown(id, n) JOIN follow_ups t ON t.id = shown.id
        ORDER BY shown.n`,
      [
        user.id,
        'follow_up.list',
        'follow_up',
        ip,
        JSON.stringify({ filterKeys: Object.keys(filter), filter }),
        items.map((f) => f.id),
      ],
    );
  }
  const end = items.length === 0 ? first : first + items.length - 1;
  return [200, items, { 'content-range': `follow-ups ${first}-${end}/${total}` }];
}

// The create's two writes: the API's own statements, from the build (contact-statements.ts,
// need-statements.ts), so that the floor sends exactly what the API sends.
const { CONTACT_INSERT } = require('../dist/api/apps/api/src/modules/contacts/contact-statements.js');
const { NEEDS_INSERT } = require('../dist/api/apps/api/src/modules/needs/need-statements.js');
/** An anonymous contact with its needs (all `open`), statement by statement as the API's create. */
export async function createContact(user, _ip, body) {
  const client = await pool.connect();
  try {
    const at = new Date();
    await client.query('START TRANSACTION');
    const contact = camel(
      '',
      (
        await client.query(CONTACT_INSERT, [
          null,
          user.officeId,
          user.id,
          at,
          body.channel,
          body.durationMinutes ?? null,
          body.districtId ?? null,
          body.summary ?? null,
          null,
          false,
          null,
        ])
      ).rows[0],
    );
    let needs = [];
    if (body.needs?.length) {
      const keys = body.needs.map((n) => n.categoryKey);
      await client.query(`SELECT key FROM need_categories WHERE key = ANY($1) AND active`, [
        [...new Set(keys)],
      ]);
      const ids = body.needs.map(() => randomUUID());
      const rows = (
        await client.query(NEEDS_INSERT, [
          null,
          contact.id,
          user.officeId,
          at,
          user.id,
          ids,
          keys,
          body.needs.map((n) => n.description ?? null),
          body.needs.map((n) => n.urgency ?? 'normal'),
          body.needs.map(() => 'open'),
          body.needs.map(() => null),
          body.needs.map(() => false),
        ])
      ).rows;
      const byId = new Map(rows.map((r) => [r.id, r]));
      needs = ids.map((id) => camel('', byId.get(id)));
    }
    await client.query('COMMIT');
    return [201, { ...contact, needs }];
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

// The report's statements are read by the same function the API's DemandReportService calls.
const { readDemandRows } = require('../dist/api/apps/api/src/modules/reports/demand-report.queries.js');
export async function demandReport(_user, _ip, url) {
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  const officeId = null;
  const counts = demandCountsOf(from, to, await readDemandRows(q, from, to, officeId));
  return [200, buildDemandReport(counts, from, to, officeId, DEFAULT_MIN_CELL)];
}

const {
  outcomesSql,
  BY_PROVIDER,
  BY_CATEGORY,
} = require('../dist/api/apps/api/src/modules/reports/referral-outcomes.queries.js');
export async function referralOutcomes(_user, _ip, url) {
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  // the statements of the API's ReferralOutcomesService (on the daily rollups, issue 20.2)
  const [byProvider, byCategory] = await Promise.all([
    q(outcomesSql(BY_PROVIDER, false, 'rollup'), [from, to, null]),
    q(outcomesSql(BY_CATEGORY, false, 'rollup'), [from, to, null]),
  ]);
  const counts = (r) => ({
    sent: r.sent,
    accepted: r.accepted,
    declined: r.declined,
    completed: r.completed,
    notTakenUp: r.not_taken_up,
    medianDaysToResponse: r.median_days === null ? null : Math.round(Number(r.median_days) * 10) / 10,
  });
  return [
    200,
    {
      from,
      to,
      byProvider: byProvider.map((r) => ({ providerId: r.key, name: r.name ?? '', ...counts(r) })),
      byCategory: byCategory.map((r) => ({ categoryKey: r.key, ...counts(r) })),
    },
  ];
}

const LOGIN_USER_SQL = `SELECT "u"."id" AS "u_id", "u"."version" AS "u_version", "u"."created_at" AS "u_created_at", "u"."updated_at" AS "u_updated_at", "u"."email" AS "u_email", "u"."display_name" AS "u_display_name", "u"."role" AS "u_role", "u"."office_id" AS "u_office_id", "u"."provider_id" AS "u_provider_id", "u"."active" AS "u_active", "u"."last_login_at" AS "u_last_login_at", "u"."password_hash" AS "u_password_hash" FROM "users" "u" WHERE "u"."email" = $1`;
export async function loginRoute(req, res, body) {
  const email = String(body.email).trim().toLowerCase();
  const locked = await q(
    `SELECT greatest(0, extract(epoch FROM (locked_until - now())) * 1000)::float8 AS ms FROM login_throttle WHERE email = $1`,
    [email],
  );
  if ((locked[0]?.ms ?? 0) > 0)
    return send(res, 429, { statusCode: 429, code: 'ACCOUNT_LOCKED', message: 'locked' });
  const row = (await q(LOGIN_USER_SQL, [email]))[0];
  const ok = row ? await argon2.verify(row.u_password_hash, String(body.password)).catch(() => false) : false;
  if (!row || !ok || !row.u_active)
    return send(res, 401, {
      statusCode: 401,
      code: 'INVALID_CREDENTIALS',
      message: 'E-mail or password is wrong',
    });
  await q(`DELETE FROM login_throttle WHERE email = $1`, [email]);
  await q(
    `UPDATE "users" SET "last_login_at" = now(), "version" = "version" + 1, "updated_at" = CURRENT_TIMESTAMP WHERE "id" = $1`,
    [row.u_id],
  );
  const old = sidOf(req) ?? randomBytes(24).toString('base64url');
  await q(`DELETE FROM sessions WHERE sid = $1`, [old]);
  const sid = randomBytes(24).toString('base64url');
  const data = () =>
    JSON.stringify({
      cookie: {
        originalMaxAge: IDLE_MS,
        expires: new Date(Date.now() + IDLE_MS).toISOString(),
        secure: true,
        httpOnly: true,
        path: '/',
        sameSite: 'lax',
      },
      passport: { user: row.u_id },
    });
  await q(SESSION_SET_SQL, [sid, row.u_id, data(), IDLE_MS]);
  await q(SESSION_SET_SQL, [sid, row.u_id, data(), IDLE_MS]);
  const user = {
    id: row.u_id,
    email: row.u_email,
    displayName: row.u_display_name,
    role: row.u_role,
    officeId: row.u_office_id,
    providerId: row.u_provider_id,
  };
  send(res, 200, user, { 'set-cookie': sessionCookie(sid) });
}

export function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data ? JSON.parse(data) : {}));
    req.on('error', reject);
  });
}

const { DEFAULT_MIN_CELL } = require('../dist/api/libs/domain/src/reports/suppression.js');

/** The pool as TypeORM's DataSource.query answers: the rows. */
export const rowsOnly = { query: async (sql, params) => (await pool.query(sql, params)).rows };
