import { Writable } from 'node:stream';
import { formatLogLine, markStarted, prettyLogStream } from './pretty-log';

const at = new Date(2026, 11, 6, 9, 5, 7).getTime(); // local time: the lines show the local clock
const line = (record: object) => JSON.stringify({ time: at, pid: 1, hostname: 'h', ...record });

describe('readable log lines (LOG_FORMAT=pretty)', () => {
  const info = { level: 'info', started: () => true };

  it('turns a pino line into time, level, context and message', () => {
    expect(
      formatLogLine(line({ level: 30, context: 'Bootstrap', msg: 'Listening on port 3000' }), info),
    ).toBe('09:05:07 INFO  Bootstrap  Listening on port 3000');
    expect(formatLogLine(line({ level: 40, context: 'Worker', msg: 'REDIS_URL is not set' }), info)).toBe(
      '09:05:07 WARN  Worker  REDIS_URL is not set',
    );
  });

  it('shows a request as method, path, status and time, and an error with its stack', () => {
    const request = line({
      level: 30,
      req: { id: 'x', method: 'GET', url: '/api/families?range=[0,24]', headers: {} },
      res: { statusCode: 200, headers: {} },
      responseTime: 12.4,
      msg: 'request completed',
    });
    expect(formatLogLine(request, info)).toBe(
      '09:05:07 INFO  HTTP  GET /api/families?range=[0,24] → 200 12 ms',
    );
    const failed = line({
      level: 50,
      context: 'X',
      msg: 'boom',
      err: { message: 'boom', stack: 'Error: boom\n    at f' },
    });
    expect(formatLogLine(failed, info)).toBe('09:05:07 ERROR X  boom\nError: boom\n    at f');
  });

  it('leaves out lines below the level, Nest’s start-up detail at info, and requests before the start', () => {
    expect(formatLogLine(line({ level: 20, msg: 'detail' }), info)).toBeNull();
    expect(
      formatLogLine(line({ level: 30, context: 'RouterExplorer', msg: 'Mapped {/api, GET}' }), info),
    ).toBeNull();
    expect(
      formatLogLine(line({ level: 30, context: 'InstanceLoader', msg: 'X initialized' }), info),
    ).toBeNull();
    const debug = { level: 'debug', started: () => true };
    expect(formatLogLine(line({ level: 30, context: 'RouterExplorer', msg: 'Mapped' }), debug)).toBe(
      '09:05:07 INFO  RouterExplorer  Mapped',
    );
    const starting = { level: 'info', started: () => false };
    const request = line({ level: 30, req: { method: 'GET', url: '/' }, res: { statusCode: 200 }, msg: 'x' });
    expect(formatLogLine(request, starting)).toBeNull();
    expect(formatLogLine(line({ level: 30, context: 'Bootstrap', msg: 'up' }), starting)).not.toBeNull();
    expect(formatLogLine('plain text from elsewhere', info)).toBe('plain text from elsewhere');
  });

  it('the stream splits chunks into lines and holds requests back until the start is complete', () => {
    let out = '';
    const sink = new Writable({
      write(chunk, _e, cb) {
        out += chunk.toString();
        cb();
      },
    });
    const stream = prettyLogStream('info', sink);
    const request = line({
      level: 30,
      req: { method: 'GET', url: '/x' },
      res: { statusCode: 404 },
      msg: 'r',
    });
    const boot = line({ level: 30, context: 'Bootstrap', msg: 'up' });
    stream.write(`${request}\n${boot.slice(0, 10)}`);
    stream.write(`${boot.slice(10)}\n`);
    markStarted();
    stream.write(`${request}\n`);
    expect(out).toBe('09:05:07 INFO  Bootstrap  up\n09:05:07 INFO  HTTP  GET /x → 404\n');
  });
});
