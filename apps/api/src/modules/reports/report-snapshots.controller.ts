import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { AuditRead } from '../audit/audit-read.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { sendPage } from '../../common/crud/entity-crud';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { CreateSnapshotDto, ExportQueryDto } from './dto/snapshot.dto';
import { sendExport } from './exports/send';
import { withSignals } from './exports/signals-section';
import { demandReportTables } from './exports/tables';
import { SignalsService } from '../signals/signals.service';
import { ReportSnapshot } from './report-snapshot.entity';
import { ReportSnapshotsService, SNAPSHOT_LIST } from './report-snapshots.service';

@ApiTags('report-snapshots')
@Controller('report-snapshots')
export class ReportSnapshotsController {
  constructor(
    private readonly snapshots: ReportSnapshotsService,
    private readonly signals: SignalsService,
  ) {}

  @Get()
  @AuditRead('report_snapshot', 'list')
  @Authenticated({ action: 'reportSnapshot.read' })
  @ApiListQuery(SNAPSHOT_LIST)
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(SNAPSHOT_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReportSnapshot[]> {
    return sendPage(res, 'report-snapshots', query, await this.snapshots.list(ctx, query));
  }

  @Get(':id')
  @AuditRead('report_snapshot', 'read', { details: snapshotScope })
  @Authenticated({ action: 'reportSnapshot.read' })
  get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<ReportSnapshot> {
    return this.snapshots.get(ctx, id);
  }

  @Post()
  @Authenticated({ action: 'reportSnapshot.create' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateSnapshotDto): Promise<ReportSnapshot> {
    return this.snapshots.create(ctx, dto);
  }

  @Get(':id/export')
  @AuditRead('report_snapshot', 'read', { action: 'report_snapshot.export' })
  @Authenticated({ action: 'reportSnapshot.read' })
  @ApiProduces(
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/pdf',
  )
  async export(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query() query: ExportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const snapshot = await this.snapshots.get(ctx, id);
    const doc = withSignals(demandReportTables(snapshot.data), await this.signals.openSignals(), new Date());
    await sendExport(
      res,
      doc,
      query.format,
      `bedarfsbericht-${snapshot.period}`,
      new Date(snapshot.createdAt),
    );
  }
}

/** What the audit keeps of a snapshot read: its period and scope (null: the city). */
function snapshotScope(body: Record<string, unknown>): Record<string, unknown> {
  return { period: body.period, officeId: body.officeId ?? null };
}
