import { addWeeks, lastCompleteWeek } from '@lotsen/domain';
import { JOB_QUEUE, JobName } from '../jobs/job-types';
import { berlinDate } from '../jobs/schedules';
import { berlinTime, DAY_MS, iso } from './demo-calendar';
import { DEMO_CASE_WORK_OFFICES, DEMO_SCHLAATZ_COUNSELLOR } from './demo-offices-users';
import type { DemoStep } from './demo-step';
import { Random } from './random';

/**
 * The demo's early warning (issue 20.7, docs/signals.md): unmet Kita-Platz needs in Schlaatz
 * (SR6) rise over the last six complete weeks — anonymous walk-ins of the Schlaatz office, each
 * with one need "Kita-Platz / Kita-Gutschein" left unmet (waiting list), on top of the year of
 * case work before and a few such needs in the baseline weeks. Deterministic: the same rows for
 * the same day.
 *
 * The step also puts one run of the early-warning job into the outbox, so that the worker's first
 * start tests the last complete week at once (not at the next 04:15), and the analyst finds one
 * open signal and the team lead's bell a notice on the first `npm start`.
 */
export const DEMO_EARLY_WARNING_SEED = 'lotsen-demo-early-warning-v1';

/** Unmet Kita needs added per week, oldest of the six weeks first. */
export const DEMO_RISE_PER_WEEK = [2, 3, 3, 4, 4, 5] as const;

/**
 * Before the rise, one unmet Kita need every third week of the 26 baseline weeks: a baseline of
 * at least 5 needs, so that the signal's baseline rate, ratio and p-value pass suppression.
 */
export const DEMO_BASELINE_EVERY = 3;

export interface DemoRiseContact {
  phase: 'baseline' | 'rise';
  id: string;
  needId: string;
  occurredAt: string;
  channel: 'walk_in' | 'phone';
  durationMinutes: number;
}

/** The contacts of the rise, from the Berlin day `today` (`YYYY-MM-DD`). Pure. */
export function buildEarlyWarningRise(today: string, seed = DEMO_EARLY_WARNING_SEED): DemoRiseContact[] {
  const rng = new Random(seed);
  const last = lastCompleteWeek(today);
  const contacts: DemoRiseContact[] = [];
  const add = (phase: DemoRiseContact['phase'], week: string) => {
    const monday = Math.floor(Date.parse(`${week}T00:00:00Z`) / DAY_MS);
    const day = monday + rng.int(0, 4); // Monday to Friday
    const at = berlinTime(day, rng.int(9, 15), rng.pick([0, 15, 30, 45]));
    contacts.push({
      phase,
      id: rng.uuid(),
      needId: rng.uuid(),
      occurredAt: iso(at),
      channel: rng.chance(0.7) ? 'walk_in' : 'phone',
      durationMinutes: rng.int(10, 30),
    });
  };
  for (let i = -31; i <= -6; i += DEMO_BASELINE_EVERY) add('baseline', addWeeks(last, i));
  DEMO_RISE_PER_WEEK.forEach((n, i) => {
    for (let k = 0; k < n; k++) add('rise', addWeeks(last, i - 5));
  });
  return contacts;
}

export const demoEarlyWarningStep: DemoStep = {
  name: 'demo-early-warning-v1',
  async run(em) {
    const rise = buildEarlyWarningRise(berlinDate());
    const [ref] = (await em.query(
      `SELECT (SELECT id FROM offices WHERE name = $1) AS office,
              (SELECT id FROM users WHERE lower(email) = lower($2)) AS counsellor,
              (SELECT id FROM districts WHERE code = 'SR6') AS district`,
      [DEMO_CASE_WORK_OFFICES.schlaatz, DEMO_SCHLAATZ_COUNSELLOR],
    )) as { office: string | null; counsellor: string | null; district: string | null }[];
    if (!ref.office || !ref.counsellor || !ref.district) return [];
    await em.query(
      `INSERT INTO contacts (id, office_id, counsellor_id, occurred_at, channel, duration_minutes, district_id,
                             summary, created_at, updated_at)
       SELECT r.id, $2, $3, r.at, r.channel, r.minutes, $4, 'Information: Kita-Platz / Kita-Gutschein', r.at, r.at
         FROM unnest($1::uuid[], $5::timestamptz[], $6::text[], $7::int[]) AS r (id, at, channel, minutes)`,
      [
        rise.map((c) => c.id),
        ref.office,
        ref.counsellor,
        ref.district,
        rise.map((c) => c.occurredAt),
        rise.map((c) => c.channel),
        rise.map((c) => c.durationMinutes),
      ],
    );
    await em.query(
      `INSERT INTO needs (id, contact_id, office_id, category_key, urgency, status, unmet_reason, identified_at,
                          resolved_at, created_by_id, created_at, updated_at)
       SELECT r.id, r.contact, $2, 'kita_gutschein', 'normal', 'unmet', 'waitlist', r.at, r.at, $3, r.at, r.at
         FROM unnest($1::uuid[], $4::uuid[], $5::timestamptz[]) AS r (id, contact, at)`,
      [
        rise.map((c) => c.needId),
        ref.office,
        ref.counsellor,
        rise.map((c) => c.id),
        rise.map((c) => c.occurredAt),
      ],
    );
    // the first test runs when the worker starts (the outbox relay), not a week later
    await em.query(
      `INSERT INTO outbox (queue, job, payload, dedupe_key) VALUES ($1, $2, '{}'::jsonb, 'demo-early-warning')
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [JOB_QUEUE[JobName.EarlyWarning], JobName.EarlyWarning],
    );
    return [];
  },
};
