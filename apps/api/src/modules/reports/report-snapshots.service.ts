import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { quarterRange } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { AppException } from '../../common/errors/app.exception';
import { findPage, type Page } from '../../common/list-query/find-page';
import { isUuid, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import { DemandReportService } from './demand-report.service';
import type { CreateSnapshotDto } from './dto/snapshot.dto';
import { ReportSnapshot } from './report-snapshot.entity';

export const SNAPSHOT_LIST: ListSpec = {
  alias: 's',
  sortable: { createdAt: 's.createdAt', period: 's.period' },
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
    const range = quarterRange(dto.period);
    if (!range)
      throw new AppException(400, 'VALIDATION_FAILED', 'Unknown period', [
        { field: 'period', messages: ['a quarter such as 2026-Q3'] },
      ]);
    const officeId = ctx.user.role === 'team_lead' ? ctx.user.officeId : (dto.officeId ?? null);
    const report = await this.demand.report(range.from, range.to, officeId);
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
    const saved = await this.snapshots.save(
      this.snapshots.create({
        kind: dto.kind,
        period: dto.period,
        periodFrom: range.from,
        periodTo: range.to,
        officeId,
        minCell: report.minCell,
        createdById,
        data: {
          report,
          labels: {
            categories: Object.fromEntries(categories.map((c) => [c.key, c.label_de])),
            districts: Object.fromEntries(districts.map((d) => [d.id, d.name])),
            office: offices[0]?.name ?? null,
          },
        },
      }),
    );
    return this.snapshots.findOneByOrFail({ id: saved.id });
  }
}
