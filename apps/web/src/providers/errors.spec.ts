import { HttpError } from 'react-admin';
import { toLotsenError } from './errors';

describe('toLotsenError', () => {
  it('turns a coded API error into its i18n key', () => {
    const error = toLotsenError(
      new HttpError('Version is stale', 409, {
        statusCode: 409,
        code: 'STALE_VERSION',
        message: 'Version is stale',
      }),
    ) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.message).toBe('lotsen.errors.STALE_VERSION');
    expect(error.status).toBe(409);
  });

  it('keeps the server message for an unknown code', () => {
    const error = toLotsenError(
      new HttpError('Something new', 409, {
        statusCode: 409,
        code: 'SOMETHING_NEW',
        message: 'Something new',
      }),
    ) as HttpError;
    expect(error.message).toBe('Something new');
  });

  it('puts validation details on the form fields', () => {
    const error = toLotsenError(
      new HttpError('invalid', 400, {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'invalid',
        details: [
          { field: 'email', messages: ['must be an email', 'too long'] },
          { field: 'stadtteile.0', messages: ['empty'] },
          { nonsense: true },
        ],
      }),
    ) as HttpError;
    expect(error.message).toBe('lotsen.errors.VALIDATION_FAILED');
    expect(error.body.errors).toEqual({
      email: 'must be an email too long',
      'stadtteile.0': 'empty',
      root: { serverError: 'lotsen.errors.VALIDATION_FAILED' },
    });
  });

  it('marks the email field when the address is taken', () => {
    const error = toLotsenError(
      new HttpError('taken', 409, { statusCode: 409, code: 'EMAIL_IN_USE', message: 'taken' }),
    ) as HttpError;
    expect(error.body.errors.email).toBe('lotsen.errors.EMAIL_IN_USE');
  });

  it('puts the advice for a common password on the password field', () => {
    const error = toLotsenError(
      new HttpError('weak', 400, {
        statusCode: 400,
        code: 'WEAK_PASSWORD',
        message: 'weak',
        details: [{ field: 'password', messages: ['is one of the 10,000 most common passwords'] }],
      }),
    ) as HttpError;
    expect(error.message).toBe('lotsen.errors.WEAK_PASSWORD');
    expect(error.body.errors).toEqual({
      password: 'lotsen.errors.WEAK_PASSWORD',
      root: { serverError: 'lotsen.errors.WEAK_PASSWORD' },
    });
  });

  it('names errors without a body by their status', () => {
    expect((toLotsenError(new HttpError('Bad Gateway', 502, null)) as HttpError).message).toBe(
      'lotsen.errors.SERVICE_UNAVAILABLE',
    );
    expect((toLotsenError(new TypeError('Failed to fetch')) as HttpError).message).toBe(
      'lotsen.network_error',
    );
  });
});
