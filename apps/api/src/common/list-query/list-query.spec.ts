import { AppException } from '../errors/app.exception';
import { User } from '../../modules/users/user.entity';
import { contentRange, parseListQuery, type ListSpec } from './list-query';

const SPEC: ListSpec = {
  entity: User,
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

  it('sorts by id, the timestamps and the foreign keys of the entity without naming them', () => {
    for (const field of ['id', 'createdAt', 'updatedAt', 'officeId', 'providerId']) {
      expect(parseListQuery({ sort: JSON.stringify([field, 'DESC']) }, SPEC).sort).toEqual({
        field,
        order: 'DESC',
      });
    }
  });

  it('filters by every foreign key of the entity, as getManyReference sends it', () => {
    const spec: ListSpec = { ...SPEC, filterable: {} };
    expect(
      parseListQuery({ filter: JSON.stringify({ providerId: ID, officeId: [ID] }) }, spec).filter,
    ).toEqual({
      providerId: ID,
      officeId: [ID],
    });
    expect(codeOf(() => parseListQuery({ filter: '{"officeId":"x"}' }, spec))).toBe(
      '400 INVALID_FILTER_FIELD',
    );
  });

  it('names the allowed fields when refusing one', () => {
    const messageOf = (raw: Record<string, string>) => {
      try {
        parseListQuery(raw, SPEC);
      } catch (err) {
        return (err as AppException).message;
      }
      return '';
    };
    expect(messageOf({ sort: '["passwordHash","ASC"]' })).toBe(
      'passwordHash is not a sortable field; allowed: createdAt, updatedAt, officeId, providerId, email, id',
    );
    expect(messageOf({ filter: '{"passwordHash":"x"}' })).toBe(
      'filter.passwordHash is not a filterable field; allowed: id, q, officeId, providerId, role, active',
    );
  });

  it('answers getMany (ids, no range) with all the ids asked for', () => {
    const ids = Array.from(
      { length: 40 },
      (_, i) => `3f2c0d7e-8a3b-4c7e-9d11-${String(i).padStart(12, '0')}`,
    );
    expect(parseListQuery({ filter: JSON.stringify({ id: ids }) }, SPEC).limit).toBe(40);
    expect(parseListQuery({ filter: JSON.stringify({ id: ids }), range: '[0,9]' }, SPEC).limit).toBe(10);
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
