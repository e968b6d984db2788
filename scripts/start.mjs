// `npm start`: the whole product on one machine. Without DATABASE_URL it starts an embedded
// PostgreSQL with its data under .data/ (kept across starts; `npm run reset` wipes it).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';
import { redisAnswers } from './redis-probe.mjs';
import { startDevMailServer } from './dev-mail-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

let stopDatabase = async () => undefined;
if (!process.env.DATABASE_URL) {
  const dataDir = join(root, process.env.DATA_DIR ?? '.data');
  let db;
  try {
    db = await startEmbeddedPostgres({
      dir: dataDir,
      port: process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined,
      log: (m) => process.env.LOG_LEVEL === 'debug' && console.log(`[postgres] ${m}`),
    });
  } catch (err) {
    console.error(
      `Die eingebettete Datenbank in ${dataDir} startet nicht: ${err?.message ?? err}.\n` +
        'Läuft noch ein anderes "npm start"? Sonst zeigt LOG_LEVEL=debug npm start die Meldungen von PostgreSQL.',
    );
    process.exit(1);
  }
  process.env.DATABASE_URL = db.url;
  stopDatabase = db.stop;
  console.log(`Eingebettete PostgreSQL-Datenbank läuft (Daten in ${dataDir}).`);
}

// Redis: REDIS_URL when set, else the local one when it answers (then the queues get a prefix of
// their own per data folder, so two local instances never take each other's jobs); without one
// the jobs run in this process.
const LOCAL_REDIS = 'redis://127.0.0.1:6379';
if (process.env.REDIS_URL === undefined && (await redisAnswers(LOCAL_REDIS))) {
  process.env.REDIS_URL = LOCAL_REDIS;
  if (process.env.QUEUE_PREFIX === undefined) {
    const folder = join(root, process.env.DATA_DIR ?? '.data');
    process.env.QUEUE_PREFIX = `lotsen-${createHash('sha256').update(folder).digest('hex').slice(0, 12)}`;
  }
  console.log(
    `Redis auf 127.0.0.1:6379 gefunden: Hintergrundaufträge laufen über BullMQ (${process.env.QUEUE_PREFIX}).`,
  );
}

// The Familienportal: its own server in this process (PORTAL_PORT, 127.0.0.1), reached through the
// API under http://localhost:3000/familienportal/ (PORTAL_UPSTREAM makes the API pass it through).
const portalBundle = join(root, 'dist/portal/server/portal.cjs');
const portalPort = Number(process.env.PORTAL_PORT ?? 3001);
const portalHost = process.env.PORTAL_HOST ?? '127.0.0.1';
if (existsSync(portalBundle)) {
  process.env.PORTAL_UPSTREAM ??= `http://${portalHost}:${portalPort}`;
} else {
  console.log(
    'Kein Build des Familienportals (dist/portal): "npm run build" baut es; die Fachanwendung läuft ohne.',
  );
}

// E-mail notices (docs/messages.md): SMTP_URL when set; else, in development, an SMTP server in
// this process receives them and prints one line each (DEV_MAIL=false: no e-mail at all).
let stopMail = async () => undefined;
if (!process.env.SMTP_URL && process.env.NODE_ENV !== 'production' && process.env.DEV_MAIL !== 'false') {
  const mailPort = Number(process.env.DEV_MAIL_PORT ?? 2525);
  try {
    const mail = await startDevMailServer(mailPort);
    process.env.SMTP_URL = mail.url;
    stopMail = mail.stop;
    console.log(`Entwicklungs-Postfach auf ${mail.url}: E-Mail-Hinweise erscheinen hier im Log.`);
  } catch (err) {
    console.log(
      `Kein Entwicklungs-Postfach auf Port ${mailPort} (${err?.code ?? err}): es werden keine E-Mails versendet.`,
    );
  }
}

const { bootstrap } = require(join(root, 'dist/api/apps/api/src/main.js'));
const { startWorker } = require(join(root, 'dist/api/apps/api/src/worker.js'));
let stopApi = async () => undefined;
let stopWorker = async () => undefined;
let stopPortal = async () => undefined;
try {
  stopApi = await bootstrap();
  if (existsSync(portalBundle)) {
    const { createPortalServer } = require(portalBundle);
    const portal = createPortalServer({
      apiUrl: `http://127.0.0.1:${process.env.PORT ?? 3000}`,
      basePath: '/familienportal',
      trustProxy: true, // only the API's proxy reaches it (127.0.0.1): its X-Forwarded-For is the family's
    });
    await new Promise((resolve, reject) => {
      portal.once('error', reject);
      portal.listen(portalPort, portalHost, resolve);
    });
    stopPortal = () =>
      new Promise((resolve) => {
        portal.close(() => resolve(undefined));
        portal.closeIdleConnections();
      });
  }
  // The worker (outbox, reminders, schedules) in the same process: on BullMQ when REDIS_URL
  // answers, otherwise its handlers run in-process. Production runs it as its own service.
  const worker = await startWorker();
  stopWorker = worker.stop;
  // Last: the box with the addresses and the demo logins (readable logs only, not with JSON).
  process.stdout.write(stopApi.banner ? `\n${stopApi.banner}\n` : `${stopApi.readyLine}\n`);
} catch (err) {
  console.error(err);
  await stopPortal().catch(() => undefined);
  await stopApi().catch(() => undefined);
  await stopDatabase();
  process.exit(1);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  // This script owns the order of the shutdown (worker, API, then the database). embedded-postgres
  // registers its own signal hook (async-exit-hook), which stops PostgreSQL and exits with 130 as
  // soon as it is done — racing the API's graceful stop. Ours replaces it.
  process.removeAllListeners(signal);
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('Lotsen CRM wird beendet …');
    setTimeout(() => process.exit(1), 15_000).unref(); // never hang on the way out
    await stopWorker().catch((err) => console.error(err));
    await stopPortal().catch((err) => console.error(err));
    await stopApi().catch((err) => console.error(err));
    await stopMail().catch(() => undefined);
    await stopDatabase().catch(() => undefined);
    process.exit(0);
  });
}
