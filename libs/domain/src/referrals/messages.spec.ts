import { messageTextProblem, REFERRAL_MESSAGE_LIMITS } from './messages';

describe('the text of a referral message', () => {
  it('is plain text of 1 to textMax characters', () => {
    expect(messageTextProblem('Termin am Montag um 10 Uhr?')).toBeNull();
    expect(messageTextProblem('x'.repeat(REFERRAL_MESSAGE_LIMITS.textMax))).toBeNull();
    expect(messageTextProblem('x'.repeat(REFERRAL_MESSAGE_LIMITS.textMax + 1))).toBe('too_long');
    expect(messageTextProblem('   ')).toBe('required');
    expect(messageTextProblem(undefined)).toBe('required');
  });

  it('holds no HTML; a lone "<" is text', () => {
    for (const html of [
      '<b>fett</b>',
      'a </p> b',
      '<img src=x onerror=alert(1)>',
      '<!-- x -->',
      '< script>',
    ]) {
      expect(messageTextProblem(html)).toBe('html');
    }
    for (const text of ['Kind < 3 Jahre', '<3', 'a<b', '1 < 2 > 0']) {
      expect(messageTextProblem(text)).toBeNull();
    }
  });
});
