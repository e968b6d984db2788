import { Body, Controller, Delete, Get, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { AuditRead } from '../audit/audit-read.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { sendPage } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { Contact } from './contact.entity';
import { CONTACT_LIST, ContactsService, type ContactView } from './contacts.service';
import { CreateContactDto, UpdateContactDto } from './dto/contact.dto';
import { WholeRecordPut } from '../../common/crud/whole-record';

@ApiTags('contacts')
@Controller('contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @AuditRead('contact', 'list')
  @Authenticated({ action: 'contact.read' })
  @ApiListQuery(CONTACT_LIST)
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(CONTACT_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Contact[]> {
    return sendPage(res, 'contacts', query, await this.contacts.list(ctx, query));
  }

  @Get(':id')
  @AuditRead('contact', 'read')
  @Authenticated({ action: 'contact.read' })
  get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<Contact> {
    return this.contacts.get(ctx, id);
  }

  @Post()
  @Authenticated({ action: 'contact.write' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateContactDto): Promise<ContactView> {
    return this.contacts.create(ctx, dto);
  }

  @Put(':id')
  @Authenticated({ action: 'contact.write' })
  @WholeRecordPut({ reader: ContactsService, read: (s, ctx, id) => s.get(ctx, id) })
  update(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: UpdateContactDto,
  ): Promise<Contact> {
    return this.contacts.update(ctx, id, dto);
  }

  @Delete(':id')
  @Authenticated({ action: 'contact.write' })
  remove(): never {
    throw AppException.methodNotAllowed('Contacts are never deleted: they count in the statistics');
  }
}
