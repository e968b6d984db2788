import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { OFFICE_ROLES } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { requireInScope, whereInScope } from '../../common/auth/scope';
import { findPage, type Page } from '../../common/list-query/find-page';
import { isUuid, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import { User } from '../users/user.entity';

export const STAFF_LIST: ListSpec = {
  entity: User,
  alias: 'u',
  sortable: { displayName: 'u.displayName' },
  filterable: { role: { type: 'enum', values: OFFICE_ROLES } },
  searchColumns: ['u.displayName'],
  defaultSort: { field: 'displayName', order: 'ASC' },
};

export interface StaffMember {
  id: string;
  displayName: string;
  role: string;
  /** Issue 25.11: pickers tell colleagues apart by office and (on focus) work e-mail. */
  email: string;
  officeName: string | null;
}

export interface CaseloadRow extends Pick<StaffMember, 'id' | 'displayName' | 'role'> {
  userId: string;
  activeFamilies: number;
  openFollowUps: number;
  overdueFollowUps: number;
}

const toStaff = (u: User, offices: Map<string, string>): StaffMember => ({
  id: u.id,
  displayName: u.displayName,
  role: u.role,
  email: u.email,
  officeName: u.officeId ? (offices.get(u.officeId) ?? null) : null,
});

/** Colleagues of the caller's office (pickers for owner, assignee, handoff) and their caseload. */
@Injectable()
export class StaffService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
  ) {}

  private query(ctx: RequestContext) {
    return whereInScope(this.users.createQueryBuilder('u'), ctx.user, 'staff.list', {
      officeId: 'u.officeId',
    })
      .andWhere('u.active')
      .andWhere('u.role IN (:...staffRoles)', { staffRoles: OFFICE_ROLES });
  }

  async list(ctx: RequestContext, query: ListQuery): Promise<Page<StaffMember>> {
    const page = await findPage(this.query(ctx), query, STAFF_LIST);
    const offices = await this.officeNames(page.items);
    return { ...page, items: page.items.map((u) => toStaff(u, offices)) };
  }

  async get(ctx: RequestContext, id: string): Promise<StaffMember> {
    const user = isUuid(id) ? await this.query(ctx).andWhere('u.id = :id', { id }).getOne() : null;
    requireInScope(ctx.user, 'staff.list', user, 'Colleague');
    return toStaff(user as User, await this.officeNames([user as User]));
  }

  private async officeNames(users: User[]): Promise<Map<string, string>> {
    const ids = [...new Set(users.map((u) => u.officeId).filter((id): id is string => !!id))];
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM offices WHERE id = ANY($1)`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Caseload and follow-ups per counsellor of the team lead's office. */
  async overview(ctx: RequestContext): Promise<CaseloadRow[]> {
    const rows: {
      id: string;
      display_name: string;
      role: string;
      active_families: number;
      open_follow_ups: number;
      overdue_follow_ups: number;
    }[] = await this.dataSource.query(
      `SELECT u.id, u.display_name, u.role,
                (SELECT count(*)::int FROM families f WHERE f.owner_id = u.id AND f.status = 'active') AS active_families,
                (SELECT count(*)::int FROM follow_ups fu WHERE fu.assignee_id = u.id AND fu.status = 'open') AS open_follow_ups,
                (SELECT count(*)::int FROM follow_ups fu WHERE fu.assignee_id = u.id AND fu.status = 'open' AND fu.due_at < now()) AS overdue_follow_ups
         FROM users u
         WHERE u.office_id = $1 AND u.active AND u.role = ANY($2)
         ORDER BY overdue_follow_ups DESC, u.display_name`,
      [ctx.user.officeId, OFFICE_ROLES],
    );
    return rows.map((r) => ({
      id: r.id,
      userId: r.id,
      displayName: r.display_name,
      role: r.role,
      activeFamilies: r.active_families,
      openFollowUps: r.open_follow_ups,
      overdueFollowUps: r.overdue_follow_ups,
    }));
  }
}
