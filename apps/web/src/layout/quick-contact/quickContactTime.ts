/**
 * When a quick contact happened (issue 25.2): now, some minutes ago, or at a time of today — so
 * that a walk-in is logged afterwards with the right time. Never in the future (the API refuses it).
 */
export type QuickContactWhen =
  { kind: 'now' } | { kind: 'ago'; minutes: number } | { kind: 'time'; time: string };

/** The "vor … Min." choices. */
export const AGO_MINUTES = [15, 30, 60] as const;

export type WhenProblem = 'invalid' | 'future';

/** `occurredAt` for the API (null: now, the API's default), or why there is none. */
export function occurredAtOf(
  when: QuickContactWhen,
  now: Date = new Date(),
): { occurredAt: string | null; problem: WhenProblem | null } {
  switch (when.kind) {
    case 'now':
      return { occurredAt: null, problem: null };
    case 'ago':
      return { occurredAt: new Date(now.getTime() - when.minutes * 60000).toISOString(), problem: null };
    case 'time': {
      const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(when.time);
      if (!match) return { occurredAt: null, problem: 'invalid' };
      const at = new Date(now);
      at.setHours(Number(match[1]), Number(match[2]), 0, 0);
      if (at.getTime() > now.getTime()) return { occurredAt: null, problem: 'future' };
      return { occurredAt: at.toISOString(), problem: null };
    }
  }
}
