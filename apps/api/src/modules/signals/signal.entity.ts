import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An early warning signal of one Sozialraum × need category (issue 20.5). No person, ever. */
@Entity({ name: 'signals' })
export class Signal {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) districtId!: string;
  @Column({ type: 'text' }) categoryKey!: string;
  @Column({ type: 'text' }) status!: 'open' | 'closed';
  @Column({ type: 'timestamptz' }) openedAt!: Date;
  @Column({ type: 'date' }) openedWeek!: string;
  @Column({ type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ type: 'date', nullable: true }) closedWeek!: string | null;
  @Column({ type: 'date' }) weekTested!: string;
  @Column({ type: 'double precision' }) baselineRate!: number;
  @Column({ type: 'double precision' }) recentRate!: number;
  @Column({ type: 'double precision' }) ratio!: number;
  @Column({ type: 'double precision' }) pValue!: number;
  @Column({ type: 'integer' }) recentCount!: number;
  @Column({ type: 'integer' }) baselineCount!: number;
  @Column({ type: 'integer' }) baselineWeeks!: number;
  @Column({ type: 'double precision' }) seasonalFactor!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
