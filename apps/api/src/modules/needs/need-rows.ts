import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { NeedStatus, NeedUrgency, UnmetReason } from '@lotsen/domain';
import { Need } from './need.entity';
import { NEEDS_INSERT } from './need-statements';

/** Where a batch of needs comes from: the same for every need of one write. */
export interface NeedOrigin {
  officeId: string;
  familyId: string | null;
  contactId: string | null;
  identifiedAt: Date;
}

/** One need to write, its rules already checked. */
export interface NeedInsert {
  categoryKey: string;
  description: string | null;
  urgency: NeedUrgency;
  status: NeedStatus;
  unmetReason: UnmetReason | null;
  resolved: boolean;
}

export interface NeedRow {
  id: string;
  version: number;
  created_at: Date;
  updated_at: Date;
  family_id: string | null;
  contact_id: string | null;
  office_id: string;
  category_key: string;
  description: string | null;
  urgency: NeedUrgency;
  status: NeedStatus;
  unmet_reason: UnmetReason | null;
  identified_at: Date;
  resolved_at: Date | null;
  cancelled_at: Date | null;
}

/** A row of NEED_RETURNING as the entity TypeORM loads (same properties, same order). */
export function needFromRow(r: NeedRow): Need {
  return Object.assign(new Need(), {
    id: r.id,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    familyId: r.family_id,
    contactId: r.contact_id,
    officeId: r.office_id,
    categoryKey: r.category_key,
    description: r.description,
    urgency: r.urgency,
    status: r.status,
    unmetReason: r.unmet_reason,
    identifiedAt: r.identified_at,
    resolvedAt: r.resolved_at,
    cancelledAt: r.cancelled_at,
  });
}

/** Writes the needs with the caller's EntityManager and returns them in the order given. */
export async function insertNeeds(
  em: EntityManager,
  origin: NeedOrigin,
  createdById: string,
  items: readonly NeedInsert[],
): Promise<Need[]> {
  const ids = items.map(() => randomUUID());
  const rows: NeedRow[] = await em.query(NEEDS_INSERT, [
    origin.familyId,
    origin.contactId,
    origin.officeId,
    origin.identifiedAt,
    createdById,
    ids,
    items.map((i) => i.categoryKey),
    items.map((i) => i.description),
    items.map((i) => i.urgency),
    items.map((i) => i.status),
    items.map((i) => i.unmetReason),
    items.map((i) => i.resolved),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => needFromRow(byId.get(id) as NeedRow));
}
