import { DataSource } from 'typeorm';

/** A plain connection to a test database, for factories and for checking rows. */
export async function openDataSource(url: string): Promise<DataSource> {
  return new DataSource({ type: 'postgres', url, extra: { max: 4 } }).initialize();
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
