import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { hashPassword } from '../modules/auth/password';
import { DEMO_STEPS, type DemoLogin } from './demo-data';

/**
 * On an empty database `ADMIN_EMAIL` and `ADMIN_PASSWORD` create the first admin, in
 * production and demo alike. Returns whether an admin was created.
 */
export async function ensureFirstAdmin(dataSource: DataSource, config: AppConfig): Promise<boolean> {
  if (!config.adminEmail || !config.adminPassword) return false;
  const email = config.adminEmail.toLowerCase();
  const passwordHash = await hashPassword(config.adminPassword);
  const rows: unknown[] = await dataSource.query(
    `INSERT INTO users (email, display_name, role, password_hash)
     SELECT $1, 'Administration', 'admin', $2
     WHERE NOT EXISTS (SELECT 1 FROM users)
     RETURNING id`,
    [email, passwordHash],
  );
  return rows.length > 0;
}

/** Runs the demo steps that have not run on this database yet; returns the new logins. */
export async function loadDemoData(dataSource: DataSource): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [];
  for (const step of DEMO_STEPS) {
    const added = await dataSource.transaction(async (em) => {
      // The ledger row is taken first: a second instance starting at once waits here, then skips.
      const claimed: unknown[] = await em.query(
        `INSERT INTO seed_runs (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING name`,
        [step.name],
      );
      return claimed.length > 0 ? step.run(em) : [];
    });
    logins.push(...added);
  }
  return logins;
}
