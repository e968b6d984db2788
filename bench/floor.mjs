// The floor of the benchmark: a bare `node:http` server that answers the benchmark's scenarios
// with the handlers of bench/floor-handlers.mjs (exactly the SQL the API sends) and nothing else —
// no framework, no validation, no logging. What the API needs beyond this is the price of its
// framework; bench/stack-floor.mjs shows how much of it the stack itself takes.
//
// Environment: DATABASE_URL, PORT, SESSION_SECRET, SESSION_IDLE_MS (as the API's), POOL_MAX.
import { createServer } from 'node:http';
import {
  authenticated,
  createContact,
  demandReport,
  familyList,
  familyShow,
  followUps,
  loginRoute,
  pool,
  readBody,
  referralOutcomes,
  send,
} from './floor-handlers.mjs';

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://floor');
    const path = url.pathname;
    if (req.method === 'POST' && path === '/api/auth/login')
      return await loginRoute(req, res, await readBody(req));
    if (req.method === 'GET' && path === '/api/families')
      return await authenticated(req, res, (u, ip) => familyList(u, ip, url));
    if (req.method === 'GET' && path.startsWith('/api/families/'))
      return await authenticated(req, res, (u, ip) => familyShow(u, ip, path.slice('/api/families/'.length)));
    if (req.method === 'GET' && path === '/api/follow-ups')
      return await authenticated(req, res, (u, ip) => followUps(u, ip, url));
    if (req.method === 'POST' && path === '/api/contacts') {
      const body = await readBody(req);
      return await authenticated(req, res, (u, ip) => createContact(u, ip, body));
    }
    if (req.method === 'GET' && path === '/api/reports/demand')
      return await authenticated(req, res, (u, ip) => demandReport(u, ip, url));
    if (req.method === 'GET' && path === '/api/reports/referral-outcomes')
      return await authenticated(req, res, (u, ip) => referralOutcomes(u, ip, url));
    send(res, 404, { statusCode: 404, code: 'NOT_FOUND', message: 'no such route in the floor' });
  } catch (err) {
    console.error(err);
    if (!res.headersSent)
      send(res, 500, { statusCode: 500, code: 'INTERNAL', message: String(err?.message ?? err) });
  }
});
server.listen(Number(process.env.PORT ?? 3902), () => console.log(`floor ready on ${server.address().port}`));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    pool.end().finally(() => process.exit(0));
  });
}
