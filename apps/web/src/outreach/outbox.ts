import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { UnmetReason } from '@lotsen/domain';

/**
 * The device's queue of offline outreach entries (issue 22, docs/offline-outreach.md), in
 * IndexedDB through `idb`. It holds anonymous contacts only — time, Sozialraum, need categories,
 * a short note that names nobody — each bound to the staff member who recorded it; and the last
 * signed-in staff member, so that the app opens offline. Nothing about families or persons.
 */
export interface OutboxEntry {
  /** Made on the device (crypto.randomUUID()); the API stores it once. */
  id: string;
  ownerId: string;
  ownerName: string;
  ownerEmail: string;
  /** When it was put into the queue. */
  recordedAt: string;
  occurredAt: string;
  districtId: string | null;
  /** The Sozialraum's name, to show the entry offline. */
  districtName: string | null;
  summary: string | null;
  needs: { categoryKey: string; label: string; unmetReason: UnmetReason | null }[];
  status: 'waiting' | 'rejected';
  /** Why the API refused it (an error code of libs/domain). */
  code?: string;
}

/** The signed-in staff member as remembered on the device (no password, no session). */
export interface RememberedUser {
  id: string;
  email: string;
  displayName: string;
  role: string;
  officeId: string | null;
  providerId: string | null;
  mustChangePassword: boolean;
}

interface OfflineDb extends DBSchema {
  outbox: { key: string; value: OutboxEntry; indexes: { byOwner: string } };
  meta: { key: string; value: RememberedUser };
}

const DB_NAME = 'lotsen-offline';
let db: Promise<IDBPDatabase<OfflineDb>> | null = null;

function open(): Promise<IDBPDatabase<OfflineDb>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available'));
  db ??= openDB<OfflineDb>(DB_NAME, 1, {
    upgrade(database) {
      const outbox = database.createObjectStore('outbox', { keyPath: 'id' });
      outbox.createIndex('byOwner', 'ownerId');
      database.createObjectStore('meta');
    },
  });
  return db;
}

/** Every entry on the device, oldest first. */
export async function listEntries(): Promise<OutboxEntry[]> {
  const all = await (await open()).getAll('outbox');
  return all.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id));
}

export async function addEntry(entry: OutboxEntry): Promise<void> {
  await (await open()).put('outbox', entry);
}

/** Entries the API stored (created or duplicate) leave the device. */
export async function removeEntries(ids: readonly string[]): Promise<void> {
  const tx = (await open()).transaction('outbox', 'readwrite');
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
}

/** The API refused an entry: it stays, with its reason, until its owner discards it. */
export async function markRejected(rejected: readonly { id: string; code: string }[]): Promise<void> {
  const tx = (await open()).transaction('outbox', 'readwrite');
  for (const { id, code } of rejected) {
    const entry = await tx.store.get(id);
    if (entry) await tx.store.put({ ...entry, status: 'rejected', code });
  }
  await tx.done;
}

const LAST_USER = 'lastUser';

export async function rememberUser(user: RememberedUser): Promise<void> {
  await (await open()).put('meta', user, LAST_USER);
}

export async function rememberedUser(): Promise<RememberedUser | null> {
  return (await (await open()).get('meta', LAST_USER)) ?? null;
}

export async function forgetRememberedUser(): Promise<void> {
  await (await open()).delete('meta', LAST_USER);
}
