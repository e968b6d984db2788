import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { ConsentForm, ConsentScope } from '@lotsen/domain';

@Entity({ name: 'consents' })
export class Consent {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) familyId!: string;
  @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'text' }) scope!: ConsentScope;
  @Column({ type: 'uuid', nullable: true }) providerId!: string | null;
  @Column({ type: 'text', default: 'written' }) form!: ConsentForm;
  @Column({ type: 'timestamptz' }) givenAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) recordedById!: string | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @VersionColumn({ type: 'integer' }) version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
