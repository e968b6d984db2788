import type { EntityManager } from 'typeorm';
import { OFFICE_ROLES, type Role } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { AppException } from '../../common/errors/app.exception';
import { requireOfficeStaff } from '../families/family-access.service';
import type { NotificationsService } from '../notifications/notifications.service';

/** What an admin's change of a user did to the user's case load (written to the audit row). */
export interface CaseLoadHandover {
  fromOfficeId: string;
  successorId: string | null;
  families: number;
  followUps: number;
  notificationsRemoved: number;
}

/** The user leaves the office's case work: another office, deactivated, or a role without cases. */
export function leavesOffice(
  before: { officeId: string | null; active: boolean; role: Role },
  after: { officeId: string | null; active: boolean; role: Role },
): boolean {
  if (!before.officeId || !OFFICE_ROLES.includes(before.role)) return false;
  return (
    after.officeId !== before.officeId ||
    (before.active && !after.active) ||
    !OFFICE_ROLES.includes(after.role)
  );
}

const uuidIn = (prefix: string) =>
  `substring(n.link from '^#/${prefix}/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})')::uuid`;

/**
 * Issue 24.2: a user who leaves an office hands the case load over, in the caller's transaction.
 * Their families and open follow-ups of the office go to the successor the admin chose, or to the
 * office's active team lead (the first by name); with none, 409 `SUCCESSOR_REQUIRED` and nothing
 * changes. Each family gets a handoff row and the successor a notification. The user's
 * notifications about the office's families and contacts, and the follow-up summaries and bulk
 * hand-overs that counted them, are deleted. Later reminders cannot reach the user:
 * `NotificationsService.deliver` drops a notification about a family or contact for anybody
 * outside its office or inactive.
 */
export async function handOverCaseLoad(
  em: EntityManager,
  ctx: RequestContext,
  notifications: NotificationsService,
  userId: string,
  officeId: string,
  chosen: string | undefined,
): Promise<CaseLoadHandover> {
  const families: { id: string }[] = await em.query(
    `SELECT id FROM families WHERE owner_id = $1 AND office_id = $2 ORDER BY id FOR UPDATE`,
    [userId, officeId],
  );
  const [{ n: followUps }] = (await em.query(
    `SELECT count(*)::int AS n FROM follow_ups WHERE assignee_id = $1 AND office_id = $2 AND status = 'open'`,
    [userId, officeId],
  )) as { n: number }[];
  let successorId: string | null = null;
  if (chosen !== undefined) {
    if (chosen === userId) {
      throw new AppException(400, 'INVALID_REFERENCE', 'The user cannot succeed themselves', [
        { field: 'successorId', messages: ['is the user who leaves'] },
      ]);
    }
    await requireOfficeStaff(em, chosen, officeId, 'successorId');
    successorId = chosen;
  } else if (families.length > 0 || followUps > 0) {
    const leads: { id: string }[] = await em.query(
      `SELECT id FROM users WHERE office_id = $1 AND role = 'team_lead' AND active AND id <> $2
       ORDER BY display_name, id LIMIT 1`,
      [officeId, userId],
    );
    if (leads.length === 0) {
      throw new AppException(
        409,
        'SUCCESSOR_REQUIRED',
        'The office has no active team lead to take over the case load: choose a successor (successorId)',
        [{ field: 'successorId', messages: ['required: the office has no active team lead'] }],
      );
    }
    successorId = leads[0].id;
  }

  if (successorId && families.length > 0) {
    const ids = families.map((f) => f.id);
    await em.query(
      `UPDATE families SET owner_id = $2, version = version + 1, updated_at = now() WHERE id = ANY($1)`,
      [ids, successorId],
    );
    await em.query(
      `INSERT INTO handoffs (family_id, office_id, from_user_id, to_user_id, by_user_id)
       SELECT unnest($1::uuid[]), $2, $3, $4, $5`,
      [ids, officeId, userId, successorId, ctx.user.id],
    );
    await notifications.notify(em, [successorId], { kind: 'handoff', actorId: ctx.user.id, familyIds: ids });
  }
  if (successorId && followUps > 0) {
    // the successor is reminded afresh of what is overdue
    await em.query(
      `UPDATE follow_ups SET assignee_id = $3, overdue_notified_at = NULL, version = version + 1, updated_at = now()
       WHERE assignee_id = $1 AND office_id = $2 AND status = 'open'`,
      [userId, officeId, successorId],
    );
  }
  const removed: unknown = await em.query(
    `DELETE FROM notifications n
     WHERE n.user_id = $1
       AND (${uuidIn('families')} IN (SELECT id FROM families WHERE office_id = $2)
         OR ${uuidIn('contacts')} IN (SELECT id FROM contacts WHERE office_id = $2)
         OR n.link IN ('#/families', '#/my-follow-ups'))`,
    [userId, officeId],
  );
  return {
    fromOfficeId: officeId,
    successorId,
    families: families.length,
    followUps,
    // pg via TypeORM: [rows, affected] for UPDATE/DELETE
    notificationsRemoved: Array.isArray(removed) && typeof removed[1] === 'number' ? removed[1] : 0,
  };
}
