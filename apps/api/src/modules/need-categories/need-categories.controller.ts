import { Body, Controller, Delete, Get, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { sendPage } from '../../common/crud/entity-crud';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { CreateNeedCategoryDto, UpdateNeedCategoryDto } from './dto/need-category.dto';
import { NeedCategory } from './need-category.entity';
import { NEED_CATEGORY_LIST, NeedCategoriesService } from './need-categories.service';
import { WholeRecordPut } from '../../common/crud/whole-record';

@ApiTags('need-categories')
@Controller('need-categories')
export class NeedCategoriesController {
  constructor(private readonly categories: NeedCategoriesService) {}

  @Get()
  @Authenticated({ action: 'needCategory.read' })
  @ApiListQuery(NEED_CATEGORY_LIST)
  async list(
    @ListParams(NEED_CATEGORY_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<NeedCategory[]> {
    return sendPage(res, 'need-categories', query, await this.categories.crud.list(query));
  }

  @Get(':id')
  @Authenticated({ action: 'needCategory.read' })
  get(@Param('id') id: string): Promise<NeedCategory> {
    return this.categories.crud.get(id);
  }

  @Post()
  @Authenticated({ action: 'needCategory.create' })
  create(@Body() dto: CreateNeedCategoryDto): Promise<NeedCategory> {
    return this.categories.create(dto);
  }

  @Put(':id')
  @Authenticated({ action: 'needCategory.update' })
  @WholeRecordPut({ reader: NeedCategoriesService, read: (s, _ctx, id) => s.crud.get(id) })
  update(@Param('id') id: string, @Body() dto: UpdateNeedCategoryDto): Promise<NeedCategory> {
    return this.categories.update(id, dto);
  }

  @Delete(':id')
  @Authenticated({ action: 'needCategory.delete' })
  remove(@Param('id') id: string): Promise<NeedCategory> {
    return this.categories.remove(id);
  }
}
