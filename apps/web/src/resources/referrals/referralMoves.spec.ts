import { DECLINE_REASONS, REFERRAL_STATUSES, nextStatuses } from '@lotsen/domain';
import {
  availableMoves,
  declineReasonsFor,
  inputFor,
  isReferable,
  splitStaffMoves,
  transitionBody,
} from './referralMoves';

const STAFF = { canWrite: true, canRespond: true };
const PROVIDER = { canWrite: false, canRespond: true };
const NOBODY = { canWrite: false, canRespond: false };

describe('availableMoves', () => {
  it('offers office staff every move nextStatuses() allows', () => {
    for (const status of REFERRAL_STATUSES) {
      expect(availableMoves(status, STAFF)).toEqual(nextStatuses(status));
    }
  });

  it('gives the buttons of each state', () => {
    expect(availableMoves('draft', STAFF)).toEqual(['sent', 'cancelled']);
    expect(availableMoves('sent', STAFF)).toEqual(['accepted', 'declined', 'cancelled', 'returned']);
    expect(availableMoves('accepted', STAFF)).toEqual([
      'in_progress',
      'completed',
      'cancelled',
      'not_taken_up',
      'returned',
    ]);
    expect(availableMoves('in_progress', STAFF)).toEqual(['completed', 'not_taken_up']);
    for (const final of ['completed', 'declined', 'cancelled', 'not_taken_up', 'returned']) {
      expect(availableMoves(final, STAFF)).toEqual([]);
    }
  });

  it('offers a provider user only the provider’s answers, never send or cancel', () => {
    expect(availableMoves('draft', PROVIDER)).toEqual([]);
    // issue 21.5: "Zurück an das Familienbüro" beside declining
    expect(availableMoves('sent', PROVIDER)).toEqual(['accepted', 'declined', 'returned']);
    expect(availableMoves('accepted', PROVIDER)).toEqual([
      'in_progress',
      'completed',
      'not_taken_up',
      'returned',
    ]);
    expect(availableMoves('in_progress', PROVIDER)).toEqual(['completed', 'not_taken_up']);
  });

  it('offers nothing without permission or for an unknown status', () => {
    for (const status of REFERRAL_STATUSES) expect(availableMoves(status, NOBODY)).toEqual([]);
    expect(availableMoves('lost', STAFF)).toEqual([]);
    expect(availableMoves(undefined, STAFF)).toEqual([]);
  });
});

describe('inputFor', () => {
  it('asks a reason to decline, an outcome to complete and a confirmation to end otherwise', () => {
    expect(inputFor('declined')).toBe('decline_reason');
    expect(inputFor('completed')).toBe('outcome');
    expect(inputFor('cancelled')).toBe('confirm');
    expect(inputFor('not_taken_up')).toBe('confirm');
    expect(inputFor('sent')).toBe('none');
    expect(inputFor('accepted')).toBe('none');
    expect(inputFor('in_progress')).toBe('none');
  });
});

describe('declineReasonsFor', () => {
  it('gives provider users their reasons and "other", staff every reason', () => {
    expect(declineReasonsFor('provider')).toEqual(['no_capacity', 'not_eligible', 'out_of_area', 'other']);
    expect(declineReasonsFor('staff')).toEqual(DECLINE_REASONS);
  });
});

describe('transitionBody', () => {
  it('sends the target, and the note only when there is one', () => {
    expect(transitionBody('draft', 'sent')).toEqual({ body: { to: 'sent' }, problem: null });
    expect(transitionBody('sent', 'accepted', { note: '  Termin am Montag ' })).toEqual({
      body: { to: 'accepted', note: 'Termin am Montag' },
      problem: null,
    });
  });

  it('needs an outcome to complete and a reason to decline, and carries each only there', () => {
    expect(transitionBody('in_progress', 'completed')).toEqual({ body: null, problem: 'outcome_required' });
    expect(transitionBody('sent', 'declined', { outcome: 'successful' })).toEqual({
      body: null,
      problem: 'decline_reason_required',
    });
    expect(transitionBody('in_progress', 'completed', { outcome: 'partly', declineReason: 'other' })).toEqual(
      { body: { to: 'completed', outcome: 'partly' }, problem: null },
    );
    expect(transitionBody('sent', 'declined', { declineReason: 'no_capacity', outcome: 'partly' })).toEqual({
      body: { to: 'declined', declineReason: 'no_capacity' },
      problem: null,
    });
  });

  it('refuses a move the state machine forbids', () => {
    expect(transitionBody('draft', 'completed', { outcome: 'successful' })).toEqual({
      body: null,
      problem: 'illegal_transition',
    });
  });
});

describe('isReferable', () => {
  it('offers "Vermitteln" for open, unmet and referred needs (a second provider in parallel), not for done ones', () => {
    expect(isReferable({ status: 'open' })).toBe(true);
    expect(isReferable({ status: 'unmet' })).toBe(true);
    expect(isReferable({ status: 'referred' })).toBe(true);
    for (const status of ['met', 'withdrawn', undefined]) expect(isReferable({ status })).toBe(false);
    expect(isReferable(undefined)).toBe(false);
  });
});

describe('staff recording a provider’s answer (issue 25.8)', () => {
  it('groups the provider’s answers apart from the office’s own moves', () => {
    expect(splitStaffMoves(['accepted', 'declined', 'cancelled'])).toEqual({
      own: ['cancelled'],
      answers: ['accepted', 'declined'],
    });
    expect(splitStaffMoves(['sent', 'cancelled'])).toEqual({ own: ['sent', 'cancelled'], answers: [] });
  });

  it('sends the channel with an answer, never with the office’s own move', () => {
    expect(transitionBody('sent', 'accepted', { channel: 'phone' })).toEqual({
      body: { to: 'accepted', channel: 'phone' },
      problem: null,
    });
    expect(transitionBody('sent', 'cancelled', { channel: 'phone' })).toEqual({
      body: { to: 'cancelled' },
      problem: null,
    });
  });

  it('completes straight from accepted with an outcome', () => {
    expect(availableMoves('accepted', { canWrite: false, canRespond: true })).toContain('completed');
    expect(transitionBody('accepted', 'completed', { outcome: 'successful' }).problem).toBeNull();
  });
});
