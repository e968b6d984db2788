import type { EntityManager } from 'typeorm';
import { parseOpeningHours } from '@lotsen/domain';
import type { DemoStep } from './demo-step';

/**
 * The demo step for structured opening hours (issue 18 point 3): every offer and provider whose
 * free-text note libs/domain `parseOpeningHours` reads fully ("Mo–Fr 9–12 Uhr, Do 14–18 Uhr") gets
 * those slots; a note it does not understand ("nach Terminvereinbarung") keeps no slots, as an office
 * would leave them until someone enters them. Slots already entered are never overwritten.
 */
export async function insertDemoSchedules(em: EntityManager): Promise<number> {
  let set = 0;
  for (const table of ['offers', 'providers'] as const) {
    const rows: { id: string; opening_hours: string | null }[] = await em.query(
      `SELECT id, opening_hours FROM ${table} WHERE opening_schedule = '[]'::jsonb AND opening_hours IS NOT NULL`,
    );
    for (const row of rows) {
      const slots = parseOpeningHours(row.opening_hours);
      if (!slots) continue;
      await em.query(`UPDATE ${table} SET opening_schedule = $2::jsonb WHERE id = $1`, [
        row.id,
        JSON.stringify(slots),
      ]);
      set++;
    }
  }
  return set;
}

export const demoSchedulesStep: DemoStep = {
  name: 'demo-schedules-v1',
  async run(em) {
    await insertDemoSchedules(em);
    return [];
  },
};
