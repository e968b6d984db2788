import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { NeedStatus, NeedUrgency, UnmetReason } from '@lotsen/domain';

@Entity({ name: 'needs' })
export class Need {
  @PrimaryGeneratedColumn('uuid') id!: string;
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
  @VersionColumn({ type: 'integer' }) version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
