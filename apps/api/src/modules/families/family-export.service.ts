import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/auth/request-context';
import { AuditService } from '../audit/audit.service';
import { Consent } from '../consents/consent.entity';
import { Contact } from '../contacts/contact.entity';
import { presentContact } from '../contacts/contacts.service';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { Handoff } from '../handoffs/handoff.entity';
import { Need } from '../needs/need.entity';
import { Person } from '../persons/person.entity';
import { Referral } from '../referrals/referral.entity';
import { FamilyAccess } from './family-access.service';
import type { Family } from './family.entity';

export interface ExportedAuditEvent {
  at: Date;
  userId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
}

export interface ExportedCaseEvent {
  at: string;
  kind: string;
  entityId: string;
  userId: string | null;
  from: string | null;
  to: string | null;
  onBehalfOfProvider: boolean;
  channel: string | null;
  undoneAt: string | null;
}

/** Everything stored about one family (DSGVO Art. 15), as the export answers it. */
export interface FamilyExport {
  format: 'lotsen-crm.family-export.v1';
  legalBasis: string;
  exportedAt: string;
  exportedBy: { id: string; displayName: string };
  family: Family;
  members: Person[];
  consents: Consent[];
  contacts: Contact[];
  needs: Need[];
  referrals: Referral[];
  /** The messages between the office and the providers on its referrals (issue 21.1). */
  referralMessages: {
    id: string;
    referralId: string;
    authorSide: string;
    authorId: string | null;
    text: string;
    createdAt: Date;
  }[];
  followUps: FollowUp[];
  handoffs: Handoff[];
  /** Moves of the case (referral moves, need status changes, follow-ups moved or done; issue 25.4). */
  caseEvents: ExportedCaseEvent[];
  /** Who read or changed the family's data, and when (without the staff's IP addresses). */
  auditEvents: ExportedAuditEvent[];
  /** The staff named by id above (owner, counsellors, authors, audit events). */
  staff: { id: string; displayName: string; role: string }[];
  /** The providers named by id above: who received or could receive the family's data. */
  providers: { id: string; name: string }[];
}

const AUDITED_ENTITIES = [
  'family',
  'person',
  'consent',
  'contact',
  'need',
  'follow_up',
  'handoff',
  'referral',
];

/**
 * The DSGVO Art. 15 export of a family. Confidential contact notes are masked exactly as
 * everywhere else (`presentContact`): only their author gets the text, everybody else sees that a
 * confidential note exists. The export is audited (`family.export`) in the same transaction
 * and is itself part of the audit events it returns.
 */
@Injectable()
export class FamilyExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: FamilyAccess,
    private readonly audit: AuditService,
  ) {}

  export(ctx: RequestContext, familyId: string): Promise<FamilyExport> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const family = await this.access.require(ctx, familyId, 'family.export', em);
      await this.audit.record(ctx, 'family.export', 'family', [family.id], family.officeId, null, em);
      const byFamily = { where: { familyId: family.id }, order: { createdAt: 'ASC' as const } };
      // one after another: the queries share the transaction's one connection
      const members = await em.getRepository(Person).find(byFamily);
      const consents = await em.getRepository(Consent).find(byFamily);
      const contacts = await em
        .getRepository(Contact)
        .find({ where: { familyId: family.id }, order: { occurredAt: 'ASC' } });
      const needs = await em
        .getRepository(Need)
        .find({ where: { familyId: family.id }, order: { identifiedAt: 'ASC' } });
      const referrals = await em.getRepository(Referral).find(byFamily);
      const referralMessages: FamilyExport['referralMessages'] = await em.query(
        `SELECT m.id, m.referral_id AS "referralId", m.author_side AS "authorSide", m.author_id AS "authorId",
                m.text, m.created_at AS "createdAt"
           FROM referral_messages m JOIN referrals r ON r.id = m.referral_id
          WHERE r.family_id = $1 ORDER BY m.created_at, m.id`,
        [family.id],
      );
      const followUps = await em.getRepository(FollowUp).find(byFamily);
      const handoffs = await em.getRepository(Handoff).find(byFamily);
      const recordIds = [
        family.id,
        ...[members, consents, contacts, needs, referrals, followUps, handoffs].flat().map((r) => r.id),
      ];
      const auditEvents = await this.auditEvents(em, recordIds);
      const caseEvents: ExportedCaseEvent[] = await em.query(
        `SELECT created_at AS at, kind, entity_id AS "entityId", by_user_id AS "userId", from_value AS "from",
                to_value AS "to", on_behalf_of_provider AS "onBehalfOfProvider", channel, undone_at AS "undoneAt"
           FROM case_events WHERE family_id = $1 ORDER BY created_at, id`,
        [family.id],
      );
      const userIds = new Set<string>([family.ownerId]);
      caseEvents.forEach((e) => e.userId && userIds.add(e.userId));
      contacts.forEach((c) => userIds.add(c.counsellorId));
      referrals.forEach((r) => userIds.add(r.counsellorId));
      referralMessages.forEach((m) => m.authorId && userIds.add(m.authorId));
      followUps.forEach((f) => userIds.add(f.assigneeId));
      consents.forEach((c) => c.recordedById && userIds.add(c.recordedById));
      handoffs.forEach((h) => [h.fromUserId, h.toUserId, h.byUserId].forEach((id) => userIds.add(id)));
      auditEvents.forEach((e) => e.userId && userIds.add(e.userId));
      const providerIds = new Set<string>([
        ...referrals.map((r) => r.providerId),
        ...consents.flatMap((c) => (c.providerId ? [c.providerId] : [])),
      ]);
      const staff: FamilyExport['staff'] = await em.query(
        `SELECT id, display_name AS "displayName", role FROM users WHERE id = ANY($1) ORDER BY display_name`,
        [[...userIds]],
      );
      const providers: FamilyExport['providers'] = await em.query(
        `SELECT id, name FROM providers WHERE id = ANY($1) ORDER BY name`,
        [[...providerIds]],
      );
      return {
        format: 'lotsen-crm.family-export.v1',
        legalBasis: 'Art. 15 DSGVO (Auskunftsrecht der betroffenen Person)',
        exportedAt: new Date().toISOString(),
        exportedBy: { id: ctx.user.id, displayName: ctx.user.displayName },
        family,
        members,
        consents,
        contacts: contacts.map((c) => presentContact(c, ctx.user)),
        needs,
        referrals,
        referralMessages,
        followUps,
        handoffs,
        caseEvents,
        auditEvents,
        staff,
        providers,
      };
    });
  }

  /** The audit rows about the family and every record of it, oldest first. */
  private async auditEvents(em: EntityManager, ids: string[]): Promise<ExportedAuditEvent[]> {
    return em.query(
      `SELECT at, user_id AS "userId", action, entity, entity_id AS "entityId"
         FROM audit_events
        WHERE entity = ANY($1) AND entity_id = ANY($2::uuid[])
        ORDER BY at, id`,
      [AUDITED_ENTITIES, ids],
    );
  }
}
