import { Body, Controller, Delete, Get, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { sendPage } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { District } from './district.entity';
import { DISTRICT_LIST, DistrictsService } from './districts.service';
import { CreateDistrictDto, UpdateDistrictDto } from './dto/district.dto';
import { WholeRecordPut } from '../../common/crud/whole-record';

@ApiTags('districts')
@Controller('districts')
export class DistrictsController {
  constructor(private readonly districts: DistrictsService) {}

  @Get()
  @Authenticated({ action: 'district.read' })
  @ApiListQuery(DISTRICT_LIST)
  async list(
    @ListParams(DISTRICT_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<District[]> {
    return sendPage(res, 'districts', query, await this.districts.crud.list(query));
  }

  @Get(':id')
  @Authenticated({ action: 'district.read' })
  get(@Param('id') id: string): Promise<District> {
    return this.districts.crud.get(id);
  }

  @Post()
  @Authenticated({ action: 'district.create' })
  create(@Body() dto: CreateDistrictDto): Promise<District> {
    return this.districts.create(dto);
  }

  @Put(':id')
  @Authenticated({ action: 'district.update' })
  @WholeRecordPut({ reader: DistrictsService, read: (s, _ctx, id) => s.crud.get(id) })
  update(@Param('id') id: string, @Body() dto: UpdateDistrictDto): Promise<District> {
    return this.districts.update(id, dto);
  }

  @Delete(':id')
  @Authenticated({ action: 'district.update' })
  remove(): never {
    throw AppException.methodNotAllowed('Districts are never deleted; set active to false instead');
  }
}
