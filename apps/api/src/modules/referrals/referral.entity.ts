import { Column, Entity } from 'typeorm';
import type { DeclineReason, ReferralMode, ReferralOutcome, ReferralStatus } from '@lotsen/domain';
import { VersionedEntity } from '../../common/database/versioned.entity';

@Entity({ name: 'referrals' })
export class Referral extends VersionedEntity {
  @Column({ type: 'uuid' }) needId!: string;
  @Column({ type: 'uuid' }) familyId!: string;
  @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'uuid' }) counsellorId!: string;
  @Column({ type: 'uuid', nullable: true }) offerId!: string | null;
  @Column({ type: 'uuid' }) providerId!: string;
  @Column({ type: 'text' }) mode!: ReferralMode;
  @Column({ type: 'uuid', nullable: true }) consentId!: string | null;
  @Column({ type: 'text', default: 'draft' }) status!: ReferralStatus;
  @Column({ type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) respondedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) completedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) outcome!: ReferralOutcome | null;
  @Column({ type: 'text', nullable: true }) declineReason!: DeclineReason | null;
  /** The office's notes: written at creation (for the provider too) and on the office's moves. Staff only. */
  @Column({ type: 'text', nullable: true }) note!: string | null;
  /** What the provider reads: the note written for it at creation and the provider's own notes. */
  @Column({ type: 'text', nullable: true }) providerNote!: string | null;
}
