import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './common/database/data-source-options';
import { readConfigOrExit } from './main';
import {
  retentionCandidates,
  retentionCutoff,
  type RetentionCandidate,
} from './modules/retention/retention.queries';

/** The dry run's table: one line per family, no names (the ids lead to the record for those allowed). */
export function formatDryRun(months: number, cutoff: Date, rows: readonly RetentionCandidate[]): string {
  const head = [
    `Löschfrist: ${months} Monate ohne Aktivität (letzte Aktivität vor ${cutoff.toISOString()})`,
    rows.length === 0
      ? 'Keine Familie wäre betroffen.'
      : `${rows.length} ${rows.length === 1 ? 'Familie würde' : 'Familien würden'} anonymisiert (Trockenlauf, nichts wurde geändert):`,
  ];
  const lines = rows.map(
    (r) =>
      `  ${r.id}  ${r.office}  letzte Aktivität ${r.lastActivityAt.slice(0, 10)}  ` +
      `gelöscht: ${r.persons} Mitglieder, ${r.consents} Einwilligungen, Notizen aus ${r.contacts} Kontakten; ` +
      `bleiben anonym: ${r.contacts} Kontakte, ${r.needs} Bedarfe`,
  );
  return [...head, ...lines].join('\n');
}

/** `npm run retention:dry-run`: what the nightly retention job would anonymize now. Changes nothing. */
async function main(): Promise<void> {
  const config = readConfigOrExit();
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  try {
    const cutoff = await retentionCutoff(dataSource.manager, config.retentionMonths);
    const rows = await retentionCandidates(dataSource.manager, cutoff);
    process.stdout.write(`${formatDryRun(config.retentionMonths, cutoff, rows)}\n`);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(
      `Dry run failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  });
}
