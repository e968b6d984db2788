import type { EntityManager } from 'typeorm';
import type { ContactCancelReason, ContactChannel } from '@lotsen/domain';
import { Contact } from './contact.entity';
import { CONTACT_INSERT } from './contact-statements';

export interface ContactInsert {
  familyId: string | null;
  officeId: string;
  counsellorId: string;
  occurredAt: Date;
  channel: ContactChannel;
  durationMinutes: number | null;
  districtId: string | null;
  summary: string | null;
  notes: string | null;
  confidential: boolean;
  clientId: string | null;
}

export interface ContactRow {
  id: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  family_id: string | null;
  office_id: string;
  counsellor_id: string;
  occurred_at: Date;
  channel: ContactChannel;
  duration_minutes: number | null;
  district_id: string | null;
  summary: string | null;
  notes: string | null;
  confidential: boolean;
  cancelled_at: Date | null;
  cancelled_by_id: string | null;
  cancel_reason: ContactCancelReason | null;
  cancel_note: string | null;
}

/** A row of CONTACT_RETURNING as the entity TypeORM loads (same properties, same order). */
export function contactFromRow(r: ContactRow): Contact {
  return Object.assign(new Contact(), {
    id: r.id,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    familyId: r.family_id,
    officeId: r.office_id,
    counsellorId: r.counsellor_id,
    occurredAt: r.occurred_at,
    channel: r.channel,
    durationMinutes: r.duration_minutes,
    districtId: r.district_id,
    summary: r.summary,
    notes: r.notes,
    confidential: r.confidential,
    cancelledAt: r.cancelled_at,
    cancelledById: r.cancelled_by_id,
    cancelReason: r.cancel_reason,
    cancelNote: r.cancel_note,
  });
}

/** Writes the contact with the caller's EntityManager; errors are TypeORM's QueryFailedError. */
export async function insertContact(em: EntityManager, c: ContactInsert): Promise<Contact> {
  const rows: ContactRow[] = await em.query(CONTACT_INSERT, [
    c.familyId,
    c.officeId,
    c.counsellorId,
    c.occurredAt,
    c.channel,
    c.durationMinutes,
    c.districtId,
    c.summary,
    c.notes,
    c.confidential,
    c.clientId,
  ]);
  return contactFromRow(rows[0]);
}
