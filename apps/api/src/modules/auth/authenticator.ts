import passport from 'passport';
import { Strategy as LocalStrategy } from 'passport-local';
import type { AuthUser } from '../../common/auth/auth-user';
import type { AuthService } from './auth.service';

export const AUTHENTICATOR = Symbol('AUTHENTICATOR');
export type Authenticator = passport.Authenticator;

/**
 * A passport instance of this app (not the process-wide singleton, so that two apps in one
 * process, as in the tests, never share strategies or serializers):
 * - passport-local checks e-mail and password (lockout included) through AuthService;
 * - the session keeps only the user's id, and the user is reloaded on every request, so a
 *   deactivated user is signed out at their next request.
 */
export function createAuthenticator(auth: AuthService): Authenticator {
  const authenticator = new passport.Passport();
  authenticator.use(
    'local',
    new LocalStrategy({ usernameField: 'email', passwordField: 'password' }, (email, password, done) => {
      auth.verifyCredentials(email, password).then(
        (user) => done(null, user),
        (err: unknown) => done(err),
      );
    }),
  );
  authenticator.serializeUser((user, done) => done(null, (user as AuthUser).id));
  authenticator.deserializeUser((id: string, done) => {
    auth.findActiveUser(id).then(
      (user) => done(null, user ?? false),
      (err: unknown) => done(err),
    );
  });
  return authenticator;
}
