import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/database/versioned.entity';
import type { NeedStatus, NeedUrgency, UnmetReason } from '@lotsen/domain';

@Entity({ name: 'needs' })
export class Need extends VersionedEntity {
  @Column({ type: 'uuid', nullable: true }) familyId!: string | null;
  @Column({ type: 'uuid', nullable: true }) contactId!: string | null;
  @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'text' }) categoryKey!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'text', default: 'normal' }) urgency!: NeedUrgency;
  @Column({ type: 'text', default: 'open' }) status!: NeedStatus;
  @Column({ type: 'text', nullable: true }) unmetReason!: UnmetReason | null;
  @Column({ type: 'timestamptz' }) identifiedAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) resolvedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true, select: false }) createdById!: string | null;
  /** Cancelled with its contact, or taken off it when its needs were corrected (issue 25.1). */
  @Column({ type: 'timestamptz', nullable: true }) cancelledAt!: Date | null;
}
