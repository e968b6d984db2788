import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { isDayInLimits, LIMITS, quarterRange } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { AppException } from '../../common/errors/app.exception';
import { findPage, type Page } from '../../common/list-query/find-page';
import { isUuid, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import { DemandReportService } from './demand-report.service';
import type { CreateSnapshotDto } from './dto/snapshot.dto';
import { ReportSnapshot, type SnapshotData } from './report-snapshot.entity';

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
    const data = await this.freeze(range, officeId);
    const saved = await this.snapshots.save(
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
    return this.snapshots.findOneByOrFail({ id: saved.id });
  }

  /**
   * The quarterly job: freezes the demand report of `period` (`YYYY-Qn`) for every active office
   * and for the city, as the system (`created_by_system`, no user). Idempotent: at most one system
   * snapshot per period and office (a unique index); a second call finds the first call's ones.
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
         ON CONFLICT (kind, period, coalesce(office_id, '00000000-0000-0000-0000-000000000000'::uuid))
           WHERE created_by_system DO NOTHING
         RETURNING id`,
        [period, range.from, range.to, scope.officeId, data.report.minCell, JSON.stringify(data)],
      );
      const id =
        inserted[0]?.id ??
        (
          (await this.dataSource.query(
            `SELECT id FROM report_snapshots
             WHERE created_by_system AND kind = 'demand' AND period = $1 AND office_id IS NOT DISTINCT FROM $2`,
            [period, scope.officeId],
          )) as { id: string }[]
        )[0].id;
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
   * too), suppressed with the plan of the quarter's calendar year like the live report.
   */
  private async freeze(range: { from: string; to: string }, officeId: string | null): Promise<SnapshotData> {
    const report = await this.demand.reportOfPeriod(range.from, range.to, officeId);
    const [categories, districts, offices]: [
      { key: string; label_de: string }[],
      { id: string; name: string }[],
      { name: string }[],
    ] = await Promise.all([
      this.dataSource.query(`SELECT key, label_de FROM need_categories`),
      this.dataSource.query(`SELECT id, name FROM districts`),
      officeId
        ? this.dataSource.query(`SELECT name FROM offices WHERE id = $1`, [officeId])
        : Promise.resolve([]),
    ]);
    return {
      report,
      labels: {
        categories: Object.fromEntries(categories.map((c) => [c.key, c.label_de])),
        districts: Object.fromEntries(districts.map((d) => [d.id, d.name])),
        office: offices[0]?.name ?? null,
      },
    };
  }
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
