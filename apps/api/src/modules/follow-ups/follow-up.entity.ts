import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/database/versioned.entity';
import type { FollowUpStatus } from '@lotsen/domain';

@Entity({ name: 'follow_ups' })
export class FollowUp extends VersionedEntity {
  @Column({ type: 'uuid' }) familyId!: string;
  @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'uuid', nullable: true }) referralId!: string | null;
  @Column({ type: 'uuid', nullable: true }) needId!: string | null;
  @Column({ type: 'uuid' }) assigneeId!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'timestamptz' }) dueAt!: Date;
  @Column({ type: 'text', default: 'open' }) status!: FollowUpStatus;
  @Column({ type: 'timestamptz', nullable: true }) doneAt!: Date | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ type: 'uuid', nullable: true, select: false }) createdById!: string | null;
  /** Set by the worker's overdue sweep; a new due time clears it, so the new one is reminded too. */
  @Column({ type: 'timestamptz', nullable: true, select: false }) overdueNotifiedAt!: Date | null;
}
