import type { Role } from '@lotsen/domain';
import { NOWHERE, type HostileRequest, type Operation } from './hostile-requests';

/** Integer limits (issue 24.6): beyond int32 and around 2^53, every one a 400, never a 500. */
export const INT_BOUNDS = [
  '2147483648',
  '4294967296',
  '9007199254740991',
  '9007199254740993',
  '-2147483649',
  '1e21',
];
/** Days and timestamps outside 1900–2100 (LIMITS.dayMin/dayMax), every one a 400. */
export const DAY_BOUNDS = ['0000-01-01', '0001-01-01', '1899-12-31', '2101-01-01', '9999-12-31'];
const TIME_BOUNDS = [
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '1899-12-31T12:00:00Z',
  '9999-12-31T00:00:00Z',
];
/** Report periods outside those years. */
const PERIOD_BOUNDS = ['0000-Q1', '0001-Q1', '1899-Q4', '2101-Q1', '9999-Q4'];
/** Filter fields that take a day (the generic list routes' `date` filters). */
export const DATE_FILTER = /(From|To|Before|After)$/;

/** A valid body for each POST route, and the current record (as GET shows it) behind each PUT. */
export interface ValidBodies {
  creates: Record<string, Record<string, unknown>>;
  records: Record<string, Record<string, unknown>>;
}

/**
 * Issue 24.6: a body that is valid but for one boundary value — an integer beyond int32 or
 * around 2^53 (`version` and every count), a day or a time before 1900 or after 2100, a report
 * period of year 0000, 0001 or 9999 — is a 400, and a report of an office that does not exist a
 * 404 (for the analyst, who may name one). Each is sent to every route whose body has such a
 * field, on a real record for a PUT.
 */
export function boundaryRequests(
  op: Operation,
  base: { role: Role | null; method: string },
  at: (id: string) => string,
  realId: string,
  valid: ValidBodies,
): HostileRequest[] {
  const out: HostileRequest[] = [];
  if (op.path.startsWith('/api/report') && op.query.some((q) => q.name === 'officeId')) {
    const query = {
      from: '2026-01-01',
      to: '2026-03-31',
      officeId: NOWHERE,
      // a download (GET /api/reports/demand/export) names its format too
      ...(op.query.some((q) => q.name === 'format') ? { format: 'csv' } : {}),
    };
    out.push({
      role: 'analyst',
      method: op.method,
      path: op.path,
      query,
      want: 404,
      what: 'unknown officeId',
    });
  }
  if (!op.body) return out;
  const good = op.method === 'PUT' ? valid.records[op.path] : valid.creates[op.path];
  if (!good) return out;
  const path = op.method === 'PUT' ? at(realId) : op.path;
  const send = (field: string, value: unknown, role = base.role, want = 400) =>
    out.push({
      ...base,
      role,
      path,
      body: JSON.stringify({ ...good, [field]: value }),
      want,
      what: `valid body, ${field}=${String(value)}`,
    });
  for (const [field, prop] of Object.entries(op.body.properties ?? {})) {
    if (prop.type === 'integer' || prop.type === 'number' || field === 'version')
      for (const n of INT_BOUNDS) send(field, Number(n));
    if (prop.format === 'date') for (const day of DAY_BOUNDS) send(field, day);
    if (prop.format === 'date-time') for (const time of TIME_BOUNDS) send(field, time);
    if (field === 'period') for (const period of PERIOD_BOUNDS) send(field, period);
    if (field === 'officeId' && op.path.startsWith('/api/report')) send(field, NOWHERE, 'analyst', 404);
  }
  return out;
}
