import type { Role } from '../auth/roles';
import { CONTACT_CANCEL_WINDOW_HOURS } from './enums';

/** Whether a user may correct or cancel a contact (issue 25.1), and why not. */
export type ContactCorrection = 'allowed' | 'not_author' | 'window_closed';

/**
 * The rule of correcting or cancelling a contact recorded by mistake: a team lead at any time,
 * its author within `CONTACT_CANCEL_WINDOW_HOURS` of recording it, nobody else. The API enforces
 * it; the web offers the buttons by it.
 */
export function contactCorrection(
  user: { id: string; role: Role | string },
  contact: { counsellorId?: string | null; createdAt?: string | Date | null },
  now: Date = new Date(),
): ContactCorrection {
  if (user.role === 'team_lead') return 'allowed';
  if (contact.counsellorId !== user.id) return 'not_author';
  const age = now.getTime() - new Date(contact.createdAt ?? 0).getTime();
  return age <= CONTACT_CANCEL_WINDOW_HOURS * 3600 * 1000 ? 'allowed' : 'window_closed';
}
