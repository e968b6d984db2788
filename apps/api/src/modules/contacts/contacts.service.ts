import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository, type EntityManager } from 'typeorm';
import { can, CONTACT_CHANNELS } from '@lotsen/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import type { RequestContext } from '../../common/auth/request-context';
import { rethrowReferenceViolation } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import type { Page } from '../../common/list-query/find-page';
import { withoutCancelled, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import { AuditService } from '../audit/audit.service';
import { FamilyAccess } from '../families/family-access.service';
import { FamilyRecords } from '../families/family-records';
import { Need } from '../needs/need.entity';
import { NeedsService } from '../needs/needs.service';
import { Contact } from './contact.entity';
import { insertContact } from './contact-rows';
import type { CreateContactDto, UpdateContactDto } from './dto/contact.dto';
import { refusePersonalText, requireAuthorOrTeamLead } from './anonymous-text';

/** Europe/Berlin day boundaries for the date filters. */
const dayStart = (p: string) => `(CAST(:${p} AS date)::timestamp AT TIME ZONE 'Europe/Berlin')`;
const dayEnd = (p: string) => `((CAST(:${p} AS date) + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`;

export const CONTACT_LIST: ListSpec = {
  entity: Contact,
  alias: 'c',
  sortable: {
    occurredAt: 'c.occurredAt',
    channel: 'c.channel',
    durationMinutes: 'c.durationMinutes',
    createdAt: 'c.createdAt',
    cancelledAt: 'c.cancelledAt',
  },
  filterable: {
    familyId: { type: 'uuid' },
    counsellorId: { type: 'uuid' },
    districtId: { type: 'uuid' },
    channel: { type: 'enum', values: CONTACT_CHANNELS },
    anonymous: { type: 'boolean', where: (p) => `((c.familyId IS NULL) = :${p})` },
    // cancelled contacts leave the list; `cancelled: true` lists them (absent: not cancelled)
    cancelled: { type: 'boolean', where: (p) => `((c.cancelledAt IS NOT NULL) = :${p})` },
    occurredFrom: { type: 'date', where: (p) => `c.occurredAt >= ${dayStart(p)}` },
    occurredTo: { type: 'date', where: (p) => `c.occurredAt < ${dayEnd(p)}` },
  },
  defaultSort: { field: 'occurredAt', order: 'DESC' },
};

/** A contact with the needs it raised (not cancelled ones), as lists, show and create return it. */
export type ContactView = Contact & { needs: Need[] };

/** Personal fields an anonymous contact must not carry. */
const PERSONAL_FIELDS = ['notes', 'confidential'] as const;

/**
 * A confidential contact's notes are for its author only (SGB VIII §65): everybody else gets
 * `notes: null` with `confidential: true` — in lists, on the record and in exports.
 */
export function presentContact<T extends Contact>(contact: T, user: AuthUser): T {
  if (contact.confidential && !can(user, 'confidentialNote.read', { authorId: contact.counsellorId })) {
    return { ...contact, notes: null };
  }
  return contact;
}

@Injectable()
export class ContactsService {
  readonly records: FamilyRecords<Contact>;

  constructor(
    @InjectRepository(Contact) repo: Repository<Contact>,
    private readonly dataSource: DataSource,
    private readonly access: FamilyAccess,
    private readonly audit: AuditService,
    private readonly needs: NeedsService,
  ) {
    this.records = new FamilyRecords(repo, dataSource, access, audit, {
      spec: CONTACT_LIST,
      entity: 'contact',
      label: 'Contact',
      read: 'contact.read',
      write: 'contact.write',
    });
  }

  async list(ctx: RequestContext, query: ListQuery): Promise<Page<ContactView>> {
    const page = await this.records.list(ctx, withoutCancelled(query));
    const needs = await this.needsOf(page.items);
    return {
      ...page,
      items: page.items.map((c) => ({ ...presentContact(c, ctx.user), needs: needs.get(c.id) ?? [] })),
    };
  }

  async get(ctx: RequestContext, id: string): Promise<ContactView> {
    const contact = presentContact(await this.records.get(ctx, id), ctx.user);
    return { ...contact, needs: (await this.needsOf([contact])).get(contact.id) ?? [] };
  }

  /**
   * The needs each contact raised, oldest first: those not cancelled — and for a cancelled
   * contact those cancelled with it, so that its page still shows what was recorded.
   */
  async needsOf(
    contacts: Pick<Contact, 'id' | 'cancelledAt'>[],
    em: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, Need[]>> {
    const byContact = new Map<string, Need[]>();
    if (contacts.length === 0) return byContact;
    const cancelledAt = new Map(
      contacts.map((c) => [c.id, c.cancelledAt ? new Date(c.cancelledAt).getTime() : null]),
    );
    const anyCancelled = contacts.some((c) => c.cancelledAt);
    const needs = await em.getRepository(Need).find({
      where: { contactId: In(contacts.map((c) => c.id)), ...(anyCancelled ? {} : { cancelledAt: IsNull() }) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    for (const need of needs) {
      const contactId = need.contactId as string;
      const shown =
        need.cancelledAt === null || new Date(need.cancelledAt).getTime() === cancelledAt.get(contactId);
      if (!shown) continue;
      byContact.set(contactId, [...(byContact.get(contactId) ?? []), need]);
    }
    return byContact;
  }

  /**
   * The contact and the needs it raised, in one transaction — the caller's, when it passes its
   * EntityManager (a callback request that becomes a contact links it in the same transaction).
   * `clientId`: the id a device gave an offline entry (`POST /api/contacts/batch`).
   */
  create(
    ctx: RequestContext,
    dto: CreateContactDto,
    outer?: EntityManager,
    clientId?: string,
  ): Promise<ContactView> {
    const { needs = [], familyId = null, occurredAt, ...fields } = dto;
    if (!familyId) {
      refusePersonalFields(dto);
      refusePersonalText([
        { field: 'summary', text: fields.summary },
        ...needs.map((n, i) => ({ field: `needs.${i}.description`, text: n.description })),
      ]);
    }
    const at = occurredAt ? new Date(occurredAt) : new Date();
    const inTransaction = <T>(work: (em: EntityManager) => Promise<T>): Promise<T> =>
      outer ? work(outer) : this.dataSource.transaction(work);
    return inTransaction(async (em) => {
      let officeId = ctx.user.officeId as string;
      let districtId = fields.districtId ?? null;
      if (familyId) {
        const family = await this.access.require(ctx, familyId, 'contact.write', em, true);
        if (family.status === 'anonymized') {
          throw new AppException(409, 'FAMILY_ANONYMIZED', 'An anonymized family takes no new contacts');
        }
        await this.access.requireStoreConsent(em, family.id);
        officeId = family.officeId;
        districtId ??= family.districtId;
        // domain.md: a closed family is reopened by a new contact
        if (family.status === 'closed') {
          await em.query(
            `UPDATE families SET status = 'active', version = version + 1, updated_at = now() WHERE id = $1`,
            [familyId],
          );
        }
      }
      let contact: Contact;
      try {
        // one INSERT … RETURNING: the contact as stored, without TypeORM's save and a reload
        contact = await insertContact(em, {
          familyId,
          officeId,
          counsellorId: ctx.user.id,
          occurredAt: at,
          channel: fields.channel,
          durationMinutes: fields.durationMinutes ?? null,
          districtId,
          summary: fields.summary ?? null,
          notes: fields.notes ?? null,
          confidential: fields.confidential ?? false,
          clientId: clientId ?? null,
        });
      } catch (err) {
        rethrowReferenceViolation(err);
        throw err;
      }
      const createdNeeds = await this.needs.createMany(
        em,
        ctx,
        { officeId, familyId, contactId: contact.id, identifiedAt: at },
        needs,
      );
      if (familyId) {
        await this.access.touch(em, familyId);
        await this.audit.record(ctx, 'contact.create', 'contact', [contact.id], officeId, { familyId }, em);
      }
      return { ...presentContact(contact, ctx.user), needs: createdNeeds };
    });
  }

  async update(ctx: RequestContext, id: string, dto: UpdateContactDto): Promise<ContactView> {
    const { version, occurredAt, ...changes } = dto;
    const updated = await this.records.update(ctx, id, version, (current) => {
      if (current.cancelledAt) {
        throw new AppException(
          409,
          'ALREADY_CANCELLED',
          'The contact is cancelled: it is not changed any more',
        );
      }
      if (!current.familyId) {
        refusePersonalFields(dto);
        if (changes.summary !== undefined) {
          requireAuthorOrTeamLead(ctx, current.counsellorId, 'Contact');
          refusePersonalText([{ field: 'summary', text: changes.summary }]);
        }
      }
      const touchesNotes = changes.notes !== undefined || changes.confidential !== undefined;
      if (touchesNotes && current.confidential && current.counsellorId !== ctx.user.id) {
        throw AppException.notFound('Contact');
      }
      return { ...changes, ...(occurredAt !== undefined ? { occurredAt: new Date(occurredAt) } : {}) };
    });
    return { ...presentContact(updated, ctx.user), needs: (await this.needsOf([updated])).get(id) ?? [] };
  }
}

function refusePersonalFields(dto: Partial<Record<(typeof PERSONAL_FIELDS)[number], unknown>>): void {
  const given = PERSONAL_FIELDS.filter((f) => dto[f] !== undefined && dto[f] !== null && dto[f] !== false);
  if (given.length > 0) {
    throw new AppException(
      400,
      'PERSONAL_DATA_NOT_ALLOWED',
      'An anonymous contact holds no personal data: attach it to a family to keep notes',
      given.map((field) => ({ field, messages: ['not allowed on an anonymous contact'] })),
    );
  }
}
