import type { DataSource } from 'typeorm';
import type { SnapshotData } from './report-snapshot.entity';

/** The labels of categories, Sozialräume and the office (null: the city) as they are now. */
export async function currentLabels(
  dataSource: DataSource,
  officeId: string | null,
): Promise<SnapshotData['labels']> {
  const [categories, districts, offices]: [
    { key: string; label_de: string }[],
    { id: string; name: string }[],
    { name: string }[],
  ] = await Promise.all([
    dataSource.query(`SELECT key, label_de FROM need_categories`),
    dataSource.query(`SELECT id, name FROM districts`),
    officeId ? dataSource.query(`SELECT name FROM offices WHERE id = $1`, [officeId]) : Promise.resolve([]),
  ]);
  return {
    categories: Object.fromEntries(categories.map((c) => [c.key, c.label_de])),
    districts: Object.fromEntries(districts.map((d) => [d.id, d.name])),
    office: offices[0]?.name ?? null,
  };
}
