// `npm run reset`: deletes the embedded database (all local data) so the next start begins anew.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', process.env.DATA_DIR ?? '.data');
rmSync(dir, { recursive: true, force: true });
console.log(`Lokale Daten gelöscht: ${dir}`);
