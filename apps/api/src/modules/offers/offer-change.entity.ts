import { Column, Entity } from 'typeorm';
import type { OfferChangeStatus } from '@lotsen/domain';
import { VersionedEntity } from '../../common/database/versioned.entity';

/** A provider's proposed change of an offer's texts, waiting for the office's review (issue 21.3). */
@Entity({ name: 'offer_change_requests' })
export class OfferChangeRequest extends VersionedEntity {
  @Column({ type: 'uuid' }) offerId!: string;
  @Column({ type: 'uuid' }) providerId!: string;
  /** The proposed values, by offer field (PROVIDER_REVIEWED_OFFER_FIELDS only). */
  @Column({ type: 'jsonb' }) proposed!: Record<string, unknown>;
  /** The offer's values of those fields when the change was accepted; null before. */
  @Column({ type: 'jsonb', nullable: true }) previous!: Record<string, unknown> | null;
  @Column({ type: 'text', default: 'pending' }) status!: OfferChangeStatus;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ type: 'uuid', nullable: true }) proposedBy!: string | null;
  @Column({ type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
}
