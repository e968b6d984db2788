import { Body, Controller, Delete, Get, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { sendPage } from '../../common/crud/entity-crud';
import { WholeRecordPut } from '../../common/crud/whole-record';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { CreateTranslationDto, UpdateTranslationDto } from './dto/translation.dto';
import { Translation } from './translation.entity';
import { TRANSLATION_LIST, TranslationsService } from './translations.service';

/** Translations of the portal's texts (issue 17 point 5): staff read, admins write (docs/portal.md). */
@ApiTags('translations')
@Controller('translations')
export class TranslationsController {
  constructor(private readonly translations: TranslationsService) {}

  @Get()
  @Authenticated({ action: 'translation.read' })
  @ApiListQuery(TRANSLATION_LIST)
  async list(
    @ListParams(TRANSLATION_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Translation[]> {
    return sendPage(res, 'translations', query, await this.translations.list(query));
  }

  @Get(':id')
  @Authenticated({ action: 'translation.read' })
  get(@Param('id') id: string): Promise<Translation> {
    return this.translations.get(id);
  }

  @Post()
  @Authenticated({ action: 'translation.write' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateTranslationDto): Promise<Translation> {
    return this.translations.create(ctx, dto);
  }

  @Put(':id')
  @Authenticated({ action: 'translation.write' })
  @WholeRecordPut({ reader: TranslationsService, read: (s, _ctx, id) => s.get(id) })
  update(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: UpdateTranslationDto,
  ): Promise<Translation> {
    return this.translations.update(ctx, id, dto);
  }

  @Delete(':id')
  @Authenticated({ action: 'translation.write' })
  remove(@Param('id') id: string): Promise<Translation> {
    return this.translations.remove(id);
  }
}
