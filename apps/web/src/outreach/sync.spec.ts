import { CONTACT_BATCH_MAX } from '@lotsen/domain';
import type { OutboxEntry } from './outbox';
import { batchBody, chunks, sendBatch, settle } from './sync';

const entry = (id: string, over: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id,
  ownerId: 'anna',
  ownerName: 'Anna Albers',
  ownerEmail: 'anna@example.org',
  recordedAt: '2026-12-06T14:00:00.000Z',
  occurredAt: '2026-12-06T13:45:00.000Z',
  districtId: 'd1',
  districtName: 'Schlaatz, Waldstadt, Potsdam Süd',
  summary: 'Spielplatz',
  needs: [{ categoryKey: 'wohngeld', label: 'Wohngeld', unmetReason: 'waitlist' }],
  status: 'waiting',
  ...over,
});

describe('sending the offline queue (issue 22)', () => {
  it('sends what the API takes of an entry: never the owner, the labels or the queue state', () => {
    expect(batchBody([entry('e1')])).toEqual({
      contacts: [
        {
          id: 'e1',
          occurredAt: '2026-12-06T13:45:00.000Z',
          channel: 'outreach',
          districtId: 'd1',
          summary: 'Spielplatz',
          needs: [{ categoryKey: 'wohngeld', unmetReason: 'waitlist' }],
        },
      ],
    });
  });

  it('splits a long queue into batches the API accepts', () => {
    const ids = Array.from({ length: CONTACT_BATCH_MAX * 2 + 1 }, (_, i) => i);
    expect(chunks(ids).map((c) => c.length)).toEqual([CONTACT_BATCH_MAX, CONTACT_BATCH_MAX, 1]);
    expect(chunks([])).toEqual([]);
  });

  it('created and duplicate entries leave the device; rejected ones stay with their code', () => {
    expect(
      settle([
        { index: 0, id: 'a', result: 'created' },
        { index: 1, id: 'b', result: 'duplicate' },
        { index: 2, id: 'c', result: 'rejected', code: 'OUTSIDE_SYNC_WINDOW' },
        { index: 3, id: null, result: 'rejected', code: 'VALIDATION_FAILED' },
      ]),
    ).toEqual({ stored: ['a', 'b'], rejected: [{ id: 'c', code: 'OUTSIDE_SYNC_WINDOW' }] });
  });

  describe('sendBatch', () => {
    const realFetch = global.fetch;
    afterEach(() => {
      global.fetch = realFetch;
    });
    const answer = (status: number, body: unknown) => {
      const calls: { url: string; init: RequestInit }[] = [];
      global.fetch = (async (url: string, init: RequestInit) => {
        calls.push({ url, init });
        return new Response(JSON.stringify(body), {
          status,
          headers: { 'Content-Type': 'application/json' },
        });
      }) as typeof fetch;
      return calls;
    };

    it('posts with the session cookie and the CSRF header, and reads the results', async () => {
      const calls = answer(200, { results: [{ index: 0, id: 'e1', result: 'created' }] });
      expect(await sendBatch([entry('e1')])).toEqual({
        kind: 'answered',
        results: [{ index: 0, id: 'e1', result: 'created' }],
      });
      expect(calls[0].url).toBe('/api/contacts/batch');
      expect(calls[0].init).toMatchObject({ method: 'POST', credentials: 'include' });
      expect((calls[0].init.headers as Record<string, string>)['X-Requested-With']).toBe('XMLHttpRequest');
    });

    it('401: signed out, the entries wait; 5xx or no network: try again later', async () => {
      answer(401, { code: 'UNAUTHENTICATED' });
      expect(await sendBatch([entry('e1')])).toEqual({ kind: 'signed_out' });
      answer(503, { code: 'SERVICE_UNAVAILABLE' });
      expect(await sendBatch([entry('e1')])).toEqual({ kind: 'failed', status: 503 });
      global.fetch = (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch;
      expect(await sendBatch([entry('e1')])).toEqual({ kind: 'failed', status: null });
    });
  });
});
