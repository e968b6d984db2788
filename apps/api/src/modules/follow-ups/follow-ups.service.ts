import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { FOLLOW_UP_STATUSES, isOverdue } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { AppException } from '../../common/errors/app.exception';
import type { Page } from '../../common/list-query/find-page';
import type { ListQuery, ListSpec } from '../../common/list-query/list-query';
import { AuditService } from '../audit/audit.service';
import { FamilyAccess, requireOfficeStaff } from '../families/family-access.service';
import { FamilyRecords } from '../families/family-records';
import type { CreateFollowUpDto, UpdateFollowUpDto } from './dto/follow-up.dto';
import { FollowUp } from './follow-up.entity';
import { recordCaseEvent } from '../families/case-events';

export const FOLLOW_UP_LIST: ListSpec = {
  entity: FollowUp,
  alias: 'fu',
  sortable: {
    dueAt: 'fu.dueAt',
    status: 'fu.status',
    title: 'fu.title',
    doneAt: 'fu.doneAt',
    createdAt: 'fu.createdAt',
  },
  filterable: {
    familyId: { type: 'uuid' },
    assigneeId: { type: 'uuid' },
    needId: { type: 'uuid' },
    status: { type: 'enum', values: FOLLOW_UP_STATUSES },
    // written so that the planner, knowing the value, is left with an indexable condition
    overdue: {
      type: 'boolean',
      where: (p) =>
        `(CASE WHEN :${p} THEN fu.status = 'open' AND fu.dueAt < now() ELSE NOT (fu.status = 'open' AND fu.dueAt < now()) END)`,
    },
    // assigned to the family's owner: what a handover of the family carries (issue 25.3)
    ownerAssigned: {
      type: 'boolean',
      where: (p) =>
        `((fu.assigneeId = (SELECT f.owner_id FROM families f WHERE f.id = fu.familyId)) = :${p})`,
    },
    // due on or after the start of that day in Potsdam ("heute" of "Meine Wiedervorlagen")
    dueFrom: {
      type: 'date',
      where: (p) => `fu.dueAt >= (CAST(:${p} AS date)::timestamp AT TIME ZONE 'Europe/Berlin')`,
    },
    // due before the end of that day in Potsdam
    dueBefore: {
      type: 'date',
      where: (p) => `fu.dueAt < ((CAST(:${p} AS date) + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`,
    },
  },
  defaultSort: { field: 'dueAt', order: 'ASC' },
};

export type FollowUpView = FollowUp & { overdue: boolean };

const present = (f: FollowUp): FollowUpView => Object.assign(f, { overdue: isOverdue(f) });

@Injectable()
export class FollowUpsService {
  readonly records: FamilyRecords<FollowUp>;

  constructor(
    @InjectRepository(FollowUp) repo: Repository<FollowUp>,
    dataSource: DataSource,
    access: FamilyAccess,
    audit: AuditService,
  ) {
    this.records = new FamilyRecords(repo, dataSource, access, audit, {
      spec: FOLLOW_UP_LIST,
      entity: 'follow_up',
      label: 'Follow-up',
      read: 'followUp.read',
      write: 'followUp.write',
    });
  }

  async list(ctx: RequestContext, query: ListQuery): Promise<Page<FollowUpView>> {
    const page = await this.records.list(ctx, query);
    return { ...page, items: page.items.map(present) };
  }

  async get(ctx: RequestContext, id: string): Promise<FollowUpView> {
    return present(await this.records.get(ctx, id));
  }

  /** As `get`, without auditing a read (a whole-record PUT compares with it). */
  async peek(ctx: RequestContext, id: string): Promise<FollowUpView> {
    return present(await this.records.peek(ctx, id));
  }

  async create(ctx: RequestContext, dto: CreateFollowUpDto): Promise<FollowUpView> {
    const { familyId, assigneeId, ...fields } = dto;
    const created = await this.records.create(ctx, familyId, async (family, em) => {
      const assignee = assigneeId ?? family.ownerId;
      await requireOfficeStaff(em, assignee, family.officeId, 'assigneeId');
      if (fields.needId) await requireNeedOfFamily(em, fields.needId, familyId);
      return { ...fields, dueAt: new Date(fields.dueAt), assigneeId: assignee, createdById: ctx.user.id };
    });
    return present(created);
  }

  async update(ctx: RequestContext, id: string, dto: UpdateFollowUpDto): Promise<FollowUpView> {
    const { version, dueAt, ...changes } = dto;
    const updated = await this.records.update(ctx, id, version, async (current, em) => {
      if (changes.assigneeId && changes.assigneeId !== current.assigneeId) {
        await requireOfficeStaff(em, changes.assigneeId, current.officeId, 'assigneeId');
      }
      const status = changes.status ?? current.status;
      // the family's history shows a follow-up moved or done (issue 25.4)
      const event = { familyId: current.familyId, officeId: current.officeId, entityId: current.id };
      if (dueAt !== undefined && new Date(dueAt).getTime() !== new Date(current.dueAt).getTime()) {
        await recordCaseEvent(em, {
          ...event,
          kind: 'follow_up_moved',
          byUserId: ctx.user.id,
          from: new Date(current.dueAt).toISOString(),
          to: new Date(dueAt).toISOString(),
        });
      }
      if (status === 'done' && current.status !== 'done') {
        await recordCaseEvent(em, {
          ...event,
          kind: 'follow_up_done',
          byUserId: ctx.user.id,
          from: current.status,
          to: 'done',
        });
      }
      return {
        ...changes,
        ...(dueAt !== undefined ? { dueAt: new Date(dueAt), overdueNotifiedAt: null } : {}),
        ...(changes.status !== undefined && changes.status !== current.status
          ? { doneAt: status === 'done' ? new Date() : null }
          : {}),
      };
    });
    return present(updated);
  }
}

async function requireNeedOfFamily(em: EntityManager, needId: string, familyId: string): Promise<void> {
  const rows: unknown[] = await em.query(
    `SELECT 1 FROM needs WHERE id = $1 AND family_id = $2 AND cancelled_at IS NULL`,
    [needId, familyId],
  );
  if (rows.length === 0) throw AppException.invalidReference('needId');
}
