import {
  CALLBACK_CONSENT_TEXTS,
  CALLBACK_LIMITS,
  CALLBACK_MOVES,
  CALLBACK_PHONE_PATTERN,
  CALLBACK_STATUSES,
  callbackErasableFrom,
  callbackFormAge,
  callbackMayBecomeContact,
  callbackMove,
  callbackTopicCategories,
  callbackTopicLabelDe,
  lifeSituationTopics,
  parseCallbackTopic,
} from './callback';
import { PORTAL_LANGS } from './languages';
import { LIFE_SITUATIONS } from './life-situations';

const SERVICE = '3f2b1c0a-1234-4abc-9def-0123456789ab';

describe('Rückruf erbitten: the rules of libs/domain', () => {
  it('has a consent text in every portal language, each naming the 30 days', () => {
    for (const lang of PORTAL_LANGS) {
      expect([lang, CALLBACK_CONSENT_TEXTS[lang].length > 100]).toEqual([lang, true]);
      expect([lang, CALLBACK_CONSENT_TEXTS[lang]]).toEqual([lang, expect.stringMatching(/30/)]);
    }
  });

  it('judges a form by its age: under 3 s too fast, over 2 h expired, in between ok', () => {
    const now = 1_800_000_000_000;
    expect(callbackFormAge(now, now)).toBe('too_fast');
    expect(callbackFormAge(now - 2_999, now)).toBe('too_fast');
    expect(callbackFormAge(now + 60_000, now)).toBe('too_fast'); // issued in the future
    expect(callbackFormAge(now - 3_000, now)).toBe('ok');
    expect(callbackFormAge(now - CALLBACK_LIMITS.maxAgeMs, now)).toBe('ok');
    expect(callbackFormAge(now - CALLBACK_LIMITS.maxAgeMs - 1, now)).toBe('expired');
  });

  it('parses the three kinds of topic and nothing else', () => {
    expect(parseCallbackTopic('sonstiges')).toEqual({ kind: 'sonstiges' });
    expect(parseCallbackTopic('lebenslage:kinderbetreuung')).toEqual({
      kind: 'lebenslage',
      key: 'kinderbetreuung',
    });
    expect(parseCallbackTopic(`leistung:${SERVICE}`)).toEqual({ kind: 'leistung', id: SERVICE });
    for (const bad of [
      'lebenslage:mond',
      'leistung:42',
      'lebenslage',
      'lebenslage:schule:x',
      '',
      'Sonstiges',
    ]) {
      expect([bad, parseCallbackTopic(bad)]).toEqual([bad, null]);
    }
  });

  it('offers every life situation as a topic, labelled in the language', () => {
    const uk = lifeSituationTopics('uk');
    expect(uk).toHaveLength(LIFE_SITUATIONS.length);
    expect(uk[0]).toEqual({
      value: `lebenslage:${LIFE_SITUATIONS[0].key}`,
      label: LIFE_SITUATIONS[0].labels.uk,
    });
  });

  it('gives a contact the main category of a life situation, a service its own, "sonstiges" none', () => {
    const childcare = LIFE_SITUATIONS.find((s) => s.key === 'kinderbetreuung');
    expect(callbackTopicCategories(parseCallbackTopic('lebenslage:kinderbetreuung'))).toEqual([
      childcare?.categoryKeys[0],
    ]);
    expect(
      callbackTopicCategories(parseCallbackTopic(`leistung:${SERVICE}`), [
        'wohngeld',
        'wohngeld',
        'schulden',
      ]),
    ).toEqual(['wohngeld', 'schulden']);
    expect(callbackTopicCategories(parseCallbackTopic('sonstiges'))).toEqual([]);
    expect(callbackTopicCategories(null)).toEqual([]);
  });

  it('labels topics in German for the staff app', () => {
    expect(callbackTopicLabelDe('lebenslage:schule')).toBe('Schule');
    expect(callbackTopicLabelDe(`leistung:${SERVICE}`, 'Wohngeld')).toBe('Leistung: Wohngeld');
    expect(callbackTopicLabelDe('sonstiges')).toBe('Sonstiges');
  });

  it('moves open → taken → done and open|taken → closed, nothing else', () => {
    const allowed = CALLBACK_STATUSES.flatMap((from) =>
      CALLBACK_MOVES.map((move) => `${from} ${move} → ${callbackMove(from, move) ?? '-'}`),
    );
    expect(allowed).toEqual([
      'open take → taken',
      'open done → -',
      'open close → closed',
      'taken take → -',
      'taken done → done',
      'taken close → closed',
      'done take → -',
      'done done → -',
      'done close → -',
      'closed take → -',
      'closed done → -',
      'closed close → -',
    ]);
  });

  it('turns a request into a contact once, and never a closed one', () => {
    expect(callbackMayBecomeContact({ status: 'taken', contactId: null })).toBe(true);
    expect(callbackMayBecomeContact({ status: 'done', contactId: null })).toBe(true);
    expect(callbackMayBecomeContact({ status: 'done', contactId: SERVICE })).toBe(false);
    expect(callbackMayBecomeContact({ status: 'closed', contactId: null })).toBe(false);
  });

  it('erases an untaken request 30 days after it came, a done or closed one 30 days after, a taken one never', () => {
    const day = (d: string) => new Date(`${d}T10:00:00Z`);
    const base = { createdAt: day('2026-01-01'), doneAt: null, closedAt: null };
    expect(callbackErasableFrom({ ...base, status: 'open' })).toEqual(day('2026-01-31'));
    expect(callbackErasableFrom({ ...base, status: 'taken' })).toBeNull();
    expect(callbackErasableFrom({ ...base, status: 'done', doneAt: day('2026-02-10') })).toEqual(
      day('2026-03-12'),
    );
    expect(callbackErasableFrom({ ...base, status: 'closed', closedAt: day('2026-01-02') })).toEqual(
      day('2026-02-01'),
    );
  });

  it('takes phone numbers as families type them, with at least five digits', () => {
    for (const ok of ['0331 123456', '+49 331 1234-56', '(0331) 289/1234', '01761234567']) {
      expect([ok, CALLBACK_PHONE_PATTERN.test(ok)]).toEqual([ok, true]);
    }
    for (const bad of ['1234', 'call me', '0331 abc', '+49 331 123 456 789 012 345 678 901 2', '<script>']) {
      expect([bad, CALLBACK_PHONE_PATTERN.test(bad)]).toEqual([bad, false]);
    }
  });
});
