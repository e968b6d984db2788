import type { DataSource } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';

/** A report's office must exist: an unknown `officeId` is a 404 (not an empty report). */
export async function requireKnownOffice(dataSource: DataSource, officeId: string | null): Promise<void> {
  if (officeId === null) return;
  const rows: unknown[] = await dataSource.query(`SELECT 1 FROM offices WHERE id = $1`, [officeId]);
  if (rows.length === 0) throw AppException.notFound('Office');
}
