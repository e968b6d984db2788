import {
  berlinUtcOffsetHours,
  formatOpeningSchedule,
  isOpenAt,
  openingScheduleProblems,
  parseOpeningHours,
  type OpeningSlot,
} from './opening-schedule';

const slot = (day: OpeningSlot['day'], opens: string, closes: string): OpeningSlot => ({
  day,
  opens,
  closes,
});

describe('opening schedules', () => {
  it('reads the common German notes of the demo directory, and nothing it does not fully understand', () => {
    expect(parseOpeningHours('Mo–Fr 9–12 Uhr, Mi 15–17 Uhr')).toEqual([
      slot('mo', '09:00', '12:00'),
      slot('tu', '09:00', '12:00'),
      slot('we', '09:00', '12:00'),
      slot('we', '15:00', '17:00'),
      slot('th', '09:00', '12:00'),
      slot('fr', '09:00', '12:00'),
    ]);
    expect(parseOpeningHours('Di 9–12 und 14–18 Uhr, Do 9–12 Uhr')).toEqual([
      slot('tu', '09:00', '12:00'),
      slot('tu', '14:00', '18:00'),
      slot('th', '09:00', '12:00'),
    ]);
    expect(parseOpeningHours('Mo, Mi 9–16 Uhr, Do 12–18 Uhr')).toEqual([
      slot('mo', '09:00', '16:00'),
      slot('we', '09:00', '16:00'),
      slot('th', '12:00', '18:00'),
    ]);
    expect(parseOpeningHours('Mo–Fr 8–16 Uhr; Kinderschutz-Notruf rund um die Uhr')).toHaveLength(5);
    for (const vague of [
      'nach Terminvereinbarung',
      'jeden 2. und 4. Mittwoch 10–12 Uhr',
      'in den Schulferien Mo–Fr 9–15 Uhr',
      'Mo–Fr 9–15 Uhr, Do bis 18 Uhr',
      'Mo–Fr 9–17 Uhr nach Termin',
      'rund um die Uhr erreichbar',
      'Mo, Di, Do 8–12 Uhr, Di 8–18 Uhr',
      '',
      null,
    ])
      expect([vague, parseOpeningHours(vague)]).toEqual([vague, null]);
  });

  it('refuses what would be wrong hours: overlaps, end before start, unknown days, extra fields', () => {
    expect(openingScheduleProblems([slot('mo', '09:00', '12:00'), slot('mo', '11:00', '13:00')])).toEqual([
      'Mo: Zeitfenster überschneiden sich.',
    ]);
    expect(openingScheduleProblems([slot('mo', '12:00', '09:00')])).toEqual([
      'Zeitfenster 1: Ende nach dem Beginn.',
    ]);
    expect(openingScheduleProblems([{ day: 'xx', opens: '09:00', closes: '10:00' }])).toEqual([
      'Zeitfenster 1: unbekannter Wochentag.',
    ]);
    expect(openingScheduleProblems([{ ...slot('mo', '9:00', '10:00') }])).toEqual([
      'Zeitfenster 1: Beginn als HH:MM.',
    ]);
    expect(openingScheduleProblems([{ ...slot('mo', '09:00', '10:00'), note: 'x' }])).toEqual([
      'Zeitfenster 1: nur Tag, Beginn und Ende.',
    ]);
    expect(openingScheduleProblems('Mo 9–12')).toEqual(['Öffnungszeiten müssen eine Liste sein.']);
    expect(openingScheduleProblems([slot('mo', '09:00', '12:00'), slot('mo', '12:00', '24:00')])).toEqual([]);
  });

  it('is open in Potsdam time: winter and summer, the opening minute in, the closing minute out', () => {
    const slots = [slot('mo', '09:00', '12:00')];
    // Monday 7 December 2026, 09:00 in Berlin = 08:00 UTC (winter)
    expect(isOpenAt(slots, new Date('2026-12-07T08:00:00Z'))).toBe(true);
    expect(isOpenAt(slots, new Date('2026-12-07T07:59:00Z'))).toBe(false);
    expect(isOpenAt(slots, new Date('2026-12-07T11:00:00Z'))).toBe(false);
    // Monday 6 July 2026, 11:59 in Berlin = 09:59 UTC (summer)
    expect(isOpenAt(slots, new Date('2026-07-06T09:59:00Z'))).toBe(true);
    expect(isOpenAt(slots, new Date('2026-07-07T09:59:00Z'))).toBe(false); // a Tuesday
    expect([
      berlinUtcOffsetHours(new Date('2026-12-07T08:00:00Z')),
      berlinUtcOffsetHours(new Date('2026-07-06T08:00:00Z')),
    ]).toEqual([1, 2]);
  });

  it('formats as one German line, Monday first', () => {
    expect(
      formatOpeningSchedule([
        slot('th', '09:00', '12:00'),
        slot('tu', '14:00', '18:00'),
        slot('tu', '09:00', '12:00'),
      ]),
    ).toBe('Di 09:00–12:00, 14:00–18:00; Do 09:00–12:00');
  });
});
