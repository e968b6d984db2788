import { AUDIT_LIST } from '../../apps/api/src/modules/audit/audit-events.controller';
import { CONSENT_LIST } from '../../apps/api/src/modules/consents/consents.service';
import { CONTACT_LIST } from '../../apps/api/src/modules/contacts/contacts.service';
import { DISTRICT_LIST } from '../../apps/api/src/modules/districts/districts.service';
import { FAMILY_LIST } from '../../apps/api/src/modules/families/families.service';
import { FOLLOW_UP_LIST } from '../../apps/api/src/modules/follow-ups/follow-ups.service';
import { HANDOFF_LIST } from '../../apps/api/src/modules/handoffs/handoffs.controller';
import { NEED_CATEGORY_LIST } from '../../apps/api/src/modules/need-categories/need-categories.service';
import { NEED_LIST } from '../../apps/api/src/modules/needs/needs.service';
import { NOTIFICATION_LIST } from '../../apps/api/src/modules/notifications/notifications.service';
import { OFFER_LIST } from '../../apps/api/src/modules/offers/offers.service';
import { OFFICE_LIST } from '../../apps/api/src/modules/offices/offices.service';
import { PERSON_LIST } from '../../apps/api/src/modules/persons/persons.service';
import { PROVIDER_LIST } from '../../apps/api/src/modules/providers/providers.service';
import { REFERRAL_LIST } from '../../apps/api/src/modules/referrals/referrals.service';
import { SNAPSHOT_LIST } from '../../apps/api/src/modules/reports/report-snapshots.service';
import { STAFF_LIST } from '../../apps/api/src/modules/staff/staff.service';
import { USER_LIST } from '../../apps/api/src/modules/users/users.service';
import { entityListFields, resolveListSpec } from '../../apps/api/src/common/list-query/entity-fields';
import type { ListSpec } from '../../apps/api/src/common/list-query/list-query';
import { createUser, type TestUser } from '../support/factories';
import { raClient, refusal, sessionCookie, type DataProvider, type RaRecord } from '../support/ra-client';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * issue 15: the official ra-data-simple-rest, unchanged, against every resource — lists sorted
 * and filtered as react-admin sends them, and updates that send back the whole record.
 */
describe('react-admin client (ra-data-simple-rest, unchanged)', () => {
  let t: TestApp;
  let admin: DataProvider;
  let counsellor: DataProvider;
  let colleague: DataProvider;
  let stranger: DataProvider;
  let teamLead: DataProvider;
  let counsellorUser: TestUser;
  let officeId: string;
  let providerId: string;
  let familyId: string;

  const user = async (role: TestUser['role'], options: Parameters<typeof createUser>[2] = {}) => {
    const u = await createUser(t.dataSource, role, options);
    return { user: u, client: raClient(t, await sessionCookie(t, u.email)) };
  };

  beforeAll(async () => {
    t = await startTestApp({}, true);
    admin = (await user('admin')).client;
    const c = await user('counsellor');
    counsellor = c.client;
    counsellorUser = c.user;
    officeId = c.user.officeId as string;
    colleague = (await user('counsellor', { officeId })).client;
    teamLead = (await user('team_lead', { officeId })).client;
    stranger = (await user('counsellor')).client;
    providerId = (await admin.create('providers', { data: { name: 'Kita-Büro', kind: 'city_department' } }))
      .data.id as string;
    await admin.create('offers', { data: { providerId, title: 'Kita-Gutschein-Beratung' } });
    familyId = (await counsellor.create('families', { data: { name: 'Familie Reference' } })).data
      .id as string;
    await counsellor.create('persons', { data: { familyId, relation: 'parent', firstName: 'Ada' } });
    await counsellor.create('contacts', {
      data: {
        familyId,
        channel: 'phone',
        summary: 'Erstgespräch',
        needs: [{ categoryKey: 'kita_gutschein' }],
      },
    });
    await counsellor.create('consents', { data: { familyId, scope: 'contact_by_phone' } });
    await counsellor.create('follow-ups', {
      data: { familyId, title: 'Nachfragen', dueAt: '2099-01-15T09:00:00.000Z' },
    });
    await t.dataSource.query(
      `INSERT INTO notifications (user_id, type, title) VALUES ($1, 'handoff', 'Neu')`,
      [counsellorUser.id],
    );
  }, 120_000);
  afterAll(() => t.close());

  describe('update sends the whole record getOne returned', () => {
    /** Each resource with an edit screen: who edits it, one edit, one read-only field changed. */
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
      const moved = new Set(['version', 'updatedAt', 'lastActivityAt', ...Object.keys(c.edit)]);
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
        data: { ...seen, openingHours: 'Mo–Fr 9–12 Uhr' },
        previousData: seen,
      });
      expect(saved).toMatchObject({
        openingHours: 'Mo–Fr 9–12 Uhr',
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

  describe('lists', () => {
    const byRole: [string, ListSpec, () => DataProvider][] = [
      ['offices', OFFICE_LIST, () => admin],
      ['districts', DISTRICT_LIST, () => admin],
      ['need-categories', NEED_CATEGORY_LIST, () => admin],
      ['providers', PROVIDER_LIST, () => admin],
      ['offers', OFFER_LIST, () => admin],
      ['users', USER_LIST, () => admin],
      ['audit-events', AUDIT_LIST, () => admin],
      ['staff', STAFF_LIST, () => counsellor],
      ['families', FAMILY_LIST, () => counsellor],
      ['persons', PERSON_LIST, () => counsellor],
      ['contacts', CONTACT_LIST, () => counsellor],
      ['needs', NEED_LIST, () => counsellor],
      ['referrals', REFERRAL_LIST, () => counsellor],
      ['follow-ups', FOLLOW_UP_LIST, () => counsellor],
      ['consents', CONSENT_LIST, () => counsellor],
      ['handoffs', HANDOFF_LIST, () => counsellor],
      ['notifications', NOTIFICATION_LIST, () => counsellor],
      ['report-snapshots', SNAPSHOT_LIST, () => teamLead],
    ];

    it.each(byRole)(
      '%s: sorted by id (the default of react-admin), ascending and descending',
      async (resource, _spec, as) => {
        for (const order of ['ASC', 'DESC'] as const) {
          const { data, total } = await as().getList(resource, { ...listParams('id', order), filter: {} });
          const ids = data.map((r) => String(r.id));
          const sorted = [...ids].sort();
          expect(ids).toEqual(order === 'ASC' ? sorted : sorted.reverse());
          expect(total).toBeGreaterThanOrEqual(ids.length);
        }
      },
    );

    it.each(byRole)('%s: every sortable field and foreign key is accepted', async (resource, spec, as) => {
      const resolved = resolveListSpec(spec);
      for (const field of Object.keys(resolved.sortable)) {
        const res = await as().getList(resource, { ...listParams(field, 'DESC'), filter: {} });
        expect([field, Array.isArray(res.data)]).toEqual([field, true]);
      }
      for (const field of entityListFields(spec.entity).foreignKeys) {
        const res = await as().getManyReference(
          resource,
          refParams(field, '00000000-0000-4000-8000-000000000000'),
        );
        expect([field, res.total]).toEqual([field, 0]);
      }
      const sort = await refusal(as().getList(resource, { ...listParams('nonsense'), filter: {} }));
      expect(sort).toMatchObject({ status: 400, body: { code: 'INVALID_SORT_FIELD' } });
      expect(sort.body.message).toContain('nonsense');
      expect(sort.body.message).toContain('allowed: ');
      const filter = await refusal(as().getList(resource, { ...listParams('id'), filter: { nonsense: 1 } }));
      expect(filter).toMatchObject({ status: 400, body: { code: 'INVALID_FILTER_FIELD' } });
      expect(filter.body.message).toContain('nonsense');
    });

    it('pages never repeat or skip a row under many equal sort keys (id breaks ties)', async () => {
      for (let i = 0; i < 22; i++) {
        await admin.create('districts', {
          data: { code: `T${i}`, name: `Testbezirk ${i}`, sozialraum: 'I' },
        });
      }
      for (const [field, order] of [
        ['sozialraum', 'ASC'],
        ['sozialraum', 'DESC'],
        ['active', 'ASC'],
        ['sortOrder', 'DESC'],
      ] as const) {
        const seen: string[] = [];
        let total = Infinity;
        for (let page = 1; (page - 1) * 4 < total; page++) {
          const res = await admin.getList('districts', {
            pagination: { page, perPage: 4 },
            sort: { field, order },
            filter: {},
          });
          total = res.total as number;
          seen.push(...res.data.map((d) => String(d.id)));
        }
        expect(total).toBe(30);
        expect(new Set(seen).size).toBe(30);
        expect(seen).toHaveLength(30);
      }
    });

    it('getMany answers exactly the ids asked for, more than a default page too', async () => {
      const { data: all } = await admin.getList('districts', {
        ...listParams('id'),
        pagination: { page: 1, perPage: 100 },
      });
      const ids = all.map((d) => d.id);
      expect(ids.length).toBeGreaterThan(25);
      const { data } = await admin.getMany('districts', { ids });
      expect(data.map((d) => d.id).sort()).toEqual([...ids].sort());
    });

    it('getManyReference by foreign key: offers of a provider, users of an office, a family’s records', async () => {
      const offers = await admin.getManyReference('offers', refParams('providerId', providerId));
      expect(offers.total).toBe(1);
      expect(offers.data[0]).toMatchObject({ providerId, title: 'Kita-Gutschein-Beratung' });
      const users = await admin.getManyReference('users', refParams('officeId', officeId));
      expect(users.data.every((u: RaRecord) => u.officeId === officeId)).toBe(true);
      expect(users.total).toBeGreaterThanOrEqual(3);
      for (const resource of ['persons', 'contacts', 'needs']) {
        const res = await counsellor.getManyReference(resource, refParams('familyId', familyId));
        expect([
          resource,
          (res.total ?? 0) > 0,
          res.data.every((r: RaRecord) => r.familyId === familyId),
        ]).toEqual([resource, true, true]);
      }
      const contact = (await counsellor.getManyReference('contacts', refParams('familyId', familyId)))
        .data[0];
      const needs = await counsellor.getManyReference('needs', refParams('contactId', String(contact.id)));
      expect(needs.data.map((n: RaRecord) => n.contactId)).toEqual(needs.data.map(() => contact.id));
    });

    it('scope still applies to a filtered list: another office sees none of the family’s records', async () => {
      for (const resource of [
        'persons',
        'contacts',
        'needs',
        'referrals',
        'follow-ups',
        'consents',
        'handoffs',
      ]) {
        const res = await stranger.getManyReference(resource, refParams('familyId', familyId));
        expect([resource, res.total, res.data]).toEqual([resource, 0, []]);
      }
      const many = await stranger.getMany('families', { ids: [familyId] });
      expect(many.data).toEqual([]);
    });
  });
});

function listParams(field: string, order: 'ASC' | 'DESC' = 'ASC') {
  return { pagination: { page: 1, perPage: 25 }, sort: { field, order }, filter: {} };
}

function refParams(target: string, id: string) {
  return {
    target,
    id,
    pagination: { page: 1, perPage: 25 },
    sort: { field: 'id', order: 'ASC' as const },
    filter: {},
  };
}
