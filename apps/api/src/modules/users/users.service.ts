import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { OFFICE_ROLES, PROVIDER_ROLES, ROLES, type Role } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { EntityCrud, rethrowUniqueViolation, type UniqueRule } from '../../common/crud/entity-crud';
import { updateVersioned } from '../../common/database/versioned-update';
import { AppException } from '../../common/errors/app.exception';
import { isUuid, type ListSpec } from '../../common/list-query/list-query';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import { NotificationsService } from '../notifications/notifications.service';
import { type CaseLoadHandover, handOverCaseLoad, leavesOffice } from './case-load-handover';
import { Office } from '../offices/office.entity';
import type { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { requireStrongPassword } from './password-policy';
import { User } from './user.entity';

export const USER_LIST: ListSpec = {
  entity: User,
  alias: 'u',
  sortable: {
    email: 'u.email',
    displayName: 'u.displayName',
    role: 'u.role',
    active: 'u.active',
    createdAt: 'u.createdAt',
    lastLoginAt: 'u.lastLoginAt',
  },
  filterable: {
    role: { type: 'enum', values: ROLES },
    officeId: { type: 'uuid' },
    providerId: { type: 'uuid' },
    active: { type: 'boolean' },
  },
  searchColumns: ['u.email', 'u.displayName'],
  defaultSort: { field: 'displayName', order: 'ASC' },
};

const EMAIL_UNIQUE: UniqueRule[] = [
  {
    index: 'users_email_key',
    code: 'EMAIL_IN_USE',
    field: 'email',
    message: 'A user with this e-mail exists',
  },
];

@Injectable()
export class UsersService {
  readonly crud: EntityCrud<User>;

  constructor(
    @InjectRepository(User) users: Repository<User>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {
    this.crud = new EntityCrud(users, USER_LIST, 'User', EMAIL_UNIQUE);
  }

  /**
   * A new user. The admin chose the password, so the user must change it at the first sign-in.
   * Audited with the fields set (never the password).
   */
  async create(ctx: RequestContext, dto: CreateUserDto): Promise<User> {
    const { password, ...fields } = dto;
    requireStrongPassword(password, 'password', fields.email);
    await this.checkRoleAndOffice(fields.role, fields.officeId ?? null);
    checkProvider(fields.role, fields.providerId ?? null);
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (em) => {
      const user = await this.crud.create({ ...fields, passwordHash, mustChangePassword: true }, em);
      await this.audit.record(
        ctx,
        'user.create',
        'user',
        [user.id],
        user.officeId,
        userAuditDetails(null, user, true),
        em,
      );
      return user;
    });
  }

  /**
   * Changes a user. Deactivating a user or resetting the password ends all of that user's
   * sessions in the same transaction, and a reset password must be changed by the user at the
   * next sign-in. Admins cannot lock themselves out. Every change is audited with the fields
   * changed (old and new values of role, office and active; never a password). A user who
   * leaves the office (another office, deactivated, a role without cases) hands the case load
   * over to `successorId` or the office's team lead in the same transaction (case-load-handover.ts).
   */
  async update(ctx: RequestContext, id: string, dto: UpdateUserDto): Promise<User> {
    const actor = ctx.user;
    const current = await this.crud.get(id);
    const { version, password, successorId, ...changes } = dto;
    if (password !== undefined) requireStrongPassword(password, 'password', changes.email ?? current.email);
    if (
      current.id === actor.id &&
      (changes.active === false || (changes.role && changes.role !== current.role))
    ) {
      throw new AppException(
        409,
        'CANNOT_CHANGE_OWN_ACCOUNT',
        'You cannot deactivate your own account or change your own role',
      );
    }
    const role = changes.role ?? current.role;
    const officeId = changes.officeId !== undefined ? changes.officeId : current.officeId;
    await this.checkRoleAndOffice(role, officeId);
    checkProvider(role, changes.providerId !== undefined ? changes.providerId : current.providerId);
    const passwordHash = password !== undefined ? await hashPassword(password) : undefined;
    const leaves = leavesOffice(current, {
      officeId,
      role,
      active: changes.active !== undefined ? changes.active : current.active,
    });
    if (successorId !== undefined && !leaves) {
      throw new AppException(
        400,
        'VALIDATION_FAILED',
        'A successor is chosen only when the user leaves the office',
        [{ field: 'successorId', messages: ['only with a change of office, role or deactivation'] }],
      );
    }

    return this.dataSource.transaction(async (em) => {
      let updated: User;
      try {
        updated = await updateVersioned(em, User, id, version, {
          ...changes,
          ...(passwordHash ? { passwordHash, mustChangePassword: true } : {}),
        });
      } catch (err) {
        rethrowUniqueViolation(err, EMAIL_UNIQUE);
      }
      if (!updated.active || passwordHash) {
        await em.query(`DELETE FROM sessions WHERE user_id = $1`, [id]);
      }
      const handover = leaves
        ? await handOverCaseLoad(em, ctx, this.notifications, id, current.officeId as string, successorId)
        : undefined;
      const details = userAuditDetails(current, updated, passwordHash !== undefined, handover);
      if (details.fields.length > 0) {
        await this.audit.record(
          ctx,
          'user.update',
          'user',
          [id],
          updated.officeId ?? current.officeId,
          details,
          em,
        );
      }
      return updated;
    });
  }

  private async checkRoleAndOffice(role: Role, officeId: string | null): Promise<void> {
    if (officeId === null) {
      if (OFFICE_ROLES.includes(role)) {
        throw new AppException(400, 'VALIDATION_FAILED', 'Counsellors and team leads belong to an office', [
          { field: 'officeId', messages: ['required for this role'] },
        ]);
      }
      return;
    }
    const exists =
      isUuid(officeId) && (await this.dataSource.getRepository(Office).existsBy({ id: officeId }));
    if (!exists) throw AppException.invalidReference('officeId');
  }
}

/** A provider user is bound to a provider (a missing one is a 400 INVALID_REFERENCE by foreign key). */
function checkProvider(role: Role, providerId: string | null): void {
  if (PROVIDER_ROLES.includes(role) && !providerId) {
    throw new AppException(400, 'VALIDATION_FAILED', 'Provider users belong to a provider', [
      { field: 'providerId', messages: ['required for this role'] },
    ]);
  }
}

/** Fields of a user whose old and new values the audit row shows; others are named only. */
const AUDITED_VALUES = ['role', 'officeId', 'providerId', 'active'] as const;
const AUDITED_FIELDS = ['email', 'displayName', ...AUDITED_VALUES] as const;

/**
 * What an admin changed on a user, for the audit trail: the names of the fields changed, old
 * and new values of role, office, provider and active, whether the password was set — never
 * the password or its hash — and the hand-over of the case load (successor, counts).
 */
export function userAuditDetails(
  before: Pick<User, (typeof AUDITED_FIELDS)[number]> | null,
  after: Pick<User, (typeof AUDITED_FIELDS)[number]>,
  passwordSet: boolean,
  handover?: CaseLoadHandover,
): {
  fields: string[];
  changes: Record<string, { from: unknown; to: unknown }>;
  passwordSet?: true;
  handover?: CaseLoadHandover;
} {
  const fields: string[] = AUDITED_FIELDS.filter((f) => (before ? before[f] !== after[f] : true));
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const f of AUDITED_VALUES) {
    if (fields.includes(f)) changes[f] = { from: before ? before[f] : null, to: after[f] };
  }
  if (passwordSet) fields.push('password');
  return {
    fields,
    changes,
    ...(passwordSet ? { passwordSet: true as const } : {}),
    ...(handover ? { handover } : {}),
  };
}
