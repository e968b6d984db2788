import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { User } from '../users/user.entity';
import type { AuthUser } from '../../common/auth/auth-user';
import { poolQuery } from '../../common/database/pool-query';
import { AppException } from '../../common/errors/app.exception';
import { LoginThrottleService } from './login-throttle.service';
import { dummyPasswordHash, verifyPassword } from './password';

/** The session's user, looked up on every request (AuthService.findActiveUser). */
export const ACTIVE_USER_SQL = `SELECT id, email, display_name, role, office_id, provider_id, must_change_password
  FROM users WHERE id = $1 AND active`;

interface ActiveUserRow {
  id: string;
  email: string;
  display_name: string;
  role: AuthUser['role'];
  office_id: string | null;
  provider_id: string | null;
  must_change_password: boolean;
}

export function toAuthUser(user: User): AuthUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    officeId: user.officeId,
    providerId: user.providerId,
    mustChangePassword: user.mustChangePassword,
  };
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly throttle: LoginThrottleService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Checks e-mail and password. Unknown e-mail, wrong password and a deactivated account all
   * answer the same 401; a locked account answers 429 without looking at the password. The
   * attempt is counted before the password is checked (see LoginThrottleService).
   */
  async verifyCredentials(emailInput: string, password: string): Promise<AuthUser> {
    const email = emailInput.trim().toLowerCase();
    await this.throttle.admitOrThrow(email);
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok || !user.active) {
      throw new AppException(401, 'INVALID_CREDENTIALS', 'E-mail or password is wrong');
    }
    await this.throttle.recordSuccess(email);
    // Signing in is no edit: neither `version` nor `updatedAt` moves (TypeORM's update would bump
    // both), so an admin editing this user meanwhile gets no 409.
    await this.users.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [user.id]);
    return toAuthUser(user);
  }

  /** Loads the session's user on every request; a deactivated or deleted user is signed out. */
  async findActiveUser(id: string): Promise<AuthUser | null> {
    // one prepared statement instead of a query builder: it runs on every request (issue 19)
    const [row] = await poolQuery<ActiveUserRow>(
      this.dataSource,
      ACTIVE_USER_SQL,
      [id],
      'lotsen_active_user',
    );
    return row
      ? {
          id: row.id,
          email: row.email,
          displayName: row.display_name,
          role: row.role,
          officeId: row.office_id,
          providerId: row.provider_id,
          mustChangePassword: row.must_change_password,
        }
      : null;
  }
}
