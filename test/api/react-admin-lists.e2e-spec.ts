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
import { SERVICE_LIST } from '../../apps/api/src/modules/services/services.service';
import { TRANSLATION_LIST } from '../../apps/api/src/modules/translations/translations.service';
import { REFERRAL_LIST } from '../../apps/api/src/modules/referrals/referral-views';
import { SNAPSHOT_LIST } from '../../apps/api/src/modules/reports/report-snapshots.service';
import { STAFF_LIST } from '../../apps/api/src/modules/staff/staff.service';
import { USER_LIST } from '../../apps/api/src/modules/users/users.service';
import { entityListFields, resolveListSpec } from '../../apps/api/src/common/list-query/entity-fields';
import type { ListSpec } from '../../apps/api/src/common/list-query/list-query';
import { refusal, type DataProvider, type RaRecord } from '../support/ra-client';
import { listParams, refParams, startRaWorld } from '../support/ra-world';
import type { TestApp } from '../support/test-app';

/**
 * issue 15: the official ra-data-simple-rest, unchanged, against every resource — lists sorted
 * and filtered as react-admin sends them (updates: react-admin-update.e2e-spec.ts).
 */
describe('react-admin client (ra-data-simple-rest, unchanged): lists', () => {
  let t: TestApp;
  let admin: DataProvider;
  let counsellor: DataProvider;
  let stranger: DataProvider;
  let teamLead: DataProvider;
  let officeId: string;
  let providerId: string;
  let familyId: string;

  beforeAll(async () => {
    ({ t, admin, counsellor, stranger, teamLead, officeId, providerId, familyId } = await startRaWorld());
  }, 120_000);
  afterAll(() => t.close());

  describe('lists', () => {
    const byRole: [string, ListSpec, () => DataProvider][] = [
      ['offices', OFFICE_LIST, () => admin],
      ['districts', DISTRICT_LIST, () => admin],
      ['need-categories', NEED_CATEGORY_LIST, () => admin],
      ['providers', PROVIDER_LIST, () => admin],
      ['offers', OFFER_LIST, () => admin],
      ['services', SERVICE_LIST, () => counsellor],
      ['translations', TRANSLATION_LIST, () => counsellor],
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
