import { Body, Controller, Delete, Get, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { sendPage } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { CreateOfficeDto, UpdateOfficeDto } from './dto/office.dto';
import { Office } from './office.entity';
import { OFFICE_LIST, OfficesService } from './offices.service';
import { WholeRecordPut } from '../../common/crud/whole-record';

@ApiTags('offices')
@Controller('offices')
export class OfficesController {
  constructor(private readonly offices: OfficesService) {}

  @Get()
  @Authenticated({ action: 'office.read' })
  @ApiListQuery(OFFICE_LIST)
  async list(
    @ListParams(OFFICE_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Office[]> {
    return sendPage(res, 'offices', query, await this.offices.crud.list(query));
  }

  @Get(':id')
  @Authenticated({ action: 'office.read' })
  get(@Param('id') id: string): Promise<Office> {
    return this.offices.crud.get(id);
  }

  @Post()
  @Authenticated({ action: 'office.create' })
  create(@Body() dto: CreateOfficeDto): Promise<Office> {
    return this.offices.create(dto);
  }

  @Put(':id')
  @Authenticated({ action: 'office.update' })
  @WholeRecordPut({ reader: OfficesService, read: (s, _ctx, id) => s.crud.get(id) })
  update(@Param('id') id: string, @Body() dto: UpdateOfficeDto): Promise<Office> {
    return this.offices.update(id, dto);
  }

  @Delete(':id')
  @Authenticated({ action: 'office.update' })
  remove(): never {
    throw AppException.methodNotAllowed('Offices are never deleted; set active to false instead');
  }
}
