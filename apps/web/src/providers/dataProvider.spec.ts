import { changedFields, dataProvider, totalFromContentRange, withoutEmpty } from './dataProvider';
import { possibleDuplicatesOf } from './duplicates';

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

describe('dataProvider, case work', () => {
  const calls: { url: string; init: RequestInit }[] = [];
  const realFetch = global.fetch;
  let responses: Response[] = [];

  const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });

  beforeEach(() => {
    calls.length = 0;
    responses = [];
    global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(url), init: init ?? {} });
      const next = responses.shift();
      if (!next) throw new Error(`unexpected request ${String(url)}`);
      return next;
    }) as typeof fetch;
  });
  afterAll(() => {
    global.fetch = realFetch;
  });

  const bodyOf = (index: number) => JSON.parse(String(calls[index].init.body));

  it('duplicate hint: a 409 POSSIBLE_DUPLICATE carries the candidates, confirmNew creates anyway', async () => {
    responses.push(
      json(
        {
          statusCode: 409,
          code: 'POSSIBLE_DUPLICATE',
          message: 'possible duplicate',
          possibleDuplicates: [{ id: 'f1', name: 'Familie Meyer', districtId: 'd1' }],
        },
        409,
      ),
      json({ id: 'f2', name: 'Familie Meier', version: 1 }, 201),
    );
    const data = { name: 'Familie Meier', districtId: 'd1', householdSize: '' };

    const error = await dataProvider.create('families', { data }).catch((e: unknown) => e);
    expect(possibleDuplicatesOf(error)).toEqual([
      { id: 'f1', name: 'Familie Meyer', districtId: 'd1', familyId: null },
    ]);
    expect(bodyOf(0)).toEqual({ name: 'Familie Meier', districtId: 'd1' });

    const created = await dataProvider.create('families', { data: { ...data, confirmNew: true } });
    expect(created.data).toMatchObject({ id: 'f2' });
    expect(calls[1].init.method).toBe('POST');
    expect(calls[1].url).toBe('/api/families');
    expect(bodyOf(1)).toEqual({ name: 'Familie Meier', districtId: 'd1', confirmNew: true });
  });

  it('keeps familyId: null of an anonymous contact when asked to', async () => {
    responses.push(json({ id: 'c1', needs: [] }, 201));
    await dataProvider.create('contacts', {
      data: { familyId: null, channel: 'walk_in', districtId: null, needs: [{ categoryKey: 'elterngeld' }] },
      meta: { keepNull: ['familyId'] },
    });
    expect(bodyOf(0)).toEqual({
      familyId: null,
      channel: 'walk_in',
      needs: [{ categoryKey: 'elterngeld' }],
    });
  });

  it('counts unread notifications from the Content-Range total', async () => {
    responses.push(json([{ id: 'n1' }], 200, { 'Content-Range': 'notifications 0-0/17' }));
    await expect(dataProvider.countUnreadNotifications()).resolves.toBe(17);
    const url = new URL(calls[0].url, 'http://localhost');
    expect(url.pathname).toBe('/api/notifications');
    expect(JSON.parse(url.searchParams.get('filter') ?? '')).toEqual({ read: false });
    expect(JSON.parse(url.searchParams.get('range') ?? '')).toEqual([0, 0]);
    expect(calls[0].init.credentials).toBe('include');
    expect(new Headers(calls[0].init.headers).get('X-Requested-With')).toBe('XMLHttpRequest');
  });

  it('hands a family off, and many at once, with the note only when there is one', async () => {
    responses.push(json({ id: 'f1', ownerId: 'u2' }), json([{ id: 'f1' }, { id: 'f2' }]));
    await dataProvider.handOffFamily('f1', { toUserId: 'u2', note: '  ' });
    expect(calls[0].url).toBe('/api/families/f1/handoff');
    expect(calls[0].init.method).toBe('POST');
    expect(bodyOf(0)).toEqual({ toUserId: 'u2' });

    const families = await dataProvider.handOffFamilies(['f1', 'f2'], { toUserId: 'u3', note: 'Urlaub' });
    expect(families).toHaveLength(2);
    expect(calls[1].url).toBe('/api/families/handoff');
    expect(bodyOf(1)).toEqual({ ids: ['f1', 'f2'], toUserId: 'u3', note: 'Urlaub' });
  });

  it('reads the timeline and the team overview, and marks all notifications read', async () => {
    responses.push(
      json([{ at: '2026-05-01T10:00:00Z', type: 'contact', id: 'c1', title: 'Telefon', userId: 'u1' }]),
      json([{ userId: 'u1', displayName: 'A', role: 'counsellor', activeFamilies: 3 }]),
      json({ updated: 4 }),
    );
    await expect(dataProvider.getFamilyTimeline('f1')).resolves.toHaveLength(1);
    expect(calls[0].url).toBe('/api/families/f1/timeline');
    await expect(dataProvider.getTeamOverview()).resolves.toHaveLength(1);
    expect(calls[1].url).toBe('/api/team/overview');
    await expect(dataProvider.markAllNotificationsRead()).resolves.toEqual({ updated: 4 });
    expect(calls[2].url).toBe('/api/notifications/read-all');
    expect(calls[2].init.method).toBe('POST');
  });

  it('moves a referral and reads the referral outcomes of a period', async () => {
    responses.push(
      json({ id: 'r1', status: 'declined' }),
      json({ from: '2026-04-02', to: '2026-06-30', byProvider: [{ providerId: 'p1', name: 'A', sent: 3 }] }),
    );
    await dataProvider.transitionReferral('r1', { to: 'declined', declineReason: 'no_capacity' });
    expect(calls[0].url).toBe('/api/referrals/r1/transition');
    expect(calls[0].init.method).toBe('POST');
    expect(bodyOf(0)).toEqual({ to: 'declined', declineReason: 'no_capacity' });

    const report = await dataProvider.getReferralOutcomes({ from: '2026-04-02', to: '2026-06-30' });
    expect(calls[1].url).toBe('/api/reports/referral-outcomes?from=2026-04-02&to=2026-06-30');
    expect(report.byProvider).toHaveLength(1);
    expect(report.byCategory).toEqual([]);
  });
});

describe('totalFromContentRange', () => {
  it('reads the total after the slash', () => {
    expect(totalFromContentRange('notifications 0-0/17')).toBe(17);
    expect(totalFromContentRange('notifications */0')).toBe(0);
    expect(totalFromContentRange('notifications 0-0/*')).toBeNull();
    expect(totalFromContentRange(null)).toBeNull();
  });
});
