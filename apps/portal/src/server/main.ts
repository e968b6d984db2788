import { createPortalServer } from './create-server';

/**
 * The portal on its own (the production image): `PORTAL_PORT` (3001) on `PORTAL_HOST`
 * (127.0.0.1), data from `PORTAL_API_URL` (http://127.0.0.1:3000). `PORTAL_TRUST_PROXY=true`
 * behind nginx, so that the rate limit sees the family's address and not the proxy's.
 */
const port = Number(process.env.PORTAL_PORT ?? 3001);
const host = process.env.PORTAL_HOST ?? '127.0.0.1';
const server = createPortalServer({
  apiUrl: process.env.PORTAL_API_URL ?? 'http://127.0.0.1:3000',
  basePath: process.env.PORTAL_BASE_PATH ?? '/familienportal',
  trustProxy: process.env.PORTAL_TRUST_PROXY === 'true',
});
server.listen(port, host, () => {
  process.stdout.write(
    `Familienportal läuft auf http://${host}:${port}${process.env.PORTAL_BASE_PATH ?? '/familienportal'}/\n`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
