import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { AppException } from '../errors/app.exception';
import type { AuthUser } from './auth-user';

/** Who does something, and from where: what services need for scope checks and the audit log. */
export interface RequestContext {
  user: AuthUser;
  ip: string | null;
}

/** The signed-in user of a request, with its address. */
export function requestContext(req: Request): RequestContext {
  const user = req.user as AuthUser | undefined;
  if (!user) throw new AppException(401, 'UNAUTHENTICATED', 'Not signed in');
  return { user, ip: req.ip ?? null };
}

/** The signed-in user with the request's address; only on `@Authenticated` routes. */
export const Ctx = createParamDecorator((_data: unknown, ctx: ExecutionContext): RequestContext =>
  requestContext(ctx.switchToHttp().getRequest<Request>()),
);
