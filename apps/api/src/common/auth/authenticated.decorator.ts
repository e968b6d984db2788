import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth } from '@nestjs/swagger';
import type { Action } from '@lotsen/domain';

export const AUTH_METADATA = 'lotsen:auth';

export type AuthRequirement = { public: true } | { public: false; action: Action };

/** The route needs a signed-in user whose role may do `action` (libs/domain `can`). */
export function Authenticated(options: { action: Action }): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(AUTH_METADATA, { public: false, action: options.action } satisfies AuthRequirement),
    ApiCookieAuth(),
  );
}

/** The route is open to anybody (login, health). */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(AUTH_METADATA, { public: true } satisfies AuthRequirement);
}
