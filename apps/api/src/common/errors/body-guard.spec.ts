import { BODY_DEPTH_MAX, bodyProblem } from './body-guard';

describe('bodyProblem (bodies no DTO accepts, refused before validation)', () => {
  it('accepts the bodies of the API: flat objects, arrays of objects, unicode', () => {
    expect(bodyProblem({ name: 'Familie Çelik', needs: [{ categoryKey: 'wohngeld' }], n: 1 })).toBeNull();
    expect(bodyProblem(undefined)).toBeNull();
  });

  it('refuses 10,000 levels of nesting without overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(10000) + ']'.repeat(10000)) as unknown;
    expect(bodyProblem(deep)).toEqual({
      field: expect.any(String),
      message: `nested deeper than ${BODY_DEPTH_MAX} levels`,
    });
    const deepObject = JSON.parse('{"a":'.repeat(10000) + '1' + '}'.repeat(10000)) as unknown;
    expect(bodyProblem({ name: deepObject })?.message).toMatch(/nested deeper/);
  });

  it('refuses NUL in a string or a key, which PostgreSQL text cannot store', () => {
    expect(bodyProblem({ name: 'a\u0000b' })).toEqual({
      field: 'name',
      message: 'must not contain NUL characters',
    });
    expect(bodyProblem({ needs: [{ description: '\u0000' }] })?.field).toBe('needs.0.description');
    expect(bodyProblem({ 'a\u0000': 1 })?.message).toMatch(/keys/);
  });
});
