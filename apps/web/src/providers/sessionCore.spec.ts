import { loginErrorKey, parseSessionUser } from './sessionCore';

describe('the login screen’s session functions (without react-admin)', () => {
  it('names the reason of a failed sign-in as the app does', () => {
    expect(loginErrorKey(401, null)).toBe('lotsen.errors.INVALID_CREDENTIALS');
    expect(loginErrorKey(401, 'UNAUTHENTICATED')).toBe('lotsen.errors.INVALID_CREDENTIALS');
    expect(loginErrorKey(429, 'ACCOUNT_LOCKED')).toBe('lotsen.errors.ACCOUNT_LOCKED');
    expect(loginErrorKey(429, 'TOO_MANY_REQUESTS')).toBe('lotsen.errors.TOO_MANY_REQUESTS');
    expect(loginErrorKey(429, null)).toBe('lotsen.errors.TOO_MANY_REQUESTS');
    expect(loginErrorKey(503, null)).toBe('lotsen.errors.SERVICE_UNAVAILABLE');
    expect(loginErrorKey(500, 'INTERNAL_ERROR')).toBe('lotsen.errors.INTERNAL_ERROR');
    expect(loginErrorKey(400, 'VALIDATION_FAILED')).toBe('ra.auth.sign_in_error');
  });

  it('takes a user only with an id and a known role', () => {
    expect(
      parseSessionUser({
        id: 'u1',
        email: 'a@b.example',
        displayName: 'Anna',
        role: 'counsellor',
        officeId: 'o1',
        providerId: null,
        mustChangePassword: false,
      }),
    ).toEqual({
      id: 'u1',
      email: 'a@b.example',
      displayName: 'Anna',
      role: 'counsellor',
      officeId: 'o1',
      providerId: null,
      mustChangePassword: false,
    });
    expect(parseSessionUser({ id: 'u1', role: 'superuser' })).toBeNull();
    expect(parseSessionUser(null)).toBeNull();
  });
});
