import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { AuditRead } from '../audit/audit-read.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { sendPage } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { CONTACT_LIST, ContactsService, type ContactView } from './contacts.service';
import { CreateContactDto, UpdateContactDto } from './dto/contact.dto';
import { CancelContactDto, CorrectContactNeedsDto } from './dto/contact-correction.dto';
import { ContactCorrectionsService } from './contact-corrections.service';
import { ContactBatchService } from './contact-batch.service';
import { ContactBatchAnswer, ContactBatchDto } from './dto/contact-batch.dto';
import type { Need } from '../needs/need.entity';
import { WholeRecordPut } from '../../common/crud/whole-record';

@ApiTags('contacts')
@Controller('contacts')
export class ContactsController {
  constructor(
    private readonly contacts: ContactsService,
    private readonly corrections: ContactCorrectionsService,
    private readonly batches: ContactBatchService,
  ) {}

  @Get()
  @AuditRead('contact', 'list')
  @Authenticated({ action: 'contact.read' })
  @ApiListQuery(CONTACT_LIST)
  async list(
    @Ctx() ctx: RequestContext,
    @ListParams(CONTACT_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ContactView[]> {
    return sendPage(res, 'contacts', query, await this.contacts.list(ctx, query));
  }

  @Get(':id')
  @AuditRead('contact', 'read')
  @Authenticated({ action: 'contact.read' })
  get(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<ContactView> {
    return this.contacts.get(ctx, id);
  }

  @Post()
  @Authenticated({ action: 'contact.write' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateContactDto): Promise<ContactView> {
    return this.contacts.create(ctx, dto);
  }

  /**
   * Anonymous contacts recorded offline (issue 22; docs/offline-outreach.md): each entry is
   * `created`, `duplicate` (its id was stored before) or `rejected` with its code.
   */
  @Post('batch')
  @HttpCode(200)
  @Authenticated({ action: 'contact.write' })
  @ApiOkResponse({ type: ContactBatchAnswer })
  batch(@Ctx() ctx: RequestContext, @Body() dto: ContactBatchDto): Promise<ContactBatchAnswer> {
    return this.batches.send(ctx, dto);
  }

  @Put(':id')
  @Authenticated({ action: 'contact.write' })
  @WholeRecordPut({ reader: ContactsService, read: (s, ctx, id) => s.get(ctx, id) })
  update(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: UpdateContactDto,
  ): Promise<ContactView> {
    return this.contacts.update(ctx, id, dto);
  }

  /** A contact recorded by mistake leaves lists and reports (issue 25.1; docs/api-case-work.md). */
  @Post(':id/cancel')
  @HttpCode(200)
  @Authenticated({ action: 'contact.write' })
  cancel(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: CancelContactDto,
  ): Promise<ContactView> {
    return this.corrections.cancel(ctx, id, dto);
  }

  /** The needs of a contact, corrected: returns them as they are now. */
  @Put(':id/needs')
  @Authenticated({ action: 'contact.write' })
  correctNeeds(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Body() dto: CorrectContactNeedsDto,
  ): Promise<Need[]> {
    return this.corrections.correctNeeds(ctx, id, dto);
  }

  @Delete(':id')
  @Authenticated({ action: 'contact.write' })
  remove(): never {
    throw AppException.methodNotAllowed('Contacts are never deleted: they count in the statistics');
  }
}
