import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth } from '@nestjs/swagger';
import type { Action } from '@lotsen/domain';

export const AUTH_METADATA = 'lotsen:auth';

export type AuthRequirement =
  { public: true } | { public: false; action: Action; refuseAs?: 'not_found'; what?: string };

/**
 * The route needs a signed-in user whose role may do `action` (libs/domain `can`). A role that
 * may not is refused with 403 — or, with `refuseAs: 'not_found'`, with 404 as if the record did not
 * exist, where an issue asks that a role learns nothing, not even that the route concerns it
 * (messages on a referral, issue 21.1: the admin and the analyst get 404).
 */
export function Authenticated(options: {
  action: Action;
  refuseAs?: 'not_found';
  what?: string;
}): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(AUTH_METADATA, { public: false, ...options } satisfies AuthRequirement),
    ApiCookieAuth(),
  );
}

/** The route is open to anybody (login, health). */
export function Public(): MethodDecorator & ClassDecorator {
  return SetMetadata(AUTH_METADATA, { public: true } satisfies AuthRequirement);
}
