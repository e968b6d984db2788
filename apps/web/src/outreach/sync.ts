import { CONTACT_BATCH_MAX, type ContactBatchResult } from '@lotsen/domain';
import { API_URL } from '../providers/httpClient';
import type { OutboxEntry } from './outbox';

/** One entry's answer of `POST /api/contacts/batch`. */
export interface BatchItemResult {
  index: number;
  id: string | null;
  result: ContactBatchResult;
  code?: string;
}

export type BatchOutcome =
  | { kind: 'answered'; results: BatchItemResult[] }
  /** The session has ended: the entries wait until their owner signs in again. */
  | { kind: 'signed_out' }
  /** No network, a timeout or a server error: try again later. */
  | { kind: 'failed'; status: number | null };

/** The body of one batch: what the API takes of an entry, nothing of the queue's own fields. */
export function batchBody(entries: readonly OutboxEntry[]) {
  return {
    contacts: entries.map((entry) => ({
      id: entry.id,
      occurredAt: entry.occurredAt,
      channel: 'outreach',
      districtId: entry.districtId,
      summary: entry.summary,
      needs: entry.needs.map((need) => ({ categoryKey: need.categoryKey, unmetReason: need.unmetReason })),
    })),
  };
}

/** The queue in batches of at most CONTACT_BATCH_MAX entries. */
export function chunks<T>(items: readonly T[], size = CONTACT_BATCH_MAX): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What to do with the answered entries: stored ones leave the device, refused ones stay with their code. */
export function settle(results: readonly BatchItemResult[]): {
  stored: string[];
  rejected: { id: string; code: string }[];
} {
  const stored: string[] = [];
  const rejected: { id: string; code: string }[] = [];
  for (const r of results) {
    if (!r.id) continue;
    if (r.result === 'created' || r.result === 'duplicate') stored.push(r.id);
    else rejected.push({ id: r.id, code: r.code ?? 'VALIDATION_FAILED' });
  }
  return { stored, rejected };
}

const TIMEOUT_MS = 30_000;

/** Sends one batch with the session cookie and the CSRF header. */
export async function sendBatch(entries: readonly OutboxEntry[]): Promise<BatchOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(`${API_URL}/contacts/batch`, {
      method: 'POST',
      credentials: 'include',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'X-Requested-With': 'XMLHttpRequest',
      },
      body: JSON.stringify(batchBody(entries)),
      signal: controller.signal,
    });
    if (response.status === 401) return { kind: 'signed_out' };
    if (!response.ok) return { kind: 'failed', status: response.status };
    const body = (await response.json()) as { results?: BatchItemResult[] };
    return { kind: 'answered', results: Array.isArray(body.results) ? body.results : [] };
  } catch {
    return { kind: 'failed', status: null };
  } finally {
    clearTimeout(timer);
  }
}
