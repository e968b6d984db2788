// Whether a Redis answers at `url` (a PING within `timeoutMs`), for `npm start`'s default
// (architecture.md, "Embedded default": Redis at REDIS_URL or redis://127.0.0.1:6379 when
// reachable). A Redis that wants a password counts as not reachable: set REDIS_URL for it.
import net from 'node:net';

export function redisAnswers(url, timeoutMs = 500) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    const done = (answer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}
