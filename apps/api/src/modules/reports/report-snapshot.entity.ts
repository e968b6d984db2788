import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TrendsAnswer } from '@lotsen/domain';
import type { DemandReport } from './demand-report.service';

export interface SnapshotData {
  report: DemandReport;
  /** Labels as they were when the report was frozen. */
  labels: { categories: Record<string, string>; districts: Record<string, string>; office: string | null };
  /**
   * The trends of the two years up to the quarter's last month, suppressed (issue 20.6: the
   * council's report gains the trend charts). Snapshots frozen before trends existed lack it.
   */
  trends?: TrendsAnswer;
}

/** A frozen report; the database refuses any change to it. */
@Entity({ name: 'report_snapshots' })
export class ReportSnapshot {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) kind!: 'demand';
  @Column({ type: 'text' }) period!: string;
  @Column({ type: 'date' }) periodFrom!: string;
  @Column({ type: 'date' }) periodTo!: string;
  @Column({ type: 'uuid', nullable: true }) officeId!: string | null;
  @Column({ type: 'integer' }) minCell!: number;
  @Column({ type: 'jsonb' }) data!: SnapshotData;
  @Column({ type: 'uuid', nullable: true }) createdById!: string | null;
  /** Frozen by the quarterly job, not by a person (then `createdById` is null). */
  @Column({ type: 'boolean', default: false }) createdBySystem!: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
