import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import {
  checkManualNeedChange,
  CHILD_PROTECTION_CATEGORY,
  isResolved,
  NEED_STATUSES,
  NEED_URGENCIES,
  type NeedStatus,
  type UnmetReason,
} from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { AppException } from '../../common/errors/app.exception';
import type { ListSpec } from '../../common/list-query/list-query';
import { AuditService } from '../audit/audit.service';
import { FamilyAccess } from '../families/family-access.service';
import { FamilyRecords } from '../families/family-records';
import { NotificationsService } from '../notifications/notifications.service';
import type { ContactNeedDto, CreateNeedDto, UpdateNeedDto } from './dto/need.dto';
import { Need } from './need.entity';
import { insertNeeds, type NeedInsert, type NeedOrigin } from './need-rows';
import { recordCaseEvent } from '../families/case-events';
import { refusePersonalText, requireAuthorOrTeamLead } from '../contacts/anonymous-text';

export const NEED_LIST: ListSpec = {
  entity: Need,
  alias: 'n',
  sortable: {
    identifiedAt: 'n.identifiedAt',
    status: 'n.status',
    urgency: 'n.urgency',
    categoryKey: 'n.categoryKey',
    resolvedAt: 'n.resolvedAt',
  },
  filterable: {
    familyId: { type: 'uuid' },
    contactId: { type: 'uuid' },
    categoryKey: { type: 'string', max: 40 },
    status: { type: 'enum', values: NEED_STATUSES },
    urgency: { type: 'enum', values: NEED_URGENCIES },
    // cancelled needs (of a cancelled contact, or corrected away) leave the list unless asked for
    cancelled: { type: 'boolean', where: (p) => `((n.cancelledAt IS NOT NULL) = :${p})` },
  },
  defaultSort: { field: 'identifiedAt', order: 'DESC' },
};

export interface CategoryUsageRow {
  categoryKey: string;
  needs: number;
}

function problemToException(
  problem: ReturnType<typeof checkManualNeedChange>,
  from: NeedStatus,
  to: NeedStatus,
): AppException | null {
  switch (problem) {
    case null:
      return null;
    case 'illegal_transition':
      return new AppException(409, 'ILLEGAL_TRANSITION', `A need cannot go from ${from} to ${to} by hand`);
    case 'unmet_reason_required':
      return new AppException(400, 'VALIDATION_FAILED', 'An unmet need needs a reason', [
        { field: 'unmetReason', messages: ['required when status is unmet'] },
      ]);
    case 'unmet_reason_not_allowed':
      return new AppException(400, 'VALIDATION_FAILED', 'Only an unmet need has a reason', [
        { field: 'unmetReason', messages: ['only with status unmet'] },
      ]);
  }
}

@Injectable()
export class NeedsService {
  readonly records: FamilyRecords<Need>;

  constructor(
    @InjectRepository(Need) repo: Repository<Need>,
    private readonly dataSource: DataSource,
    private readonly access: FamilyAccess,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {
    this.records = new FamilyRecords(repo, dataSource, access, audit, {
      spec: NEED_LIST,
      entity: 'need',
      label: 'Need',
      read: 'need.read',
      write: 'need.write',
    });
  }

  /**
   * Writes the needs raised by a contact (or entered for a family) with the caller's
   * EntityManager. A need of category `kinderschutz` notifies every active team lead of the
   * office at once, in the same transaction. One INSERT for all needs, answered in the order
   * given (need-rows.ts).
   */
  async createMany(
    em: EntityManager,
    ctx: RequestContext,
    origin: NeedOrigin,
    items: readonly ContactNeedDto[],
  ): Promise<Need[]> {
    if (items.length === 0) return [];
    await this.requireActiveCategories(
      em,
      items.map((i) => i.categoryKey),
    );
    const rows = items.map((item): NeedInsert => {
      const status = item.status ?? 'open';
      const problem = problemToException(
        checkManualNeedChange('open', status, item.unmetReason ?? null),
        'open',
        status,
      );
      if (problem) throw problem;
      return {
        categoryKey: item.categoryKey,
        description: item.description ?? null,
        urgency: item.urgency ?? 'normal',
        status,
        unmetReason: (item.unmetReason ?? null) as UnmetReason | null,
        resolved: isResolved(status),
      };
    });
    const needs = await insertNeeds(em, origin, ctx.user.id, rows);
    if (needs.some((n) => n.categoryKey === CHILD_PROTECTION_CATEGORY)) {
      await this.alertTeamLeads(em, ctx, origin);
    }
    if (origin.familyId) {
      await this.audit.record(
        ctx,
        'need.create',
        'need',
        needs.map((n) => n.id),
        origin.officeId,
        { familyId: origin.familyId },
        em,
      );
    }
    return needs;
  }

  create(ctx: RequestContext, dto: CreateNeedDto): Promise<Need> {
    return this.dataSource.transaction(async (em) => {
      const family = await this.access.require(ctx, dto.familyId, 'need.write', em);
      if (family.status === 'anonymized') {
        throw new AppException(409, 'FAMILY_ANONYMIZED', 'An anonymized family takes no new personal data');
      }
      await this.access.requireStoreConsent(em, family.id);
      if (dto.contactId) {
        const rows: unknown[] = await em.query(`SELECT 1 FROM contacts WHERE id = $1 AND family_id = $2`, [
          dto.contactId,
          family.id,
        ]);
        if (rows.length === 0) throw AppException.invalidReference('contactId');
      }
      const [need] = await this.createMany(
        em,
        ctx,
        {
          officeId: family.officeId,
          familyId: family.id,
          contactId: dto.contactId ?? null,
          identifiedAt: new Date(),
        },
        [{ categoryKey: dto.categoryKey, description: dto.description, urgency: dto.urgency }],
      );
      await this.access.touch(em, family.id);
      return need;
    });
  }

  update(ctx: RequestContext, id: string, dto: UpdateNeedDto): Promise<Need> {
    const { version, status, unmetReason, ...changes } = dto;
    return this.records.update(ctx, id, version, async (current, em) => {
      if (current.cancelledAt) {
        throw new AppException(409, 'ALREADY_CANCELLED', 'The need is cancelled: it is not changed any more');
      }
      if (!current.familyId && changes.description !== undefined) {
        // the need of an anonymous contact: its description names nobody (issue 24.7)
        const [row] = (await em.query(`SELECT created_by_id FROM needs WHERE id = $1`, [id])) as {
          created_by_id: string | null;
        }[];
        requireAuthorOrTeamLead(ctx, row?.created_by_id ?? null, 'Need');
        refusePersonalText([{ field: 'description', text: changes.description }]);
      }
      const to = status ?? current.status;
      const reason =
        unmetReason !== undefined ? unmetReason : to === current.status ? current.unmetReason : null;
      if (status !== undefined || unmetReason !== undefined) {
        const problem = problemToException(
          checkManualNeedChange(current.status, to, reason),
          current.status,
          to,
        );
        if (problem) throw problem;
      }
      const statusChanged = to !== current.status;
      if (statusChanged && current.familyId) {
        // the family's history shows every status change (issue 25.4)
        await recordCaseEvent(em, {
          familyId: current.familyId,
          officeId: current.officeId,
          kind: 'need_status',
          entityId: current.id,
          byUserId: ctx.user.id,
          from: current.status,
          to,
        });
      }
      return {
        ...changes,
        ...(status !== undefined || unmetReason !== undefined ? { status: to, unmetReason: reason } : {}),
        ...(statusChanged ? { resolvedAt: isResolved(to) ? new Date() : null } : {}),
      };
    });
  }

  async categoryUsage(ctx: RequestContext): Promise<CategoryUsageRow[]> {
    const rows: { category_key: string; n: number }[] = await this.dataSource.query(
      `SELECT category_key, count(*)::int AS n FROM needs
        WHERE office_id = $1 AND cancelled_at IS NULL AND identified_at >= now() - interval '90 days'
        GROUP BY 1 ORDER BY 2 DESC, 1`,
      [ctx.user.officeId],
    );
    return rows.map((r) => ({ categoryKey: r.category_key, needs: r.n }));
  }

  private async requireActiveCategories(em: EntityManager, keys: string[]): Promise<void> {
    const rows: { key: string }[] = await em.query(
      `SELECT key FROM need_categories WHERE key = ANY($1) AND active`,
      [[...new Set(keys)]],
    );
    const known = new Set(rows.map((r) => r.key));
    const unknown = keys.findIndex((k) => !known.has(k));
    if (unknown >= 0) {
      throw new AppException(400, 'INVALID_REFERENCE', `${keys[unknown]} is not an active need category`, [
        { field: `needs.${unknown}.categoryKey`, messages: ['not an active need category'] },
      ]);
    }
  }

  private async alertTeamLeads(em: EntityManager, ctx: RequestContext, origin: NeedOrigin): Promise<void> {
    const leads: { id: string }[] = await em.query(
      `SELECT id FROM users WHERE office_id = $1 AND role = 'team_lead' AND active`,
      [origin.officeId],
    );
    await this.notifications.notify(
      em,
      leads.map((l) => l.id),
      {
        kind: 'child_protection',
        actorId: ctx.user.id,
        familyId: origin.familyId,
        contactId: origin.contactId,
      },
    );
  }
}
