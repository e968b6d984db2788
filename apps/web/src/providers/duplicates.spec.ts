import { HttpError } from 'react-admin';
import { duplicateFamilyId, possibleDuplicatesOf } from './duplicates';
import { toLotsenError } from './errors';

const duplicateBody = {
  statusCode: 409,
  code: 'POSSIBLE_DUPLICATE',
  message: 'possible duplicate',
  possibleDuplicates: [
    { id: 'f1', name: 'Familie Meyer', districtId: 'd1' },
    { id: 'f2', name: 'Familie Maier', districtId: null },
    { nonsense: true },
  ],
};

describe('possibleDuplicatesOf', () => {
  it('reads the possible duplicates of a 409 POSSIBLE_DUPLICATE, after the error translation', () => {
    const error = toLotsenError(new HttpError('possible duplicate', 409, duplicateBody));
    expect((error as HttpError).message).toBe('lotsen.errors.POSSIBLE_DUPLICATE');
    expect(possibleDuplicatesOf(error)).toEqual([
      { id: 'f1', name: 'Familie Meyer', districtId: 'd1', familyId: null },
      { id: 'f2', name: 'Familie Maier', districtId: null, familyId: null },
    ]);
  });

  it('is null for every other error', () => {
    expect(possibleDuplicatesOf(new HttpError('stale', 409, { code: 'STALE_VERSION' }))).toBeNull();
    expect(possibleDuplicatesOf(new HttpError('x', 400, { ...duplicateBody, statusCode: 400 }))).toBeNull();
    expect(possibleDuplicatesOf(new Error('network'))).toBeNull();
    expect(possibleDuplicatesOf(null)).toBeNull();
  });

  it('links a person’s duplicate to that person’s family when the API names it', () => {
    const [duplicate] =
      possibleDuplicatesOf(
        new HttpError('dup', 409, {
          code: 'POSSIBLE_DUPLICATE',
          possibleDuplicates: [{ id: 'p9', name: 'Familie Yılmaz', districtId: 'd2', familyId: 'f7' }],
        }),
      ) ?? [];
    expect(duplicateFamilyId(duplicate)).toBe('f7');
    expect(duplicateFamilyId({ id: 'f1', name: 'A', districtId: null })).toBe('f1');
  });
});
