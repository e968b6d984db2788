import { actionFor, RESOURCES } from './resources';
import { ACTIONS } from './policy';

describe('resource → action table', () => {
  it('names only actions of the policy', () => {
    for (const actions of Object.values(RESOURCES)) {
      for (const action of Object.values(actions)) expect(ACTIONS).toContain(action);
    }
  });

  it('answers null for unknown resources and accesses', () => {
    expect(actionFor('users', 'list')).toBe('user.read');
    expect(actionFor('users', 'delete')).toBeNull();
    expect(actionFor('need-categories', 'delete')).toBe('needCategory.delete');
    expect(actionFor('nope', 'list')).toBeNull();
  });
});
