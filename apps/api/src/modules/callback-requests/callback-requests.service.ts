import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import {
  CALLBACK_STATUSES,
  callbackMayBecomeContact,
  callbackMove,
  callbackTopicCategories,
  callbackTopicLabelDe,
  parseCallbackTopic,
  type CallbackMove,
  type ContactChannel,
} from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { requireInScope, whereInScope } from '../../common/auth/scope';
import { AppException } from '../../common/errors/app.exception';
import { findPage, type Page } from '../../common/list-query/find-page';
import { isUuid, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import { AuditService } from '../audit/audit.service';
import { ContactsService } from '../contacts/contacts.service';
import { CallbackRequest } from './callback-request.entity';
import type { CallbackCloseDto, CallbackDoneDto, CallbackMoveDto } from './dto/callback-request.dto';

export const CALLBACK_REQUEST_LIST: ListSpec = {
  entity: CallbackRequest,
  alias: 'cr',
  sortable: {
    createdAt: 'cr.createdAt',
    status: 'cr.status',
    takenAt: 'cr.takenAt',
    doneAt: 'cr.doneAt',
    topic: 'cr.topic',
  },
  filterable: {
    status: { type: 'enum', values: CALLBACK_STATUSES },
    takenById: { type: 'uuid' },
  },
  defaultSort: { field: 'createdAt', order: 'DESC' },
};

/** A request as the staff app shows it: with its topic's German label. */
export type CallbackRequestView = CallbackRequest & { topicLabel: string };

/**
 * The inbox of Rückrufbitten (issue 17 point 7; docs/portal.md): counsellors and team leads of
 * the chosen office see, take, finish or close a request, and may turn it into an anonymous
 * contact. Other offices get 404; other roles are refused by the policy
 * (`callbackRequest.read`/`write`). Moves follow libs/domain `callbackMove`; a move from the
 * wrong state is 409 CALLBACK_STATE_CONFLICT, a stale `version` 409 STALE_VERSION.
 */
@Injectable()
export class CallbackRequestsService {
  constructor(
    @InjectRepository(CallbackRequest) private readonly requests: Repository<CallbackRequest>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly contacts: ContactsService,
  ) {}

  async list(ctx: RequestContext, query: ListQuery): Promise<Page<CallbackRequestView>> {
    const qb = whereInScope(this.requests.createQueryBuilder('cr'), ctx.user, 'callbackRequest.read', {
      officeId: 'cr.officeId',
    });
    const page = await findPage(qb, query, CALLBACK_REQUEST_LIST);
    return { ...page, items: await this.present(page.items) };
  }

  async openCount(ctx: RequestContext): Promise<{ open: number }> {
    const qb = whereInScope(this.requests.createQueryBuilder('cr'), ctx.user, 'callbackRequest.read', {
      officeId: 'cr.officeId',
    });
    return { open: await qb.andWhere(`cr.status = 'open'`).getCount() };
  }

  async get(ctx: RequestContext, id: string): Promise<CallbackRequestView> {
    const found = await this.find(ctx, id, 'callbackRequest.read');
    return (await this.present([found]))[0];
  }

  take(ctx: RequestContext, id: string, dto: CallbackMoveDto): Promise<CallbackRequestView> {
    return this.move(ctx, id, 'take', dto.version, () => ({ takenById: ctx.user.id, takenAt: new Date() }));
  }

  done(ctx: RequestContext, id: string, dto: CallbackDoneDto): Promise<CallbackRequestView> {
    return this.move(ctx, id, 'done', dto.version, () => ({ outcome: dto.outcome, doneAt: new Date() }));
  }

  close(ctx: RequestContext, id: string, dto: CallbackCloseDto): Promise<CallbackRequestView> {
    return this.move(ctx, id, 'close', dto.version, () => ({
      closeReason: dto.reason,
      closedAt: new Date(),
    }));
  }

  /**
   * Records the request as an anonymous contact of its office (channel: phone when a number was
   * given, else e-mail), with the topic's need categories as needs, and links it. The contact
   * holds no name, number or address: those stay on the request, which the retention job erases.
   */
  async contact(ctx: RequestContext, id: string, dto: CallbackMoveDto): Promise<CallbackRequestView> {
    await this.dataSource.transaction(async (em) => {
      const current = await this.lock(ctx, em, id, dto.version);
      if (!callbackMayBecomeContact(current)) {
        throw conflict(
          current.contactId
            ? 'The request is already recorded as a contact'
            : 'A closed request is no contact',
        );
      }
      const channel: ContactChannel = current.phone ? 'phone' : 'email';
      const topic = parseCallbackTopic(current.topic);
      const serviceCategories =
        topic?.kind === 'leistung' ? await serviceOf(em, topic.id).then((s) => s?.categoryKeys ?? []) : [];
      const wanted = callbackTopicCategories(topic, serviceCategories);
      const active: { key: string }[] = wanted.length
        ? await em.query(`SELECT key FROM need_categories WHERE key = ANY ($1::text[]) AND active`, [wanted])
        : [];
      const keys = wanted.filter((k) => active.some((a) => a.key === k));
      const contact = await this.contacts.create(
        ctx,
        {
          channel,
          summary: 'Rückrufbitte aus dem Familienportal',
          needs: keys.map((categoryKey) => ({ categoryKey })),
        },
        em,
      );
      await em
        .createQueryBuilder()
        .update(CallbackRequest)
        .set({ contactId: contact.id })
        .where('id = :id', { id })
        .execute();
      await this.audit.record(
        ctx,
        'callback_request.contact',
        'callback_request',
        [id],
        current.officeId,
        {
          contactId: contact.id,
        },
        em,
      );
    });
    return this.get(ctx, id);
  }

  /**
   * Erases a request at once (the family withdrew its consent, Art. 7(3) and 17 DSGVO): the row
   * is deleted, an audit row without personal data keeps that it was. A contact made from it
   * stays (it is anonymous).
   */
  async erase(ctx: RequestContext, id: string): Promise<{ id: string }> {
    await this.dataSource.transaction(async (em) => {
      const current = await this.lock(ctx, em, id, undefined);
      await em.query(`DELETE FROM callback_requests WHERE id = $1`, [id]);
      await this.audit.record(
        ctx,
        'callback_request.delete',
        'callback_request',
        [id],
        current.officeId,
        { status: current.status },
        em,
      );
    });
    return { id };
  }

  private async move(
    ctx: RequestContext,
    id: string,
    move: CallbackMove,
    version: number | undefined,
    changes: () => Partial<CallbackRequest>,
  ): Promise<CallbackRequestView> {
    await this.dataSource.transaction(async (em) => {
      const current = await this.lock(ctx, em, id, version);
      const to = callbackMove(current.status, move);
      if (!to) throw conflict(`A request that is ${current.status} cannot be moved by "${move}"`);
      await em
        .createQueryBuilder()
        .update(CallbackRequest)
        .set({ ...changes(), status: to })
        .where('id = :id', { id })
        .execute();
      await this.audit.record(
        ctx,
        `callback_request.${move}`,
        'callback_request',
        [id],
        current.officeId,
        {
          from: current.status,
          to,
        },
        em,
      );
    });
    return this.get(ctx, id);
  }

  /** The request, locked for a write: 404 outside the caller's office, 409 when `version` is stale. */
  private async lock(
    ctx: RequestContext,
    em: EntityManager,
    id: string,
    version: number | undefined,
  ): Promise<CallbackRequest> {
    const found = isUuid(id)
      ? await em
          .getRepository(CallbackRequest)
          .createQueryBuilder('cr')
          .setLock('pessimistic_write')
          .where('cr.id = :id', { id })
          .getOne()
      : null;
    requireInScope(ctx.user, 'callbackRequest.write', found, 'Callback request');
    const current = found as CallbackRequest;
    if (version !== undefined && version !== current.version) throw AppException.staleVersion();
    return current;
  }

  private async find(
    ctx: RequestContext,
    id: string,
    action: 'callbackRequest.read',
  ): Promise<CallbackRequest> {
    const found = isUuid(id) ? await this.requests.findOneBy({ id }) : null;
    requireInScope(ctx.user, action, found, 'Callback request');
    return found as CallbackRequest;
  }

  /** Adds the German label of each topic (a service's by its current title). */
  private async present(items: CallbackRequest[]): Promise<CallbackRequestView[]> {
    const serviceIds = [
      ...new Set(
        items.map((r) => parseCallbackTopic(r.topic)).flatMap((t) => (t?.kind === 'leistung' ? [t.id] : [])),
      ),
    ];
    const titles = new Map<string, string>();
    if (serviceIds.length > 0) {
      const rows: { id: string; title_de: string }[] = await this.dataSource.query(
        `SELECT id, title_de FROM services WHERE id = ANY ($1::uuid[])`,
        [serviceIds],
      );
      rows.forEach((r) => titles.set(r.id, r.title_de));
    }
    return items.map((r) => {
      const topic = parseCallbackTopic(r.topic);
      const title = topic?.kind === 'leistung' ? titles.get(topic.id) : null;
      return Object.assign(r, { topicLabel: callbackTopicLabelDe(r.topic, title) });
    });
  }
}

function conflict(message: string): AppException {
  return new AppException(409, 'CALLBACK_STATE_CONFLICT', message);
}

async function serviceOf(em: EntityManager, id: string): Promise<{ categoryKeys: string[] } | null> {
  const rows: { category_keys: string[] }[] = await em.query(
    `SELECT category_keys FROM services WHERE id = $1`,
    [id],
  );
  return rows[0] ? { categoryKeys: rows[0].category_keys } : null;
}
