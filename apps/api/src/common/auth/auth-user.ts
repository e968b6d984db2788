import type { Actor, Role } from '@lotsen/domain';

/** The signed-in user as the API sees it on every request. */
export interface AuthUser extends Actor {
  email: string;
  displayName: string;
  role: Role;
  /** The password was set by an admin: until the user changes it, only that is allowed. */
  mustChangePassword: boolean;
}
