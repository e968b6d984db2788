import { Injectable } from '@nestjs/common';
import { PassportSerializer } from '@nestjs/passport';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuthService } from './auth.service';

/** The session keeps only the user's id; the user is reloaded (and must be active) per request. */
@Injectable()
export class SessionSerializer extends PassportSerializer {
  constructor(private readonly auth: AuthService) {
    super();
  }

  serializeUser(user: AuthUser, done: (err: unknown, id?: string) => void): void {
    done(null, user.id);
  }

  deserializeUser(id: string, done: (err: unknown, user?: AuthUser | false) => void): void {
    this.auth
      .findActiveUser(id)
      .then((user) => done(null, user ?? false))
      .catch((err: unknown) => done(err));
  }
}
