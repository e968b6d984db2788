import { Body, Controller, Delete, Get, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { sendPage } from '../../common/crud/entity-crud';
import { WholeRecordPut } from '../../common/crud/whole-record';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { CreateServiceDto, UpdateServiceDto } from './dto/service.dto';
import { Service } from './service.entity';
import { SERVICE_LIST, ServicesService } from './services.service';

/** Verwaltungsleistungen (issue 17 point 4): staff read, admins write (docs/portal.md). */
@ApiTags('services')
@Controller('services')
export class ServicesController {
  constructor(private readonly services: ServicesService) {}

  @Get()
  @Authenticated({ action: 'service.read' })
  @ApiListQuery(SERVICE_LIST)
  async list(
    @ListParams(SERVICE_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Service[]> {
    return sendPage(res, 'services', query, await this.services.list(query));
  }

  @Get(':id')
  @Authenticated({ action: 'service.read' })
  get(@Param('id') id: string): Promise<Service> {
    return this.services.get(id);
  }

  @Post()
  @Authenticated({ action: 'service.write' })
  create(@Body() dto: CreateServiceDto): Promise<Service> {
    return this.services.create(dto);
  }

  @Put(':id')
  @Authenticated({ action: 'service.write' })
  @WholeRecordPut({ reader: ServicesService, read: (s, _ctx, id) => s.get(id) })
  update(@Param('id') id: string, @Body() dto: UpdateServiceDto): Promise<Service> {
    return this.services.update(id, dto);
  }

  @Delete(':id')
  @Authenticated({ action: 'service.write' })
  remove(@Param('id') id: string): Promise<Service> {
    return this.services.remove(id);
  }
}
