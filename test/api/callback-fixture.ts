import { CALLBACK_CONSENT_TEXTS, CALLBACK_CONSENT_VERSION } from '@lotsen/domain';
import type { Agent } from 'supertest';
import { signCallbackFormToken } from '../../apps/api/src/modules/portal/callback-token';
import { createOffice, signedIn, type TestUser } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

type Signed = { user: TestUser; agent: Agent };

/**
 * What the Rückrufbitten tests (portal-callbacks.e2e-spec.ts, callback-requests.e2e-spec.ts)
 * share: the API (TRUST_PROXY=1 so that each test posts from an address of its own, a rate limit
 * of 5), office A with two counsellors and a team lead, office B with a counsellor, an inactive
 * office, a Verwaltungsleistung "Wohngeld", and helpers. Filled in by beforeAll.
 */
export interface CallbackWorld {
  t: TestApp;
  officeA: string;
  officeB: string;
  inactiveOffice: string;
  counsellor: Signed;
  colleague: Signed;
  teamLead: Signed;
  otherOffice: Signed;
  serviceId: string;
  /** A client of its own address: each test has its own rate-limit window. */
  client(): { ip: string; post(body: object): ReturnType<ReturnType<TestApp['http']>['post']> };
  /** A form token issued `agoMs` ago. */
  token(agoMs?: number): string;
  /** A valid request to office A, with `extra` fields changed. */
  valid(extra?: object): Record<string, unknown>;
  /** The first row's `n` of `sql` (default: all callback requests). */
  count(sql?: string): Promise<number>;
  /** A request stored directly (open), as the portal's POST stores one. */
  stored(officeId?: string, fields?: Record<string, unknown>): Promise<string>;
}

export function callbackWorld(): CallbackWorld {
  const w = {} as CallbackWorld;
  let ipSeq = 0;
  w.client = () => {
    const ip = `203.0.113.${++ipSeq}`;
    return {
      ip,
      post: (body: object) => w.t.http().post('/api/portal/callbacks').set('X-Forwarded-For', ip).send(body),
    };
  };
  w.token = (agoMs = 10_000) => signCallbackFormToken(w.t.config.sessionSecret, new Date(Date.now() - agoMs));
  w.valid = (extra = {}) => ({
    token: w.token(),
    website: '',
    officeId: w.officeA,
    topic: 'lebenslage:kinderbetreuung',
    name: 'Mama von Mia',
    phone: '0331 555 0123',
    lang: 'uk',
    preferredTime: 'vormittags',
    consent: true,
    consentVersion: CALLBACK_CONSENT_VERSION,
    ...extra,
  });
  w.count = async (sql = 'SELECT count(*)::int AS n FROM callback_requests') =>
    ((await w.t.dataSource.query(sql))[0] as { n: number }).n;
  w.stored = async (officeId = w.officeA, fields = {}) => {
    const [{ id }] = await w.t.dataSource.query(
      `INSERT INTO callback_requests (office_id, topic, name, phone, email, lang, consent_text, consent_version)
       VALUES ($1, $2, 'Pseudonym', $3, $4, 'de', $5, $6) RETURNING id`,
      [
        officeId,
        fields.topic ?? 'sonstiges',
        fields.phone === undefined ? '0331 123456' : fields.phone,
        fields.email ?? null,
        CALLBACK_CONSENT_TEXTS.de,
        CALLBACK_CONSENT_VERSION,
      ],
    );
    return id as string;
  };

  beforeAll(async () => {
    const t = await startTestApp({ LOGIN_IP_LIMIT: '100000', TRUST_PROXY: '1', CALLBACK_RATE_LIMIT: '5' });
    w.t = t;
    w.officeA = await createOffice(t.dataSource, 'Familienbüro Rückruf');
    w.officeB = await createOffice(t.dataSource, 'Familienbüro Anderswo');
    w.inactiveOffice = await createOffice(t.dataSource, 'Geschlossener Standort');
    await t.dataSource.query(`UPDATE offices SET active = false WHERE id = $1`, [w.inactiveOffice]);
    w.counsellor = await signedIn(t, 'counsellor', { officeId: w.officeA });
    w.colleague = await signedIn(t, 'counsellor', { officeId: w.officeA });
    w.teamLead = await signedIn(t, 'team_lead', { officeId: w.officeA });
    w.otherOffice = await signedIn(t, 'counsellor', { officeId: w.officeB });
    const admin = await signedIn(t, 'admin');
    const provider = await admin.agent
      .post('/api/providers')
      .send({ name: 'Wohngeldstelle', kind: 'city_department' });
    const service = await admin.agent.post('/api/services').send({
      titleDe: 'Wohngeld',
      responsibleProviderId: provider.body.id,
      categoryKeys: ['wohngeld'],
    });
    expect(service.status).toBe(201);
    w.serviceId = service.body.id;
  }, 120000);
  afterAll(() => w.t?.close());
  return w;
}
