import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './common/database/data-source-options';
import { readConfigOrExit } from './main';
import { ROLLUP_LOCK, ROLLUP_VERSION_RAISE } from './modules/reports/rollups/rollups.service';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `--from YYYY-MM-DD --to YYYY-MM-DD [--office <uuid>] [--check]` → the options, or a German usage error. */
export function parseRollupArgs(
  argv: readonly string[],
): { from: string; to: string; officeId: string | null; check: boolean } | { error: string } {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const from = value('--from');
  const to = value('--to');
  const officeId = value('--office') ?? null;
  if (!from || !to || !DAY.test(from) || !DAY.test(to) || from > to) {
    return {
      error:
        'Aufruf: npm run rollups:rebuild -- --from JJJJ-MM-TT --to JJJJ-MM-TT [--office <Büro-ID>] [--check]\n' +
        '(beide Tage eingeschlossen; --from nicht nach --to)',
    };
  }
  return { from, to, officeId, check: argv.includes('--check') };
}

/**
 * `npm run rollups:rebuild -- --from … --to …`: recounts the daily rollups of a day range from
 * the raw rows (all offices, or one with `--office`). With `--check` it only lists the office days
 * whose rollups differ from the raw rows and changes nothing. docs/rollups.md.
 */
async function main(): Promise<void> {
  const args = parseRollupArgs(process.argv.slice(2));
  if ('error' in args) {
    process.stderr.write(`${args.error}\n`);
    process.exit(2);
  }
  const config = readConfigOrExit();
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  try {
    const started = Date.now();
    if (args.check) {
      const rows: { office_id: string; day: string }[] = await dataSource.query(
        `SELECT office_id, to_char(day, 'YYYY-MM-DD') AS day FROM lotsen_rollup_mismatches($1::date, $2::date)`,
        [args.from, args.to],
      );
      for (const r of rows) process.stdout.write(`abweichend: ${r.day} ${r.office_id}\n`);
      process.stdout.write(`${rows.length} abweichende Bürotage von ${args.from} bis ${args.to}\n`);
      process.exitCode = rows.length > 0 ? 1 : 0;
      return;
    }
    await dataSource.transaction(async (em) => {
      await em.query(ROLLUP_LOCK);
      await em.query(`SELECT lotsen_rollup_rebuild($1::date, $2::date, $3::uuid)`, [
        args.from,
        args.to,
        args.officeId,
      ]);
      await em.query(ROLLUP_VERSION_RAISE);
    });
    process.stdout.write(
      `Tageszahlen von ${args.from} bis ${args.to} neu gezählt (${args.officeId ?? 'alle Büros'}) in ${Date.now() - started} ms\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(
      `Rebuild failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  });
}
