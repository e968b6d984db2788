import { contactCorrection } from './contact-correction';

describe('who corrects or cancels a contact (issue 25.1)', () => {
  const recorded = new Date('2026-12-01T10:00:00Z');
  const contact = { counsellorId: 'anna', createdAt: recorded.toISOString() };
  const hoursLater = (h: number) => new Date(recorded.getTime() + h * 3600 * 1000);

  it('its author within 24 hours, not later', () => {
    expect(contactCorrection({ id: 'anna', role: 'counsellor' }, contact, hoursLater(23.9))).toBe('allowed');
    expect(contactCorrection({ id: 'anna', role: 'counsellor' }, contact, hoursLater(24.1))).toBe(
      'window_closed',
    );
  });

  it('a team lead at any time; another counsellor never', () => {
    expect(contactCorrection({ id: 'lea', role: 'team_lead' }, contact, hoursLater(500))).toBe('allowed');
    expect(contactCorrection({ id: 'ben', role: 'counsellor' }, contact, hoursLater(1))).toBe('not_author');
  });
});
