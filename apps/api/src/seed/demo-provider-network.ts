import type { EntityManager } from 'typeorm';
import { DEMO_PROVIDER_USER } from './demo-offices-users';
import type { DemoStep } from './demo-step';

/** Contact lines providers share with the network (issue 21.5): a desk, not a person's private line. */
const CONTACT_LINES = [
  'Teamleitung Beratung, Durchwahl -20, Mo–Do 9–15 Uhr',
  'Koordination Frühe Hilfen, Rückruf innerhalb von zwei Werktagen',
  'Fachdienst-Postfach, Betreff „Netzwerk“ – wird täglich gelesen',
  'Sekretariat, Di und Do 10–12 Uhr, Stichwort „Familienbüro“',
];

/**
 * The demo step of issue 21 points 3–5: one pending offer change of the demo provider (its user
 * proposes a new description and hours for its first active offer, waiting in "Änderungen
 * prüfen"), and contact lines for the network — the demo provider's and some others'. The
 * provider figures need no rows of their own: the demo's warm referrals (demo-referrals.ts) reach
 * enough providers of each kind that the network medians pass suppression (checked by
 * test/api/provider-network-demo.e2e-spec.ts).
 */
export const demoProviderNetworkStep: DemoStep = {
  name: 'demo-provider-network-v1',
  async run(em: EntityManager) {
    const [providerUser]: { id: string; provider_id: string }[] = await em.query(
      `SELECT id, provider_id FROM users WHERE email = $1`,
      [DEMO_PROVIDER_USER],
    );
    if (!providerUser) return [];
    const [offer]: { id: string; description: string | null }[] = await em.query(
      `SELECT id, description FROM offers WHERE provider_id = $1 AND active ORDER BY title, id LIMIT 1`,
      [providerUser.provider_id],
    );
    if (offer) {
      const description = [
        offer.description,
        'Neu: Beratung auch per Video; Termine innerhalb von zwei Wochen.',
      ]
        .filter(Boolean)
        .join('\n\n');
      await em.query(
        `INSERT INTO offer_change_requests (offer_id, provider_id, proposed, proposed_by, created_at, updated_at)
         VALUES ($1, $2, $3::jsonb, $4, now() - interval '2 days', now() - interval '2 days')
         ON CONFLICT DO NOTHING`,
        [
          offer.id,
          providerUser.provider_id,
          JSON.stringify({
            description,
            openingHours: 'Mo–Do 9–16 Uhr, Fr 9–12 Uhr; Video-Termine nach Absprache',
          }),
          providerUser.id,
        ],
      );
    }
    const others: { id: string }[] = await em.query(
      `SELECT id FROM providers WHERE active AND id <> $1 ORDER BY name, id LIMIT $2`,
      [providerUser.provider_id, CONTACT_LINES.length - 1],
    );
    const ids = [providerUser.provider_id, ...others.map((o) => o.id)];
    for (const [i, id] of ids.entries()) {
      await em.query(`UPDATE providers SET network_contact = $2 WHERE id = $1`, [id, CONTACT_LINES[i]]);
    }
    return [];
  },
};
