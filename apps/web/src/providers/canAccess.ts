import { actionFor, can, type Subject } from '@lotsen/domain';
import { toActor, type SessionUser } from './session';

/** Pages every logged-in user may open. */
const OPEN_TO_ALL = new Set(['dashboard']);

const SUBJECT_FIELDS = ['officeId', 'ownerId', 'providerId', 'authorId', 'userId'] as const;

/** The fields of a record that the policy's scopes look at. */
export function subjectOf(record: Record<string, unknown>): Subject {
  const subject: Subject = {};
  for (const field of SUBJECT_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' || value === null) subject[field] = value;
  }
  return subject;
}

/**
 * react-admin's access question (resource × list/show/create/edit/delete), answered by the one
 * policy of libs/domain: `actionFor` names the policy action, `can` decides.
 * Unknown resources and accesses (export, clone, …) are refused.
 */
export function canAccessWith(
  user: SessionUser | null,
  params: { resource: string; action: string; record?: Record<string, unknown> },
): boolean {
  if (!user) return false;
  if (OPEN_TO_ALL.has(params.resource)) return true;
  const action = actionFor(params.resource, params.action);
  if (action === null) return false;
  return can(toActor(user), action, params.record ? subjectOf(params.record) : undefined);
}
