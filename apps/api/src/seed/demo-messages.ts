import type { EntityManager } from 'typeorm';
import { PROVIDER_VISIBLE } from '../modules/referrals/referral-views';
import { DEMO_PROVIDER_USER } from './demo-offices-users';
import type { DemoStep } from './demo-step';

type Side = 'office' | 'provider';

/**
 * Threads of the demo (issue 21.6): short exchanges as office and provider write them — a time
 * to call, a waiting list, an appointment. No names and nothing a family told in confidence.
 */
export const DEMO_THREADS: readonly (readonly [Side, string])[][] = [
  [
    [
      'provider',
      'Guten Tag, wir haben die Vermittlung erhalten. Ist die Familie eher vormittags oder nachmittags erreichbar?',
    ],
    ['office', 'Vormittags bis 12 Uhr, am besten telefonisch. Eine Dolmetscherin ist nicht nötig.'],
    ['provider', 'Danke, wir rufen morgen an und melden uns nach dem Erstgespräch.'],
  ],
  [
    ['office', 'Die Familie bittet wegen der Arbeitszeiten um einen Termin nach 15 Uhr.'],
    ['provider', 'Das geht donnerstags. Wir schlagen der Familie den nächsten Donnerstag vor.'],
  ],
  [
    [
      'provider',
      'Wir haben derzeit eine Warteliste von etwa drei Wochen. Sollen wir die Familie trotzdem aufnehmen?',
    ],
    ['office', 'Ja, bitte aufnehmen. Wir besprechen mit der Familie, was bis dahin hilft.'],
  ],
  [
    ['office', 'Kurze Rückfrage: Hat die Familie den Termin wahrgenommen?'],
    ['provider', 'Ja, das Erstgespräch hat stattgefunden. Ein zweiter Termin ist vereinbart.'],
    ['office', 'Danke für die Rückmeldung!'],
  ],
];

/**
 * The demo step: threads on a few warm referrals the provider sees (sent, consent valid) — the
 * first ones of the demo provider (`traeger@familienbuero.example`), so its start page shows
 * conversations, and one of another provider. Office messages are written by the referral's
 * counsellor, the demo provider's by its user; another provider has no demo user (author
 * unknown, shown as "Träger"). Each message lies between the referral's sending and now.
 */
export const demoMessagesStep: DemoStep = {
  name: 'demo-referral-messages-v1',
  async run(em: EntityManager) {
    const [providerUser]: { id: string; provider_id: string }[] = await em.query(
      `SELECT id, provider_id FROM users WHERE email = $1`,
      [DEMO_PROVIDER_USER],
    );
    if (!providerUser) return [];
    const visible = (own: boolean, limit: number): Promise<{ id: string; counsellor_id: string }[]> =>
      em.query(
        `SELECT r.id, r.counsellor_id FROM referrals r
          WHERE ${PROVIDER_VISIBLE} AND r.sent_at < now() - interval '1 day'
            AND ${own ? 'r.provider_id = $1' : 'r.provider_id <> $1'}
          ORDER BY r.sent_at DESC, r.id LIMIT ${limit}`,
        [providerUser.provider_id],
      );
    const chosen = [
      ...(await visible(true, DEMO_THREADS.length - 1)).map((r) => ({ ...r, own: true })),
      ...(await visible(false, 1)).map((r) => ({ ...r, own: false })),
    ];
    for (const [i, { own, ...referral }] of chosen.entries()) {
      const thread = DEMO_THREADS[i % DEMO_THREADS.length];
      for (const [n, [side, text]] of thread.entries()) {
        const author = side === 'office' ? referral.counsellor_id : own ? providerUser.id : null;
        // spread over the time since sending: the n-th message at (n+1)/(len+1) of it
        await em.query(
          `INSERT INTO referral_messages (referral_id, author_id, author_side, text, created_at)
           SELECT r.id, $2, $3, $4, r.sent_at + (now() - r.sent_at) * $5::float8 FROM referrals r WHERE r.id = $1`,
          [referral.id, author, side, text, (n + 1) / (thread.length + 1)],
        );
      }
    }
    return [];
  },
};
