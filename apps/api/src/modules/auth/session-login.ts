import type { Request, Response } from 'express';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException } from '../../common/errors/app.exception';
import type { Authenticator } from './authenticator';

/** Runs the passport-local strategy for this request (after the body has been validated). */
export function authenticateLocal(
  authenticator: Authenticator,
  req: Request,
  res: Response,
): Promise<AuthUser> {
  return new Promise((resolve, reject) => {
    authenticator.authenticate('local', { session: false }, (err: unknown, user: AuthUser | false) => {
      if (err) return reject(err);
      if (!user) return reject(new AppException(401, 'INVALID_CREDENTIALS', 'E-mail or password is wrong'));
      resolve(user);
    })(req, res, (err: unknown) => reject(err));
  });
}

/** Stores the user in a new session: passport renews the session id at login. */
export function startSession(req: Request, user: AuthUser): Promise<void> {
  return new Promise((resolve, reject) => req.logIn(user, (err) => (err ? reject(err) : resolve())));
}

export function endSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) =>
    req.logout((logoutErr) => {
      if (logoutErr) return reject(logoutErr);
      if (!req.session) return resolve();
      req.session.destroy((err) => (err ? reject(err) : resolve()));
    }),
  );
}
