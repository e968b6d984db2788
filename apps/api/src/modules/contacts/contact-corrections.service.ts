import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { CONTACT_CANCEL_WINDOW_HOURS, contactCorrection } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { AppException } from '../../common/errors/app.exception';
import { AuditService } from '../audit/audit.service';
import { FamilyAccess } from '../families/family-access.service';
import { Need } from '../needs/need.entity';
import { NeedsService } from '../needs/needs.service';
import { refusePersonalText } from './anonymous-text';
import { Contact } from './contact.entity';
import { ContactsService, presentContact, type ContactView } from './contacts.service';
import type { CancelContactDto, CorrectContactNeedsDto } from './dto/contact-correction.dto';

/**
 * A contact recorded by mistake (issue 25.1): its author corrects its needs or cancels it within
 * 24 hours of recording it, a team lead of the office at any time; other staff get 403. A
 * cancelled contact and its needs leave lists and reports; the row keeps who, when, why, and the
 * audit trail has a `contact.cancel` row with the reason.
 */
export function requireMayCorrect(ctx: RequestContext, contact: Contact, now = new Date()): void {
  const verdict = contactCorrection(ctx.user, contact, now);
  if (verdict === 'not_author') {
    throw new AppException(403, 'FORBIDDEN', 'Only its author or a team lead corrects or cancels a contact');
  }
  if (verdict === 'window_closed') {
    throw new AppException(
      403,
      'CANCEL_WINDOW_CLOSED',
      `Its author corrects or cancels a contact within ${CONTACT_CANCEL_WINDOW_HOURS} hours; after that, a team lead`,
    );
  }
}

@Injectable()
export class ContactCorrectionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contacts: ContactsService,
    private readonly needs: NeedsService,
    private readonly access: FamilyAccess,
    private readonly audit: AuditService,
  ) {}

  cancel(ctx: RequestContext, id: string, dto: CancelContactDto): Promise<ContactView> {
    const note = dto.note?.trim() || null;
    if (dto.reason === 'other' && !note) {
      throw new AppException(400, 'VALIDATION_FAILED', 'Say why in a note when the reason is other', [
        { field: 'note', messages: ['required when reason is other'] },
      ]);
    }
    // the note stays with the record beyond a family's erasure: it names nobody
    refusePersonalText([{ field: 'note', text: note }]);
    return this.dataSource.transaction(async (em) => {
      const contact = await this.lockOpen(ctx, id, em);
      requireMayCorrect(ctx, contact);
      const needs = await this.openNeeds(em, id);
      await requireNeedsUnused(em, needs);
      await em.query(
        `UPDATE contacts SET cancelled_at = now(), cancelled_by_id = $2, cancel_reason = $3, cancel_note = $4,
                version = version + 1, updated_at = now()
          WHERE id = $1`,
        [id, ctx.user.id, dto.reason, note],
      );
      await cancelNeeds(em, needs);
      await this.audit.record(
        ctx,
        'contact.cancel',
        'contact',
        [id],
        contact.officeId,
        {
          reason: dto.reason,
          needs: needs.map((n) => n.id),
          ...(contact.familyId ? { familyId: contact.familyId } : {}),
        },
        em,
      );
      const saved = await em.getRepository(Contact).findOneByOrFail({ id });
      return {
        ...presentContact(saved, ctx.user),
        needs: (await this.contacts.needsOf([saved], em)).get(id) ?? [],
      };
    });
  }

  /** The contact's needs become exactly `categoryKeys`: new ones are added, left-out ones cancelled. */
  correctNeeds(ctx: RequestContext, id: string, dto: CorrectContactNeedsDto): Promise<Need[]> {
    const wanted = [...new Set(dto.categoryKeys)];
    return this.dataSource.transaction(async (em) => {
      const contact = await this.lockOpen(ctx, id, em);
      requireMayCorrect(ctx, contact);
      const current = await this.openNeeds(em, id);
      const dropped = current.filter((n) => !wanted.includes(n.categoryKey));
      const added = wanted.filter((key) => !current.some((n) => n.categoryKey === key));
      if (dropped.length === 0 && added.length === 0) return current;
      await requireNeedsUnused(em, dropped);
      if (contact.familyId && added.length > 0) {
        const family = await this.access.require(ctx, contact.familyId, 'contact.write', em);
        if (family.status === 'anonymized') {
          throw new AppException(409, 'FAMILY_ANONYMIZED', 'An anonymized family takes no new needs');
        }
        await this.access.requireStoreConsent(em, family.id);
      }
      await cancelNeeds(em, dropped);
      const created = await this.needs.createMany(
        em,
        ctx,
        {
          officeId: contact.officeId,
          familyId: contact.familyId,
          contactId: contact.id,
          identifiedAt: contact.occurredAt,
        },
        added.map((categoryKey) => ({ categoryKey })),
      );
      if (contact.familyId) await this.access.touch(em, contact.familyId);
      await this.audit.record(
        ctx,
        'contact.needs',
        'contact',
        [id],
        contact.officeId,
        {
          added: created.map((n) => n.id),
          cancelled: dropped.map((n) => n.id),
          ...(contact.familyId ? { familyId: contact.familyId } : {}),
        },
        em,
      );
      return this.openNeeds(em, id);
    });
  }

  /** The contact, in the caller's scope for writing, locked; 409 when it is cancelled already. */
  private async lockOpen(ctx: RequestContext, id: string, em: EntityManager): Promise<Contact> {
    const contact = await this.contacts.records.get(ctx, id, 'contact.write', em);
    await em.query(`SELECT 1 FROM contacts WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = (await em.query(`SELECT cancelled_at FROM contacts WHERE id = $1`, [id])) as {
      cancelled_at: Date | null;
    }[];
    if (row.cancelled_at) {
      throw new AppException(
        409,
        'ALREADY_CANCELLED',
        'The contact is cancelled: it is not changed any more',
      );
    }
    return contact;
  }

  private openNeeds(em: EntityManager, contactId: string): Promise<Need[]> {
    return em.getRepository(Need).find({
      where: { contactId, cancelledAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}

/** A need that a referral or a follow-up refers to is withdrawn by hand, never cancelled. */
async function requireNeedsUnused(em: EntityManager, needs: Need[]): Promise<void> {
  if (needs.length === 0) return;
  const ids = needs.map((n) => n.id);
  const rows: { id: string }[] = await em.query(
    `SELECT need_id AS id FROM referrals WHERE need_id = ANY($1)
     UNION SELECT need_id FROM follow_ups WHERE need_id = ANY($1)`,
    [ids],
  );
  if (rows.length > 0) {
    throw new AppException(
      409,
      'NEED_IN_USE',
      'A need of this contact has a referral or a follow-up: withdraw the need instead',
      rows.map((r) => ({ field: 'needs', messages: [`need ${r.id} is in use`] })),
    );
  }
}

async function cancelNeeds(em: EntityManager, needs: Need[]): Promise<void> {
  if (needs.length === 0) return;
  await em.query(
    `UPDATE needs SET cancelled_at = now(), version = version + 1, updated_at = now() WHERE id = ANY($1)`,
    [needs.map((n) => n.id)],
  );
}
