import {
  checkManualNeedChange,
  isResolved,
  MANUAL_NEED_TRANSITIONS,
  NEED_STATUSES,
  needStatusFromReferrals,
} from './need-status';

describe('need status rules', () => {
  describe('from referrals', () => {
    it('open → referred when a referral is sent', () => {
      expect(needStatusFromReferrals('open', [{ status: 'sent' }])).toBe('referred');
    });
    it('a draft referral changes nothing', () => {
      expect(needStatusFromReferrals('open', [{ status: 'draft' }])).toBe('open');
    });
    it('referred → met when a referral is completed with outcome successful', () => {
      expect(needStatusFromReferrals('referred', [{ status: 'completed', outcome: 'successful' }])).toBe(
        'met',
      );
      expect(
        needStatusFromReferrals('referred', [
          { status: 'declined' },
          { status: 'completed', outcome: 'successful' },
        ]),
      ).toBe('met');
    });
    it('stays referred while another referral is still running', () => {
      expect(needStatusFromReferrals('referred', [{ status: 'declined' }, { status: 'accepted' }])).toBe(
        'referred',
      );
    });
    it('back to open when all referrals ended without success', () => {
      expect(
        needStatusFromReferrals('referred', [
          { status: 'declined' },
          { status: 'cancelled' },
          { status: 'not_taken_up' },
          { status: 'completed', outcome: 'unsuccessful' },
        ]),
      ).toBe('open');
      expect(needStatusFromReferrals('referred', [{ status: 'completed', outcome: 'partly' }])).toBe('open');
    });
    it('keeps a status set by hand when no referral is active or successful', () => {
      expect(needStatusFromReferrals('unmet', [{ status: 'declined' }])).toBe('unmet');
      expect(needStatusFromReferrals('withdrawn', [])).toBe('withdrawn');
      expect(needStatusFromReferrals('met', [])).toBe('met');
    });
  });

  describe('changes by hand', () => {
    it('unmet needs a reason, and only unmet takes one', () => {
      expect(checkManualNeedChange('open', 'unmet', null)).toBe('unmet_reason_required');
      expect(checkManualNeedChange('open', 'unmet', 'no_offer')).toBeNull();
      expect(checkManualNeedChange('open', 'withdrawn', 'no_offer')).toBe('unmet_reason_not_allowed');
    });
    it('never sets referred by hand, and never leaves referred except by withdrawing', () => {
      for (const from of NEED_STATUSES) {
        if (from !== 'referred')
          expect(checkManualNeedChange(from, 'referred', null)).toBe('illegal_transition');
      }
      expect(checkManualNeedChange('referred', 'open', null)).toBe('illegal_transition');
      expect(checkManualNeedChange('referred', 'withdrawn', null)).toBeNull();
    });
    it('lists a move for every status', () => {
      expect(Object.keys(MANUAL_NEED_TRANSITIONS).sort()).toEqual([...NEED_STATUSES].sort());
    });
    it('met, unmet and withdrawn are resolved', () => {
      expect(NEED_STATUSES.filter(isResolved)).toEqual(['met', 'unmet', 'withdrawn']);
    });
  });
});
