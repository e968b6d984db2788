import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { NotificationType } from '@lotsen/domain';

@Entity({ name: 'notifications' })
export class Notification {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) userId!: string;
  @Column({ type: 'text' }) type!: NotificationType;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', nullable: true }) link!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) readAt!: Date | null;
  @VersionColumn({ type: 'integer' }) version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
