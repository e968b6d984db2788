import { Column, Entity } from 'typeorm';
import type { CallbackCloseReason, CallbackStatus, PortalLang } from '@lotsen/domain';
import { VersionedEntity } from '../../common/database/versioned.entity';

/**
 * A Rückrufbitte from the Familienportal (issue 17 point 7; docs/portal.md "Rückruf erbitten"):
 * personal data given with consent, erased by the retention job 30 days after it was done or
 * closed, or 30 days after it came in when nobody took it. Never the caller's IP address.
 */
@Entity({ name: 'callback_requests' })
export class CallbackRequest extends VersionedEntity {
  @Column({ type: 'uuid' }) officeId!: string;
  /** `lebenslage:<key>`, `leistung:<id>` or `sonstiges` (libs/domain `parseCallbackTopic`). */
  @Column({ type: 'text' }) topic!: string;
  /** A name or a pseudonym. */
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ type: 'text' }) lang!: PortalLang;
  @Column({ type: 'text', nullable: true }) preferredTime!: string | null;
  /** The consent text as it was shown, in the family's language, and its version. */
  @Column({ type: 'text' }) consentText!: string;
  @Column({ type: 'text' }) consentVersion!: string;
  @Column({ type: 'text', default: 'open' }) status!: CallbackStatus;
  @Column({ type: 'uuid', nullable: true }) takenById!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) takenAt!: Date | null;
  @Column({ type: 'text', nullable: true }) outcome!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) doneAt!: Date | null;
  @Column({ type: 'text', nullable: true }) closeReason!: CallbackCloseReason | null;
  @Column({ type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  /** The (anonymous) contact it became, if any. */
  @Column({ type: 'uuid', nullable: true }) contactId!: string | null;
}
