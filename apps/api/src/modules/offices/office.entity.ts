import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

export const OFFICE_KINDS = ['main', 'outreach'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

@Entity({ name: 'offices' })
export class Office {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) address!: string | null;
  @Column({ type: 'text', default: 'main' }) kind!: OfficeKind;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @VersionColumn({ type: 'integer' }) version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
