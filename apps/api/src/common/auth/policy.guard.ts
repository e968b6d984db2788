import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { can, type Action } from '@lotsen/domain';
import { AUTH_METADATA, type AuthRequirement } from './authenticated.decorator';
import type { AuthUser } from './auth-user';
import { AppException } from '../errors/app.exception';

/** What a user whose password was set by an admin may do before changing it. */
const UNTIL_PASSWORD_CHANGED: readonly Action[] = ['profile.read', 'profile.changePassword'];

/**
 * The global guard: every route is either `@Public()` or `@Authenticated({action})`, and the
 * signed-in user's role must be allowed the action by the policy of libs/domain. Record scope
 * (office, owner, provider) is checked by the services, for single records and in list queries.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const requirement = this.reflector.getAllAndOverride<AuthRequirement | undefined>(AUTH_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    // RouteAuditService refuses to start with an unmarked route; this is the second line.
    if (!requirement) throw new AppException(403, 'FORBIDDEN', 'Route has no access rule');
    if (requirement.public) return true;
    const user = context.switchToHttp().getRequest<Request>().user as AuthUser | undefined;
    if (!user) throw new AppException(401, 'UNAUTHENTICATED', 'Not signed in');
    if (!can(user, requirement.action)) {
      if (requirement.refuseAs === 'not_found') throw AppException.notFound(requirement.what);
      throw new AppException(403, 'FORBIDDEN', 'Your role may not do this');
    }
    if (user.mustChangePassword && !UNTIL_PASSWORD_CHANGED.includes(requirement.action)) {
      throw new AppException(
        403,
        'PASSWORD_CHANGE_REQUIRED',
        'Your password was set by an administrator: choose your own password first (POST /api/auth/password)',
      );
    }
    return true;
  }
}
