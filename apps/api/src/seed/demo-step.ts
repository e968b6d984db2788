import type { EntityManager } from 'typeorm';
import type { Role } from '@lotsen/domain';

/** A demo account, as the start prints it. */
export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
  office: string | null;
}

/**
 * A demo step runs once per database (recorded in `seed_runs`). Later features add their own
 * steps (families, providers, contacts) at the end of DEMO_STEPS (demo-data.ts).
 */
export interface DemoStep {
  name: string;
  run(em: EntityManager): Promise<DemoLogin[]>;
}
