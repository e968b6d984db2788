import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthUser } from './auth-user';
import { AppException } from '../errors/app.exception';

/** The signed-in user; only on routes marked `@Authenticated`. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<Request>().user as AuthUser | undefined;
  if (!user) throw new AppException(401, 'UNAUTHENTICATED', 'Not signed in');
  return user;
});
