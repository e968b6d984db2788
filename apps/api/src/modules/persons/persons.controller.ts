import { Body, Controller, Delete, Get, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { sendPage } from '../../common/crud/entity-crud';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { CreatePersonDto, UpdatePersonDto } from './dto/person.dto';
import { Person } from './person.entity';
import { PERSON_LIST, PersonsService } from './persons.service';
import { WholeRecordPut } from '../../common/crud/whole-record';

@ApiTags('persons')
@Controller('persons')
export class PersonsController {
  constructor(private readonly persons: PersonsService) {}

  @Get()
  @Authenticated({ action: 'family.read' })
  @ApiListQuery(PERSON_LIST)
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(PERSON_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Person[]> {
    return sendPage(res, 'persons', query, await this.persons.records.list(ctx, query));
  }

  @Get(':id')
  @Authenticated({ action: 'family.read' })
  get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<Person> {
    return this.persons.records.get(ctx, id);
  }

  @Post()
  @Authenticated({ action: 'family.write' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreatePersonDto): Promise<Person> {
    return this.persons.create(ctx, dto);
  }

  @Put(':id')
  @Authenticated({ action: 'family.write' })
  @WholeRecordPut({ reader: PersonsService, read: (s, ctx, id) => s.records.peek(ctx, id) })
  update(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() dto: UpdatePersonDto): Promise<Person> {
    return this.persons.update(ctx, id, dto);
  }

  @Delete(':id')
  @Authenticated({ action: 'family.write' })
  remove(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<Person> {
    return this.persons.remove(ctx, id);
  }
}
