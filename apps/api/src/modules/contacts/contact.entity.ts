import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/database/versioned.entity';
import type { ContactCancelReason, ContactChannel } from '@lotsen/domain';

@Entity({ name: 'contacts' })
export class Contact extends VersionedEntity {
  @Column({ type: 'uuid', nullable: true }) familyId!: string | null;
  @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'uuid' }) counsellorId!: string;
  @Column({ type: 'timestamptz' }) occurredAt!: Date;
  @Column({ type: 'text' }) channel!: ContactChannel;
  @Column({ type: 'integer', nullable: true }) durationMinutes!: number | null;
  @Column({ type: 'uuid', nullable: true }) districtId!: string | null;
  @Column({ type: 'text', nullable: true }) summary!: string | null;
  @Column({ type: 'text', nullable: true }) notes!: string | null;
  @Column({ type: 'boolean', default: false }) confidential!: boolean;
  /** Cancelled as recorded by mistake (issue 25.1): out of lists and reports, kept for the audit. */
  @Column({ type: 'timestamptz', nullable: true }) cancelledAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) cancelledById!: string | null;
  @Column({ type: 'text', nullable: true }) cancelReason!: ContactCancelReason | null;
  @Column({ type: 'text', nullable: true }) cancelNote!: string | null;
  /** The id a device gave an offline entry (issue 22): stored once per sender; never returned. */
  @Column({ type: 'uuid', nullable: true, select: false }) clientId?: string | null;
}
