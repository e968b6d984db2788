import { findPersonalData } from '@lotsen/domain';
import { ANONYMOUS_SUMMARIES, NEED_DESCRIPTIONS } from './demo-case-work-texts';

/**
 * The rule that keeps anonymous texts anonymous (issue 24.7) must not refuse the everyday topics
 * a front desk writes: every anonymous topic and need description of the demo passes it.
 */
describe('demo texts of anonymous contacts', () => {
  const texts = [...Object.values(ANONYMOUS_SUMMARIES).flat(), ...Object.values(NEED_DESCRIPTIONS).flat()];

  it('has texts to check', () => {
    expect(texts.length).toBeGreaterThan(20);
  });

  it.each(texts)('passes findPersonalData: %s', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});
