import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/database/versioned.entity';
import type { NotificationType } from '@lotsen/domain';

@Entity({ name: 'notifications' })
export class Notification extends VersionedEntity {
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'text' }) type!: NotificationType;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', nullable: true }) link!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) readAt!: Date | null;
  /** A handoff notification: the handoff whose note is shown with it (issue 25.3). */
  @Column({ type: 'uuid', nullable: true }) handoffId!: string | null;
}
