import { HttpError } from 'react-admin';
import { dataProvider } from '../../providers/dataProvider';
import {
  ConsentNotConfirmedError,
  sendReferral,
  type SendProgress,
  type SendReferralInput,
} from './sendReferral';

describe('sendReferral', () => {
  const calls: { url: string; method: string; body: unknown }[] = [];
  const realFetch = global.fetch;
  let responses: Response[] = [];

  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

  beforeEach(() => {
    calls.length = 0;
    responses = [];
    global.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
      calls.push({
        url: String(url),
        method: init?.method ?? 'GET',
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      });
      const next = responses.shift();
      if (!next) throw new Error(`unexpected request ${String(url)}`);
      return next;
    }) as typeof fetch;
  });
  afterAll(() => {
    global.fetch = realFetch;
  });

  const base: SendReferralInput = {
    familyId: 'f1',
    needId: 'n1',
    offerId: 'o1',
    providerId: 'p1',
    mode: 'info',
    consent: { kind: 'not_needed' },
    note: '',
  };

  it('info: creates a draft without consent and sends it', async () => {
    responses.push(json({ id: 'r1', status: 'draft' }, 201), json({ id: 'r1', status: 'sent' }));
    const referral = await sendReferral(dataProvider, base);
    expect(referral).toMatchObject({ id: 'r1', status: 'sent' });
    expect(calls).toEqual([
      { url: '/api/referrals', method: 'POST', body: { needId: 'n1', offerId: 'o1', mode: 'info' } },
      { url: '/api/referrals/r1/transition', method: 'POST', body: { to: 'sent' } },
    ]);
  });

  it('warm with a valid consent: links it and records none', async () => {
    responses.push(json({ id: 'r2' }, 201), json({ id: 'r2', status: 'sent' }));
    await sendReferral(dataProvider, {
      ...base,
      mode: 'warm',
      note: ' Bitte zurückrufen ',
      consent: {
        kind: 'valid',
        consent: { id: 'c9', scope: 'share_with_provider', providerId: 'p1', givenAt: '2026-01-01' },
      },
    });
    expect(calls.map((call) => call.url)).toEqual(['/api/referrals', '/api/referrals/r2/transition']);
    expect(calls[0].body).toEqual({
      needId: 'n1',
      offerId: 'o1',
      mode: 'warm',
      consentId: 'c9',
      note: 'Bitte zurückrufen',
    });
  });

  it('warm without a valid consent: records it (once confirmed), then refers with it', async () => {
    const input: SendReferralInput = {
      ...base,
      mode: 'warm',
      consent: { kind: 'record' },
      consentForm: 'oral',
    };
    await expect(sendReferral(dataProvider, input)).rejects.toBeInstanceOf(ConsentNotConfirmedError);
    expect(calls).toHaveLength(0);

    responses.push(json({ id: 'c1' }, 201), json({ id: 'r3' }, 201), json({ id: 'r3', status: 'sent' }));
    await sendReferral(dataProvider, { ...input, consentConfirmed: true });
    expect(calls[0]).toEqual({
      url: '/api/consents',
      method: 'POST',
      body: { familyId: 'f1', scope: 'share_with_provider', providerId: 'p1', form: 'oral' },
    });
    expect(calls[1].body).toMatchObject({ mode: 'warm', consentId: 'c1' });
    expect(calls[2].url).toBe('/api/referrals/r3/transition');
  });

  it('a refused send keeps the draft; the retry sends it again without a second draft or consent', async () => {
    const progress: SendProgress = {};
    const input: SendReferralInput = {
      ...base,
      mode: 'warm',
      consent: { kind: 'record' },
      consentConfirmed: true,
    };
    responses.push(
      json({ id: 'c1' }, 201),
      json({ id: 'r4' }, 201),
      json({ statusCode: 409, code: 'CONSENT_REQUIRED', message: 'consent required' }, 409),
    );
    const error = await sendReferral(dataProvider, input, progress).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).message).toBe('lotsen.errors.CONSENT_REQUIRED');
    expect(progress).toEqual({ consentId: 'c1', draftId: 'r4' });

    responses.push(json({ id: 'r4', status: 'sent' }));
    await sendReferral(dataProvider, input, progress);
    expect(calls.slice(3)).toEqual([
      { url: '/api/referrals/r4/transition', method: 'POST', body: { to: 'sent' } },
    ]);
  });

  it('a consent found invalid on sending is recorded anew, the old draft withdrawn and a new one sent', async () => {
    const progress: SendProgress = {};
    const valid: SendReferralInput = {
      ...base,
      mode: 'warm',
      consent: {
        kind: 'valid',
        consent: { id: 'c-old', scope: 'share_with_provider', providerId: 'p1', givenAt: '2026-01-01' },
      },
    };
    responses.push(
      json({ id: 'r5' }, 201),
      json({ statusCode: 409, code: 'CONSENT_REQUIRED', message: 'withdrawn meanwhile' }, 409),
    );
    await expect(sendReferral(dataProvider, valid, progress)).rejects.toBeInstanceOf(HttpError);
    expect(progress).toEqual({ draftId: 'r5' });

    // The dialog looked again: no valid consent any more, so one is recorded inline.
    responses.push(
      json({ id: 'c-new' }, 201),
      json({ id: 'r5', status: 'cancelled' }),
      json({ id: 'r6' }, 201),
      json({ id: 'r6', status: 'sent' }),
    );
    await sendReferral(
      dataProvider,
      { ...valid, consent: { kind: 'record' }, consentConfirmed: true },
      progress,
    );
    expect(calls.slice(2).map((call) => [call.url, call.body])).toEqual([
      ['/api/consents', { familyId: 'f1', scope: 'share_with_provider', providerId: 'p1', form: 'written' }],
      ['/api/referrals/r5/transition', { to: 'cancelled' }],
      ['/api/referrals', { needId: 'n1', offerId: 'o1', mode: 'warm', consentId: 'c-new' }],
      ['/api/referrals/r6/transition', { to: 'sent' }],
    ]);
  });
});
