import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/auth/request-context';
import { AppException } from '../../common/errors/app.exception';
import { AuditService } from '../audit/audit.service';
import { requireStrongPassword } from '../users/password-policy';
import type { ChangePasswordDto } from './dto/change-password.dto';
import { LoginThrottleService } from './login-throttle.service';
import { hashPassword, verifyPassword } from './password';

/**
 * A signed-in user changes their own password ("Mein Konto"): the current password is checked
 * (and counted like a sign-in attempt, so a left-open session cannot be used to guess it), the
 * new one follows the password policy, the user's other sessions end, and the change is audited.
 * It also clears `mustChangePassword`, set when an admin chose the password.
 */
@Injectable()
export class PasswordChangeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  async change(ctx: RequestContext, sessionId: string, dto: ChangePasswordDto): Promise<void> {
    const { user } = ctx;
    await this.throttle.admitOrThrow(user.email);
    const rows: { password_hash: string }[] = await this.dataSource.query(
      `SELECT password_hash FROM users WHERE id = $1 AND active`,
      [user.id],
    );
    if (!rows[0] || !(await verifyPassword(rows[0].password_hash, dto.currentPassword))) {
      throw new AppException(400, 'WRONG_CURRENT_PASSWORD', 'The current password is wrong', [
        { field: 'currentPassword', messages: ['is wrong'] },
      ]);
    }
    await this.throttle.recordSuccess(user.email);
    if (dto.newPassword === dto.currentPassword) {
      throw new AppException(400, 'PASSWORD_UNCHANGED', 'The new password must differ from the current one', [
        { field: 'newPassword', messages: ['is the current password'] },
      ]);
    }
    requireStrongPassword(dto.newPassword, 'newPassword', user.email);
    const passwordHash = await hashPassword(dto.newPassword);
    await this.dataSource.transaction(async (em) => {
      // not an edit of the user record: no version bump, so an admin's open form stays valid
      await em.query(
        `UPDATE users SET password_hash = $2, must_change_password = false, password_changed_at = now()
         WHERE id = $1`,
        [user.id, passwordHash],
      );
      const ended: unknown[] = await em.query(
        `DELETE FROM sessions WHERE user_id = $1 AND sid <> $2 RETURNING 1`,
        [user.id, sessionId],
      );
      await this.audit.record(
        ctx,
        'user.password_change',
        'user',
        [user.id],
        user.officeId,
        {
          otherSessionsEnded: ended.length,
        },
        em,
      );
    });
  }
}
