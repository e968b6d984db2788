import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { sendPage } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import {
  AnonymizeFamilyDto,
  BulkHandoffDto,
  CreateFamilyDto,
  FamilyExportQueryDto,
  HandoffDto,
  type TimelineEntry,
  UpdateFamilyDto,
} from './dto/family.dto';
import { Family } from './family.entity';
import { FAMILY_LIST, FamiliesService } from './families.service';
import { familyExportPdf } from './family-export.pdf';
import { type FamilyExport, FamilyExportService } from './family-export.service';
import { WholeRecordPut } from '../../common/crud/whole-record';
import { FamilyAccess } from './family-access.service';

@ApiTags('families')
@Controller('families')
export class FamiliesController {
  constructor(
    private readonly families: FamiliesService,
    private readonly exports: FamilyExportService,
  ) {}

  @Get()
  @Authenticated({ action: 'family.read' })
  @ApiListQuery(FAMILY_LIST)
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(FAMILY_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Family[]> {
    return sendPage(res, 'families', query, await this.families.list(ctx, query));
  }

  @Post('handoff')
  @HttpCode(200)
  @Authenticated({ action: 'family.handoff' })
  bulkHandoff(@Ctx() ctx: RequestContext, @Body() dto: BulkHandoffDto): Promise<Family[]> {
    return this.families.bulkHandoff(ctx, dto);
  }

  @Get(':id')
  @Authenticated({ action: 'family.read' })
  get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<Family> {
    return this.families.get(ctx, id);
  }

  @Get(':id/timeline')
  @Authenticated({ action: 'family.read' })
  timeline(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<TimelineEntry[]> {
    return this.families.timeline(ctx, id);
  }

  @Get(':id/export')
  @Authenticated({ action: 'family.export' })
  @ApiOkResponse({
    description:
      'Everything stored about the family (DSGVO Art. 15) as a JSON download (default) or a readable PDF (format=pdf); confidential notes only to their author',
  })
  @ApiProduces('application/json', 'application/pdf')
  async export(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Query() query: FamilyExportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FamilyExport | StreamableFile> {
    const data = await this.exports.export(ctx, id);
    const day = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
    const name = `Auskunft-Familie-${data.family.id.slice(0, 8)}-${day}`;
    res.setHeader('Cache-Control', 'no-store');
    if (query.format === 'pdf') {
      res.setHeader('Content-Disposition', `attachment; filename="${name}.pdf"`);
      res.type('application/pdf');
      return new StreamableFile(await familyExportPdf(data));
    }
    res.setHeader('Content-Disposition', `attachment; filename="${name}.json"`);
    return data;
  }

  @Post(':id/anonymize')
  @HttpCode(200)
  @Authenticated({ action: 'family.anonymize' })
  @ApiConflictResponse({ description: 'FAMILY_ANONYMIZED when the family is anonymized already' })
  anonymize(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: AnonymizeFamilyDto,
  ): Promise<Family> {
    return this.families.anonymize(ctx, id, dto);
  }

  @Post()
  @Authenticated({ action: 'family.write' })
  @ApiConflictResponse({
    description: 'POSSIBLE_DUPLICATE with possibleDuplicates: [{id, name, districtId}]',
  })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateFamilyDto): Promise<Family> {
    return this.families.create(ctx, dto);
  }

  @Put(':id')
  @Authenticated({ action: 'family.write' })
  @WholeRecordPut({
    reader: FamilyAccess,
    read: (access, ctx, id) => access.require(ctx, id, 'family.read'),
    maintained: ['lastActivityAt'],
  })
  update(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() dto: UpdateFamilyDto): Promise<Family> {
    return this.families.update(ctx, id, dto);
  }

  @Post(':id/handoff')
  @HttpCode(200)
  @Authenticated({ action: 'family.handoff' })
  handoff(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() dto: HandoffDto): Promise<Family> {
    return this.families.handoff(ctx, id, dto);
  }

  @Delete(':id')
  @Authenticated({ action: 'family.write' })
  remove(): never {
    throw AppException.methodNotAllowed('Families are closed or anonymized, never deleted');
  }
}
