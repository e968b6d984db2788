// `npm start` without SMTP_URL: a real SMTP server in this process (the `smtp-server` package)
// receives the e-mail notices of the API (nodemailer) and prints them, so the whole path — outbox,
// worker, SMTP — runs on one machine without a mail server. Development only.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Starts the server on 127.0.0.1:`port`; resolves with its SMTP URL and a stop function. */
export async function startDevMailServer(port, log = console.log) {
  const { SMTPServer } = require('smtp-server');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const subject = /^Subject:\s*(.*)$/im.exec(raw)?.[1] ?? '';
        const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
        log(`E-Mail (Entwicklungs-Postfach) an ${to}: ${subject}`);
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
