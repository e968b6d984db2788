import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { NeedStatus, NeedUrgency, UnmetReason } from '@lotsen/domain';
import { Need } from './need.entity';

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

/** Every column a need is read with (`createdById` is never returned: `select: false`). */
export const NEED_RETURNING = `id, version, created_at, updated_at, family_id, contact_id, office_id, category_key,
  description, urgency, status, unmet_reason, identified_at, resolved_at, cancelled_at`;

/**
 * All needs of one write in one statement (issue 19 point 2: no save + reload per need). The ids
 * are given here, so that the rows come back in the order given whatever order PostgreSQL
 * returns them in. Also sent as it is by bench/floor.mjs.
 */
export const NEEDS_INSERT = `INSERT INTO needs (id, family_id, contact_id, office_id, category_key, description,
    urgency, status, unmet_reason, identified_at, resolved_at, created_by_id)
  SELECT n.id, $1::uuid, $2::uuid, $3::uuid, n.category_key, n.description, n.urgency, n.status, n.unmet_reason,
    $4::timestamptz, CASE WHEN n.resolved THEN $4::timestamptz END, $5::uuid
    FROM unnest($6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::boolean[])
      WITH ORDINALITY AS n(id, category_key, description, urgency, status, unmet_reason, resolved, ord)
   ORDER BY n.ord
  RETURNING ${NEED_RETURNING}`;

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
