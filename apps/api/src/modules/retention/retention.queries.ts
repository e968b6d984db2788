import type { EntityManager } from 'typeorm';

/** A family the retention rule would anonymize, with what would be erased. */
export interface RetentionCandidate {
  id: string;
  office: string;
  lastActivityAt: string;
  persons: number;
  consents: number;
  contacts: number;
  needs: number;
}

/** The instant before which a family's last activity makes it due: now minus `months`. */
export async function retentionCutoff(em: EntityManager, months: number): Promise<Date> {
  const rows: { cutoff: Date }[] = await em.query(`SELECT now() - make_interval(months => $1) AS cutoff`, [
    months,
  ]);
  return new Date(rows[0].cutoff);
}

/** Ids of families without activity since `cutoff` that are not anonymized yet, oldest first. */
export async function dueFamilyIds(
  em: EntityManager,
  cutoff: Date,
  limit: number,
  skip: readonly string[] = [],
): Promise<string[]> {
  const rows: { id: string }[] = await em.query(
    `SELECT id FROM families
     WHERE status <> 'anonymized' AND last_activity_at < $1 AND NOT (id = ANY($3::uuid[]))
     ORDER BY last_activity_at, id LIMIT $2`,
    [cutoff, limit, skip],
  );
  return rows.map((r) => r.id);
}

/** The dry run: every due family with the counts of what anonymizing would erase or keep. */
export async function retentionCandidates(em: EntityManager, cutoff: Date): Promise<RetentionCandidate[]> {
  const rows: {
    id: string;
    office: string;
    last_activity_at: Date;
    persons: number;
    consents: number;
    contacts: number;
    needs: number;
  }[] = await em.query(
    `SELECT f.id, o.name AS office, f.last_activity_at,
            (SELECT count(*) FROM persons p WHERE p.family_id = f.id)::int AS persons,
            (SELECT count(*) FROM consents c WHERE c.family_id = f.id)::int AS consents,
            (SELECT count(*) FROM contacts c WHERE c.family_id = f.id)::int AS contacts,
            (SELECT count(*) FROM needs n WHERE n.family_id = f.id)::int AS needs
     FROM families f JOIN offices o ON o.id = f.office_id
     WHERE f.status <> 'anonymized' AND f.last_activity_at < $1
     ORDER BY f.last_activity_at, f.id`,
    [cutoff],
  );
  return rows.map((r) => ({
    id: r.id,
    office: r.office,
    lastActivityAt: new Date(r.last_activity_at).toISOString(),
    persons: r.persons,
    consents: r.consents,
    contacts: r.contacts,
    needs: r.needs,
  }));
}
