import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'handoffs' })
export class Handoff {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) familyId!: string;
  @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'uuid' }) fromUserId!: string;
  @Column({ type: 'uuid' }) toUserId!: string;
  @Column({ type: 'uuid' }) byUserId!: string;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  /** How many open follow-ups of the old owner went with the family (issue 25.3). */
  @Column({ type: 'integer', default: 0 }) followUpsMoved!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
