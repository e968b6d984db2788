import { changedFields, dataProvider, withoutEmpty } from './dataProvider';

describe('changedFields', () => {
  const previous = {
    id: 'd1',
    code: 'SR1',
    name: 'Nord',
    sozialraum: null,
    stadtteile: ['A', 'B'],
    active: true,
    version: 4,
    createdAt: '2026-01-01T00:00:00Z',
  };

  it('sends only what changed, plus the version', () => {
    expect(changedFields({ ...previous, name: 'Nord-West' }, previous)).toEqual({
      name: 'Nord-West',
      version: 4,
    });
  });

  it('compares arrays by value and treats "" like null', () => {
    expect(changedFields({ ...previous, stadtteile: ['A', 'B'], sozialraum: '' }, previous)).toEqual({
      version: 4,
    });
    expect(changedFields({ ...previous, stadtteile: ['A'] }, previous)).toEqual({
      stadtteile: ['A'],
      version: 4,
    });
  });

  it('sends a cleared field as null and a new password once set', () => {
    expect(changedFields({ ...previous, code: '', password: 'x'.repeat(12) }, previous)).toEqual({
      code: null,
      password: 'x'.repeat(12),
      version: 4,
    });
    expect(changedFields({ ...previous, password: null }, previous)).toEqual({ version: 4 });
  });
});

describe('withoutEmpty', () => {
  it('drops empty optional fields of a new record but keeps false', () => {
    expect(withoutEmpty({ name: 'A', providerId: '', sozialraum: null, active: false })).toEqual({
      name: 'A',
      active: false,
    });
  });
});

describe('dataProvider', () => {
  const calls: { url: string; init: RequestInit }[] = [];
  const realFetch = global.fetch;

  beforeEach(() => {
    calls.length = 0;
    global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(url), init: init ?? {} });
      return new Response(JSON.stringify({ id: 'd1', name: 'Neu', version: 5 }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }) as typeof fetch;
  });
  afterAll(() => {
    global.fetch = realFetch;
  });

  it('PUTs the changed fields and the version with the session cookie and the CSRF header', async () => {
    await dataProvider.update('districts', {
      id: 'd1',
      data: { id: 'd1', name: 'Neu', code: 'SR1', version: 4 },
      previousData: { id: 'd1', name: 'Alt', code: 'SR1', version: 4 },
    });
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('/api/districts/d1');
    expect(calls[0].init.method).toBe('PUT');
    expect(calls[0].init.credentials).toBe('include');
    expect(new Headers(calls[0].init.headers).get('X-Requested-With')).toBe('XMLHttpRequest');
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ name: 'Neu', version: 4 });
  });

  it('rejects with the translated error of the API', async () => {
    global.fetch = jest.fn(
      async () =>
        new Response(JSON.stringify({ statusCode: 409, code: 'IN_USE', message: 'in use' }), { status: 409 }),
    ) as typeof fetch;
    await expect(dataProvider.delete('need-categories', { id: 'c1' })).rejects.toMatchObject({
      message: 'lotsen.errors.IN_USE',
      status: 409,
    });
  });
});
