import { REFERRAL_MESSAGE_LIMITS } from '@lotsen/domain';
import { messageHintKey, sideOf } from './messageThread';

describe('the message form of a referral', () => {
  it('hints before sending what the API would refuse: too long, HTML', () => {
    expect(messageHintKey('Termin am Dienstag?')).toBeNull();
    expect(messageHintKey('Kind < 3 Jahre')).toBeNull();
    expect(messageHintKey('')).toBeNull(); // empty: the button stays disabled, no hint
    expect(messageHintKey('<b>fett</b>')?.key).toBe('resources.referrals.messages.html');
    expect(messageHintKey('x'.repeat(REFERRAL_MESSAGE_LIMITS.textMax + 1))).toEqual({
      key: 'resources.referrals.messages.tooLong',
      max: REFERRAL_MESSAGE_LIMITS.textMax,
    });
  });

  it('writes for the provider as a provider user, for the office as staff', () => {
    expect(sideOf('provider')).toBe('provider');
    expect(sideOf('counsellor')).toBe('office');
    expect(sideOf('team_lead')).toBe('office');
    expect(sideOf(undefined)).toBe('office');
  });
});
