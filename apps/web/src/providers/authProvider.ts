import type { AuthProvider } from 'react-admin';
import { canAccessWith } from './canAccess';
import { currentUser, logIn, logOut } from './session';

interface LoginParams {
  email?: string;
  username?: string;
  password?: string;
}

/** Session-cookie auth against /api/auth (api.md, "Auth"). */
export const authProvider: AuthProvider = {
  async login(params: LoginParams) {
    await logIn((params.email ?? params.username ?? '').trim(), params.password ?? '');
  },

  async logout() {
    await logOut();
  },

  async checkAuth() {
    const user = await currentUser();
    // No session yet (first visit): go to the login page without an error notification.
    if (!user) throw { message: false };
  },

  async checkError(error: { status?: number } | undefined) {
    // 401: the session has ended (logged out elsewhere, deactivated) → react-admin logs out.
    // 403 and everything else: stay logged in; the page shows the error.
    if (error?.status === 401) {
      throw { message: 'ra.notification.logged_out' };
    }
  },

  async getIdentity() {
    const user = await currentUser();
    if (!user) throw new Error('lotsen.errors.UNAUTHENTICATED');
    return {
      id: user.id,
      fullName: user.displayName,
      email: user.email,
      role: user.role,
      officeId: user.officeId,
      mustChangePassword: user.mustChangePassword,
    };
  },

  async getPermissions() {
    const user = await currentUser();
    return user?.role ?? null;
  },

  async canAccess(params) {
    const user = await currentUser().catch(() => null);
    return canAccessWith(user, params);
  },
};
