import 'reflect-metadata';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './common/database/data-source-options';
import { readConfigOrExit } from './main';
import { exportTabular } from './modules/hsds/hsds-export';
import { HsdsService } from './modules/hsds/hsds.service';

/**
 * `npm run hsds:export [-- <folder>]`: the directory as the Open Referral HSDS 3.0 tabular data
 * package (datapackage.json + CSV files) in `<folder>` (default `hsds-export/`). Reads only public
 * data, the same as `/api/hsds`; changes nothing.
 */
async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? 'hsds-export');
  const config = readConfigOrExit();
  const dataSource = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  try {
    const { rows } = await exportTabular(new HsdsService(dataSource), dir);
    const filled = Object.entries(rows).filter(([, n]) => n > 0);
    process.stdout.write(
      `HSDS-Datenpaket in ${dir}: ${filled.map(([t, n]) => `${t} ${n}`).join(', ')} ` +
        `(${Object.keys(rows).length - filled.length} Tabellen ohne Daten, nur Kopfzeile)\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(
      `HSDS export failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  });
}
