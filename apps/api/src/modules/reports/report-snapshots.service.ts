import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { isDayInLimits, LIMITS, quarterRange } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { AppException } from '../../common/errors/app.exception';
import { findPage, type Page } from '../../common/list-query/find-page';
import { isUuid, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import { DemandReportService } from './demand-report.service';
import { currentLabels } from './report-labels';
import type { CreateSnapshotDto } from './dto/snapshot.dto';
import { ReportSnapshot, type SnapshotData } from './report-snapshot.entity';
import { TrendsService } from './trends.service';

export const SNAPSHOT_LIST: ListSpec = {
  entity: ReportSnapshot,
  alias: 's',
  sortable: { createdAt: 's.createdAt', period: 's.period', kind: 's.kind' },
  filterable: {
    kind: { type: 'enum', values: ['demand'] },
    period: { type: 'string', max: 7 },
    officeId: { type: 'uuid' },
  },
  defaultSort: { field: 'createdAt', order: 'DESC' },
};

/** Frozen reports: the data and the parameters as they were, never recomputed. */
@Injectable()
export class ReportSnapshotsService {
  constructor(
    @InjectRepository(ReportSnapshot) private readonly snapshots: Repository<ReportSnapshot>,
    private readonly dataSource: DataSource,
    private readonly demand: DemandReportService,
    private readonly trends: TrendsService,
  ) {}

  /** Team leads see the snapshots of their office; analysts all. */
  private visible(ctx: RequestContext) {
    const qb = this.snapshots.createQueryBuilder('s');
    return ctx.user.role === 'team_lead'
      ? qb.andWhere('s.officeId = :office', { office: ctx.user.officeId })
      : qb;
  }

  list(ctx: RequestContext, query: ListQuery): Promise<Page<ReportSnapshot>> {
    return findPage(this.visible(ctx), query, SNAPSHOT_LIST);
  }

  async get(ctx: RequestContext, id: string): Promise<ReportSnapshot> {
    const snapshot = isUuid(id) ? await this.visible(ctx).andWhere('s.id = :id', { id }).getOne() : null;
    if (!snapshot) throw AppException.notFound('Report snapshot');
    return snapshot;
  }

  async create(
    ctx: RequestContext,
    dto: CreateSnapshotDto,
    createdById: string | null = ctx.user.id,
  ): Promise<ReportSnapshot> {
    const range = rangeOf(dto.period);
    const officeId = ctx.user.role === 'team_lead' ? ctx.user.officeId : (dto.officeId ?? null);
    const existing = await this.existing(dto.kind, dto.period, officeId);
    if (existing) throw snapshotExists(existing);
    const data = await this.freeze(range, officeId);
    let saved: ReportSnapshot;
    try {
      saved = await this.snapshots.save(
        this.snapshots.create({
          kind: dto.kind,
          period: dto.period,
          periodFrom: range.from,
          periodTo: range.to,
          officeId,
          minCell: data.report.minCell,
          createdById,
          data,
        }),
      );
    } catch (error) {
      // someone froze the same report a moment ago: the unique index decides
      const winner = isScopeConflict(error) ? await this.existing(dto.kind, dto.period, officeId) : null;
      if (winner) throw snapshotExists(winner);
      throw error;
    }
    return this.snapshots.findOneByOrFail({ id: saved.id });
  }

  /** The snapshot of `kind`, `period` and scope (office, or the city: null), whoever froze it. */
  private async existing(kind: string, period: string, officeId: string | null): Promise<string | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM report_snapshots
       WHERE kind = $1 AND period = $2 AND office_id IS NOT DISTINCT FROM $3 AND copy_no = 0`,
      [kind, period, officeId],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * The quarterly job: freezes the demand report of `period` (`YYYY-Qn`) for every active office
   * and for the city, as the system (`created_by_system`, no user). Idempotent: at most one
   * snapshot per period and scope (a unique index, whoever froze it); a second call finds the
   * first call's ones, and a scope someone froze by hand before keeps that person's snapshot.
   * Returns every system snapshot of the period (created now or before, so that a retried job
   * still notifies), those created by this call, and whom to tell: an office's snapshot its
   * active team leads, the city's the active analysts.
   */
  async freezeQuarterForAll(period: string): Promise<QuarterFreeze> {
    const range = rangeOf(period);
    const offices: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM offices WHERE active ORDER BY name`,
    );
    const scopes: { officeId: string | null; officeName: string | null }[] = [
      { officeId: null, officeName: null },
      ...offices.map((o) => ({ officeId: o.id, officeName: o.name })),
    ];
    const out: QuarterFreeze = { period, snapshotIds: [], createdIds: [], notify: [] };
    for (const scope of scopes) {
      const data = await this.freeze(range, scope.officeId);
      const inserted: { id: string }[] = await this.dataSource.query(
        `INSERT INTO report_snapshots
           (kind, period, period_from, period_to, office_id, min_cell, data, created_by_id, created_by_system)
         VALUES ('demand', $1, $2, $3, $4, $5, $6, NULL, true)
         ON CONFLICT (kind, period, coalesce(office_id, '00000000-0000-0000-0000-000000000000'::uuid), copy_no)
           DO NOTHING
         RETURNING id`,
        [period, range.from, range.to, scope.officeId, data.report.minCell, JSON.stringify(data)],
      );
      const id = inserted[0]?.id ?? (await this.existing('demand', period, scope.officeId));
      if (!id)
        throw new Error(`no snapshot of ${period} for ${scope.officeId ?? 'the city'} after a conflict`);
      out.snapshotIds.push(id);
      if (inserted.length > 0) out.createdIds.push(id);
      const users: { id: string }[] = await this.dataSource.query(
        scope.officeId
          ? `SELECT id FROM users WHERE active AND role = 'team_lead' AND office_id = $1 ORDER BY id`
          : `SELECT id FROM users WHERE active AND role = 'analyst' ORDER BY id`,
        scope.officeId ? [scope.officeId] : [],
      );
      for (const u of users)
        out.notify.push({
          userId: u.id,
          snapshotId: id,
          officeId: scope.officeId,
          officeName: scope.officeName,
        });
    }
    return out;
  }

  /**
   * The report with the labels of categories, Sozialräume and the office as they are now. Every
   * snapshot is the analyst's report of its quarter (analysts read all snapshots, a team lead's
   * too), suppressed with the plan of the quarter's calendar year like the live report; with the
   * suppressed trends of the two years up to the quarter's last month for the council's charts.
   */
  private async freeze(range: { from: string; to: string }, officeId: string | null): Promise<SnapshotData> {
    const [report, labels, trends] = await Promise.all([
      this.demand.reportOfPeriod(range.from, range.to, officeId),
      currentLabels(this.dataSource, officeId),
      // the council's trend charts: suppressed, whoever froze the report (issue 20.6)
      this.trends.trends({ to: range.to.slice(0, 7), officeId, suppress: true }),
    ]);
    return { report, labels, trends };
  }
}

function snapshotExists(id: string): AppException {
  return new AppException(
    409,
    'SNAPSHOT_EXISTS',
    'This report is already frozen for this period and scope; open the existing snapshot',
    undefined,
    { snapshotId: id },
  );
}

function isScopeConflict(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { constraint?: string } };
  return e.code === '23505' && (e.constraint ?? e.driverError?.constraint) === 'report_snapshots_scope_key';
}

function rangeOf(period: string): { from: string; to: string } {
  const range = quarterRange(period);
  // a period outside the years every date of the API lies in (0001-Q1, 9999-Q4) is refused
  if (!range || !isDayInLimits(range.from) || !isDayInLimits(range.to))
    throw new AppException(400, 'VALIDATION_FAILED', 'Unknown period', [
      { field: 'period', messages: [`a quarter such as 2026-Q3, from ${LIMITS.dayMin} to ${LIMITS.dayMax}`] },
    ]);
  return range;
}

/** What `freezeQuarterForAll` did (docs/api-reports.md). */
export interface QuarterFreeze {
  period: string;
  /** Every system snapshot of the period: the city's first, then one per active office. */
  snapshotIds: string[];
  /** Those this call created (empty on a second call). */
  createdIds: string[];
  /** Whom to tell about which snapshot (office snapshot: its team leads; city: the analysts). */
  notify: { userId: string; snapshotId: string; officeId: string | null; officeName: string | null }[];
}
