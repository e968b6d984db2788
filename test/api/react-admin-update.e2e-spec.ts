import { createUser, type TestUser } from '../support/factories';
import { refusal, sessionCookie, type DataProvider } from '../support/ra-client';
import { listParams, refParams, startRaWorld, type RaWorld } from '../support/ra-world';
import type { TestApp } from '../support/test-app';

/**
 * issue 15: the official ra-data-simple-rest, unchanged, against every resource — updates that
 * send back the whole record getOne returned (lists: react-admin-lists.e2e-spec.ts).
 */
describe('react-admin client (ra-data-simple-rest, unchanged): update', () => {
  let t: TestApp;
  let admin: DataProvider;
  let counsellor: DataProvider;
  let colleague: DataProvider;
  let stranger: DataProvider;
  let counsellorUser: TestUser;
  let officeId: string;
  let providerId: string;
  let familyId: string;
  let user: RaWorld['user'];

  beforeAll(async () => {
    ({ t, admin, counsellor, colleague, stranger, counsellorUser, officeId, providerId, familyId, user } =
      await startRaWorld());
  }, 120_000);
  afterAll(() => t.close());

  describe('update sends the whole record getOne returned', () => {
    /** Each resource with an edit screen: who edits it, one edit, one read-only field changed. */
    let serviceId: string | undefined;
    let translationId: string | undefined;
    const cases: {
      resource: string;
      as: () => DataProvider;
      id: () => Promise<string>;
      edit: Record<string, unknown>;
      readOnly: Record<string, unknown>;
    }[] = [
      {
        resource: 'offices',
        as: () => admin,
        id: async () => officeId,
        edit: { name: 'Familienbüro Mitte' },
        readOnly: { createdAt: '2020-01-01T00:00:00.000Z' },
      },
      {
        resource: 'districts',
        as: () => admin,
        id: async () => (await admin.getList('districts', listParams('id'))).data[0].id as string,
        edit: { name: 'Nord (neu)' },
        readOnly: { code: 'SR99' },
      },
      {
        resource: 'need-categories',
        as: () => admin,
        id: async () => (await admin.getList('need-categories', listParams('id'))).data[0].id as string,
        edit: { labelDe: 'Neue Bezeichnung' },
        readOnly: { key: 'umbenannt' },
      },
      {
        resource: 'providers',
        as: () => admin,
        id: async () => providerId,
        edit: { phone: '0331 123456' },
        readOnly: { id: '00000000-0000-4000-8000-000000000000' },
      },
      {
        resource: 'offers',
        as: () => admin,
        id: async () => (await admin.getList('offers', listParams('id'))).data[0].id as string,
        edit: { capacity: 'waitlist' },
        readOnly: { updatedAt: '2020-01-01T00:00:00.000Z' },
      },
      {
        resource: 'services',
        as: () => admin,
        id: async () => {
          serviceId ??= (
            await admin.create('services', {
              data: { titleDe: 'Wohngeld', responsibleProviderId: providerId, checklist: ['Mietvertrag'] },
            })
          ).data.id as string;
          return serviceId;
        },
        edit: { checklist: ['Mietvertrag', 'Einkommensnachweise'] },
        readOnly: { createdAt: '2020-01-01T00:00:00.000Z' },
      },
      {
        // edited in a dialog of the service's (or offer's) tab "Übersetzungen"
        resource: 'translations',
        as: () => admin,
        id: async () => {
          serviceId ??= (
            await admin.create('services', {
              data: { titleDe: 'Wohngeld', responsibleProviderId: providerId, checklist: ['Mietvertrag'] },
            })
          ).data.id as string;
          translationId ??= (
            await admin.create('translations', {
              data: {
                entity: 'service',
                entityId: serviceId,
                field: 'title',
                lang: 'en',
                text: 'Housing benefit',
              },
            })
          ).data.id as string;
          return translationId;
        },
        edit: { text: 'Housing benefit (Wohngeld)' },
        readOnly: { lang: 'uk' },
      },
      {
        resource: 'users',
        as: () => admin,
        id: async () => counsellorUser.id,
        edit: { displayName: 'Anna Beispiel' },
        readOnly: { createdAt: '2020-01-01T00:00:00.000Z' },
      },
      {
        resource: 'families',
        as: () => counsellor,
        id: async () => familyId,
        edit: { householdSize: 4 },
        readOnly: { officeId: '00000000-0000-4000-8000-000000000000' },
      },
      {
        resource: 'contacts',
        as: () => counsellor,
        id: async () =>
          (await counsellor.getManyReference('contacts', refParams('familyId', familyId))).data[0]
            .id as string,
        edit: { summary: 'Erstgespräch, Unterlagen besprochen' },
        readOnly: { counsellorId: '00000000-0000-4000-8000-000000000000' },
      },
      // no edit screen of their own (dialogs and buttons), but any react-admin client may edit them
      ...(
        [
          ['persons', { firstName: 'Adele' }, { familyId: '00000000-0000-4000-8000-000000000000' }],
          ['needs', { description: 'Gutschein beantragen' }, { categoryKey: 'wohnen' }],
          ['consents', { note: 'mündlich bestätigt' }, { scope: 'store_data' }],
          [
            'follow-ups',
            { title: 'Nachfragen beim Amt' },
            { overdue: true, familyId: '00000000-0000-4000-8000-000000000000' },
          ],
          ['notifications', { readAt: '2026-12-01T10:00:00.000Z' }, { title: 'Anders' }],
        ] as const
      ).map(([resource, edit, readOnly]) => ({
        resource,
        as: () => counsellor,
        id: async () =>
          (resource === 'notifications'
            ? (await counsellor.getList(resource, listParams('id'))).data[0].id
            : (await counsellor.getManyReference(resource, refParams('familyId', familyId))).data[0]
                .id) as string,
        edit: edit as Record<string, unknown>,
        readOnly: readOnly as Record<string, unknown>,
      })),
    ];

    it.each(cases)('$resource: getOne plus one edit is saved; nothing else changes', async (c) => {
      const client = c.as();
      const id = await c.id();
      const { data: before } = await client.getOne(c.resource, { id });
      const { data: after } = await client.update(c.resource, {
        id,
        data: { ...before, ...c.edit },
        previousData: before,
      });
      expect(after).toMatchObject(c.edit);
      expect(after.version).toBe(before.version + 1);
      // an office's edit of an offer confirms it (its "Stand", issue 21.3)
      const moved = new Set([
        'version',
        'updatedAt',
        'lastActivityAt',
        'confirmedAt',
        ...Object.keys(c.edit),
      ]);
      for (const key of Object.keys(before).filter((k) => !moved.has(k)))
        expect([key, after[key]]).toEqual([key, before[key]]);

      // the copy read before is stale now: 409, not a silent overwrite (nor a read-only complaint)
      const stale = await refusal(client.update(c.resource, { id, data: before, previousData: before }));
      expect(stale).toMatchObject({ status: 409, body: { code: 'STALE_VERSION' } });
    });

    it.each(cases)(
      '$resource: a changed read-only field is 400 READ_ONLY_FIELD and nothing is written',
      async (c) => {
        const client = c.as();
        const id = await c.id();
        const { data: current } = await client.getOne(c.resource, { id });
        const field = Object.keys(c.readOnly).filter((f) => f !== 'overdue')[0];
        const refused = await refusal(
          client.update(c.resource, {
            id,
            data: { ...current, ...c.edit, ...c.readOnly },
            previousData: current,
          }),
        );
        expect(refused.status).toBe(400);
        expect(refused.body).toMatchObject({ code: 'READ_ONLY_FIELD', details: [{ field }] });
        expect(refused.body.message).toContain(field);
        const { data: unchanged } = await client.getOne(c.resource, { id });
        expect(unchanged.version).toBe(current.version);
        expect(unchanged).toEqual(current);
      },
    );

    it('a field the record does not have is still refused as unknown (400 VALIDATION_FAILED)', async () => {
      const { data } = await admin.getOne('offices', { id: officeId });
      const refused = await refusal(
        admin.update('offices', { id: officeId, data: { ...data, nmae: 'Tippfehler' }, previousData: data }),
      );
      expect(refused).toMatchObject({
        status: 400,
        body: { code: 'VALIDATION_FAILED', details: [{ field: 'nmae' }] },
      });
    });

    it('a colleague saving a confidential contact (notes hidden from them) keeps the notes', async () => {
      const { data: created } = await counsellor.create('contacts', {
        data: { familyId, channel: 'walk_in', notes: 'Nur für mich', confidential: true },
      });
      const { data: seen } = await colleague.getOne('contacts', { id: created.id });
      expect(seen).toMatchObject({ notes: null, confidential: true });
      const { data: saved } = await colleague.update('contacts', {
        id: created.id,
        data: { ...seen, summary: 'Termin vereinbart' },
        previousData: seen,
      });
      expect(saved).toMatchObject({ summary: 'Termin vereinbart', notes: null });
      const { data: own } = await counsellor.getOne('contacts', { id: created.id });
      expect(own).toMatchObject({ summary: 'Termin vereinbart', notes: 'Nur für mich', confidential: true });
    });

    it('a provider user sends back fields only the office may change: unchanged, they pass', async () => {
      const provider = (await user('provider', { providerId })).client;
      const offerId = (await provider.getList('offers', listParams('id'))).data[0].id;
      const { data: seen } = await provider.getOne('offers', { id: offerId });
      const { data: saved } = await provider.update('offers', {
        id: offerId,
        data: {
          ...seen,
          capacity: seen.capacity === 'full' ? 'waitlist' : 'full',
          openingHours: 'Mo–Fr 9–12 Uhr',
        },
        previousData: seen,
      });
      // the capacity at once; the hours wait for the office's review (issue 21.3)
      expect(saved).toMatchObject({
        capacity: seen.capacity === 'full' ? 'waitlist' : 'full',
        openingHours: seen.openingHours,
        title: seen.title,
        version: seen.version + 1,
      });
      const refused = await refusal(
        provider.update('offers', {
          id: offerId,
          data: { ...saved, title: 'Umbenannt' },
          previousData: saved,
        }),
      );
      expect(refused).toMatchObject({
        status: 403,
        body: { code: 'FORBIDDEN', details: [{ field: 'title' }] },
      });
    });

    it('a role that may not edit is refused (403) before the record is compared or written', async () => {
      const analyst = (await user('analyst')).client;
      const { data: office } = await admin.getOne('offices', { id: officeId });
      for (const [client, resource, record] of [
        [counsellor, 'offices', office],
        [analyst, 'offices', office],
        [analyst, 'users', (await admin.getOne('users', { id: counsellorUser.id })).data],
      ] as const) {
        const refused = await refusal(
          client.update(resource, {
            id: record.id,
            data: { ...record, name: 'X', createdAt: null },
            previousData: record,
          }),
        );
        expect([resource, refused.status, refused.body.code]).toEqual([resource, 403, 'FORBIDDEN']);
      }
      expect((await admin.getOne('offices', { id: officeId })).data).toEqual(office);
    });

    it('out of scope: a whole record of another office is 404, whatever it holds', async () => {
      const { data } = await counsellor.getOne('families', { id: familyId });
      for (const body of [data, { ...data, officeId: '00000000-0000-4000-8000-000000000000' }]) {
        const refused = await refusal(
          stranger.update('families', { id: familyId, data: body, previousData: data }),
        );
        expect(refused).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
      }
    });
  });

  describe('signing in is no edit', () => {
    it('moves lastLoginAt but not version or updatedAt; an admin editing meanwhile gets no 409', async () => {
      const u = await createUser(t.dataSource, 'counsellor', { officeId });
      const { data: before } = await admin.getOne('users', { id: u.id });
      expect(before.lastLoginAt).toBeNull();
      await sessionCookie(t, u.email);
      const { data: signedIn } = await admin.getOne('users', { id: u.id });
      expect(signedIn.lastLoginAt).not.toBeNull();
      expect(signedIn).toMatchObject({ version: before.version, updatedAt: before.updatedAt });
      const { data: saved } = await admin.update('users', {
        id: u.id,
        data: { ...before, displayName: 'Neu Benannt' },
        previousData: before,
      });
      expect(saved).toMatchObject({ displayName: 'Neu Benannt', version: before.version + 1 });
      expect(saved.lastLoginAt).toBe(signedIn.lastLoginAt);
    });
  });
});
