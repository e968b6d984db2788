import { AppException } from '../errors/app.exception';
import { contentRange, parseListQuery, type ListSpec } from './list-query';

const SPEC: ListSpec = {
  alias: 'u',
  sortable: { email: 'u.email', createdAt: 'u.createdAt' },
  filterable: {
    role: { type: 'enum', values: ['admin', 'counsellor'] },
    active: { type: 'boolean' },
    officeId: { type: 'uuid' },
  },
  searchColumns: ['u.email'],
  defaultSort: { field: 'email', order: 'ASC' },
};
const ID = '3f2c0d7e-8a3b-4c7e-9d11-2b6f1e0a9c55';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppException) return `${err.getStatus()} ${err.code}`;
    throw err;
  }
  return undefined;
}

describe('parseListQuery (ra-data-simple-rest conventions)', () => {
  it('defaults to the first 25 records in the default order', () => {
    expect(parseListQuery({}, SPEC)).toEqual({
      filter: {},
      sort: { field: 'email', order: 'ASC' },
      offset: 0,
      limit: 25,
    });
  });

  it('reads filter, sort and range as react-admin sends them', () => {
    const q = parseListQuery(
      {
        filter: JSON.stringify({ role: 'admin', active: false, q: 'anna', id: [ID] }),
        sort: '["createdAt","desc"]',
        range: '[50,74]',
      },
      SPEC,
    );
    expect(q).toEqual({
      filter: { role: 'admin', active: false, q: 'anna', id: [ID] },
      sort: { field: 'createdAt', order: 'DESC' },
      offset: 50,
      limit: 25,
    });
  });

  it('accepts "true"/"false" strings for boolean filters and skips empty values', () => {
    expect(parseListQuery({ filter: '{"active":"true","role":""}' }, SPEC).filter).toEqual({ active: true });
  });

  it.each([
    [{ sort: '["passwordHash","ASC"]' }, '400 INVALID_SORT_FIELD'],
    [{ sort: '["email","UP"]' }, '400 INVALID_QUERY'],
    [{ sort: '"email"' }, '400 INVALID_QUERY'],
    [{ filter: '{"passwordHash":"x"}' }, '400 INVALID_FILTER_FIELD'],
    [{ filter: '{"role":"king"}' }, '400 INVALID_FILTER_FIELD'],
    [{ filter: '{"officeId":"1 OR 1=1"}' }, '400 INVALID_FILTER_FIELD'],
    [{ filter: '{"id":["not-a-uuid"]}' }, '400 INVALID_FILTER_FIELD'],
    [{ filter: '{"active":[true]}' }, '400 INVALID_FILTER_FIELD'],
    [{ filter: '[1,2]' }, '400 INVALID_QUERY'],
    [{ filter: '{broken' }, '400 INVALID_QUERY'],
    [{ filter: ['{}', '{}'] }, '400 INVALID_QUERY'],
    [{ range: '[10,5]' }, '400 INVALID_QUERY'],
    [{ range: '[-1,5]' }, '400 INVALID_QUERY'],
    [{ range: '[0,500]' }, '400 INVALID_QUERY'],
    // found by the hostile-input test (each was a 500)
    [{ filter: '{"toString":"x"}' }, '400 INVALID_FILTER_FIELD'],
    [{ filter: '{"constructor":{"prototype":{}}}' }, '400 INVALID_FILTER_FIELD'],
    [{ filter: '{"hasOwnProperty":"x"}' }, '400 INVALID_FILTER_FIELD'],
    [{ filter: '{"id":[[]]}' }, '400 INVALID_FILTER_FIELD'],
    [{ filter: '{"q":"a\\u0000b"}' }, '400 INVALID_FILTER_FIELD'],
    [{ range: '[1e20,1e20]' }, '400 INVALID_QUERY'],
    [{ range: '[9007199254740993,9007199254740999]' }, '400 INVALID_QUERY'],
  ])('refuses %j with %s', (raw, expected) => {
    expect(codeOf(() => parseListQuery(raw, SPEC))).toBe(expected);
  });

  it('does not offer free-text search where the resource has none', () => {
    expect(codeOf(() => parseListQuery({ filter: '{"q":"x"}' }, { ...SPEC, searchColumns: undefined }))).toBe(
      '400 INVALID_FILTER_FIELD',
    );
  });

  it('writes Content-Range as ra-data-simple-rest reads it', () => {
    expect(contentRange('users', 0, 25, 1234)).toBe('users 0-24/1234');
    expect(contentRange('users', 0, 0, 0)).toBe('users 0-0/0');
  });
});
