import type { EntityManager } from 'typeorm';
import { berlinDayOf } from './demo-calendar';
import { BODY_HOURS, DEMO_SERVICES, STANDESAMT } from './demo-services-data';
import type { DemoStep } from './demo-step';

/**
 * The demo step for the Familienportal's Verwaltungsleistungen (issue 17 point 4): adds the
 * Standesamt to the directory, gives the responsible bodies their opening hours (where none is
 * set) and inserts the eleven services (demo-services-data.ts), checked "today". Runs after the
 * directory step; a responsible body missing from the directory is an error.
 */
export async function insertDemoServices(em: EntityManager, today: Date): Promise<number> {
  await em.query(
    `INSERT INTO providers (name, kind, address, district_id, phone, email, website, languages)
     SELECT $1, $2, $3, (SELECT id FROM districts WHERE code = $4), $5, $6, $7, $8
      WHERE NOT EXISTS (SELECT 1 FROM providers WHERE lower(name) = lower($1))`,
    [
      STANDESAMT.name,
      STANDESAMT.kind,
      STANDESAMT.address,
      STANDESAMT.districtCode,
      STANDESAMT.phone,
      STANDESAMT.email,
      STANDESAMT.website,
      [...STANDESAMT.languages],
    ],
  );
  const names = Object.keys(BODY_HOURS);
  const rows: { id: string; name: string }[] = await em.query(
    `SELECT id, name FROM providers WHERE name = ANY ($1::text[])`,
    [names],
  );
  const ids = new Map(rows.map((r) => [r.name, r.id]));
  const missing = names.filter((n) => !ids.has(n));
  if (missing.length > 0) throw new Error(`demo services: no provider ${missing.join(', ')}`);
  for (const [name, hours] of Object.entries(BODY_HOURS)) {
    await em.query(`UPDATE providers SET opening_hours = $2 WHERE id = $1 AND opening_hours IS NULL`, [
      ids.get(name),
      hours,
    ]);
  }
  const day = new Date(berlinDayOf(today) * 86400000).toISOString().slice(0, 10);
  for (const s of DEMO_SERVICES) {
    await em.query(
      `INSERT INTO services (leika_key, title_de, description_de, responsible_provider_id, online_url, checklist,
                             category_keys, life_situation_keys, last_checked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        s.leikaKey,
        s.titleDe,
        s.descriptionDe,
        ids.get(s.provider),
        s.onlineUrl,
        s.checklist,
        s.categoryKeys,
        s.lifeSituationKeys ?? [],
        day,
      ],
    );
  }
  return DEMO_SERVICES.length;
}

export const demoServicesStep: DemoStep = {
  name: 'demo-services-v1',
  async run(em) {
    await insertDemoServices(em, new Date());
    return [];
  },
};
