import type { EntityManager } from 'typeorm';
import { NEW_MESSAGE_NOTICE_DE, type NotificationType, type ReferralStatus } from '@lotsen/domain';
import { familyLink } from '../families/family-access.service';

/**
 * What a notification job carries: who is told and about which records — ids and a kind,
 * never a name or a text. Job payloads travel through the outbox and Redis (and the admin's
 * queue dashboard), where a family's name would outlive its anonymization; the German text is
 * rendered from the database when the worker stores the notification (`renderMessage`).
 */
export type NotificationMessage =
  | { kind: 'handoff'; actorId: string; familyIds: string[]; handoffId?: string }
  | { kind: 'child_protection'; actorId: string; familyId: string | null; contactId: string | null }
  | { kind: 'consent_withdrawn'; familyId: string }
  | { kind: 'referral_update'; familyId: string; status: ReferralStatus; byProvider: boolean }
  | { kind: 'callback_request'; callbackRequestId: string }
  | { kind: 'referral_message'; referralId: string }
  | { kind: 'offer_change'; offerChangeId: string; event: 'proposed' | 'accepted' | 'rejected' };

/** What the inbox shows. */
export interface RenderedMessage {
  type: NotificationType;
  title: string;
  link: string | null;
  /** The handoff whose note the inbox shows (read when shown, never copied into the title). */
  handoffId?: string | null;
}

const REFERRAL_STATUS_DE: Record<ReferralStatus, string> = {
  draft: 'als Entwurf gespeichert',
  sent: 'gesendet',
  accepted: 'angenommen',
  in_progress: 'in Bearbeitung',
  completed: 'abgeschlossen',
  declined: 'abgelehnt',
  cancelled: 'storniert',
  not_taken_up: 'nicht wahrgenommen',
  returned: 'an das Familienbüro zurückgegeben',
};

async function displayName(em: EntityManager, userId: string): Promise<string> {
  const rows: { display_name: string }[] = await em.query(`SELECT display_name FROM users WHERE id = $1`, [
    userId,
  ]);
  return rows[0]?.display_name ?? 'Eine Kollegin oder ein Kollege';
}

/**
 * The German text of a notification, read from the records as they are now: a family
 * anonymized in between is shown with its anonymized name.
 */
export async function renderMessage(
  em: EntityManager,
  message: NotificationMessage,
): Promise<RenderedMessage> {
  switch (message.kind) {
    case 'handoff': {
      const actor = await displayName(em, message.actorId);
      if (message.familyIds.length !== 1) {
        return {
          type: 'handoff',
          title: `${actor} hat Ihnen ${message.familyIds.length} Familien übergeben`,
          link: '#/families',
          handoffId: message.handoffId ?? null,
        };
      }
      const [familyId] = message.familyIds;
      const rows: { name: string }[] = await em.query(`SELECT name FROM families WHERE id = $1`, [familyId]);
      const family = rows[0] ? `die Familie „${rows[0].name}“` : 'eine Familie';
      return {
        type: 'handoff',
        title: `${actor} hat Ihnen ${family} übergeben`,
        link: familyLink(familyId),
        handoffId: message.handoffId ?? null,
      };
    }
    case 'child_protection': {
      const actor = await displayName(em, message.actorId);
      const where = message.familyId ? 'bei einer Familie' : 'in einem anonymen Kontakt';
      return {
        type: 'child_protection',
        title: `Kinderschutz: ${actor} hat einen Kinderschutz-Bedarf ${where} erfasst`,
        link: message.familyId
          ? familyLink(message.familyId)
          : message.contactId
            ? `#/contacts/${message.contactId}/show`
            : null,
      };
    }
    case 'consent_withdrawn':
      return {
        type: 'consent_withdrawn',
        title:
          'Einwilligung widerrufen: Vermittlungen mit Datenweitergabe sind für den Träger nicht mehr sichtbar',
        link: `${familyLink(message.familyId)}/referrals`,
      };
    case 'referral_update':
      return {
        type: 'referral_update',
        title: `Vermittlung ${REFERRAL_STATUS_DE[message.status]}${message.byProvider ? ' (Rückmeldung des Trägers)' : ''}`,
        link: `${familyLink(message.familyId)}/referrals`,
      };
    case 'callback_request':
      // no name, number or topic: the request itself is read in the staff app
      return {
        type: 'callback_request',
        title: 'Neue Rückrufbitte aus dem Familienportal',
        link: `#/callback-requests/${message.callbackRequestId}/show`,
      };
    case 'referral_message':
      // no name and no content: the thread itself is read on the referral's page
      return {
        type: 'referral_message',
        title: NEW_MESSAGE_NOTICE_DE,
        link: `#/referrals/${message.referralId}/show`,
      };
    case 'offer_change': {
      const rows: { title: string }[] = await em.query(
        `SELECT o.title FROM offer_change_requests c JOIN offers o ON o.id = c.offer_id WHERE c.id = $1`,
        [message.offerChangeId],
      );
      const offer = rows[0] ? `„${rows[0].title}“` : 'eines Angebots';
      const title = {
        proposed: `Änderung am Angebot ${offer} zu prüfen`,
        accepted: `Ihre Änderung am Angebot ${offer} wurde übernommen`,
        rejected: `Ihre Änderung am Angebot ${offer} wurde abgelehnt – bitte Begründung lesen`,
      }[message.event];
      return { type: 'offer_change', title, link: `#/offer-change-requests/${message.offerChangeId}/show` };
    }
  }
}
