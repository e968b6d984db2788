import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useCanAccess, useDataProvider, useGetIdentity } from 'react-admin';
import { entriesOf, retryDelayMs } from '@lotsen/domain';
import { addEntry, listEntries, markRejected, removeEntries, type OutboxEntry } from './outbox';
import { chunks, sendBatch, settle } from './sync';
import { CATEGORY_QUERY, DISTRICT_QUERY } from './referenceQueries';

/** How the last send went: idle, sending, waiting to retry, or stopped until the owner signs in. */
export type SyncState = 'idle' | 'sending' | 'retrying' | 'signed_out';

interface OutboxState {
  /** Whether the signed-in person may record contacts (counsellors and team leads). */
  available: boolean;
  /** The signed-in person's entries (waiting and rejected). */
  mine: OutboxEntry[];
  /** Entries of other staff members on this device: they wait for their owner. */
  others: OutboxEntry[];
  state: SyncState;
  online: boolean;
  add: (entry: OutboxEntry) => Promise<void>;
  discard: (id: string) => Promise<void>;
  /** Sends now (the "Jetzt übertragen" button). */
  syncNow: () => void;
}

const OutboxContext = createContext<OutboxState>({
  available: false,
  mine: [],
  others: [],
  state: 'idle',
  online: true,
  add: async () => undefined,
  discard: async () => undefined,
  syncNow: () => undefined,
});

export const useOutbox = () => useContext(OutboxContext);

/**
 * The queue of offline outreach entries (issue 22, docs/offline-outreach.md) for the whole app:
 * it sends the signed-in person's waiting entries when the page starts, when the network comes
 * back (`online`), after each new entry and by hand; a failed send is retried with back-off; a
 * 401 stops until the owner signs in again. Entries of other staff members are never sent.
 * After sign-in it asks once for the reference data, so that the service worker keeps it for the
 * offline form.
 */
export const OutboxProvider = ({ children }: { children: ReactNode }) => {
  const { canAccess } = useCanAccess({ resource: 'contacts', action: 'create' });
  const available = canAccess === true;
  const { identity } = useGetIdentity();
  const userId = identity ? String(identity.id) : null;
  const dataProvider = useDataProvider();
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [state, setState] = useState<SyncState>('idle');
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  const running = useRef(false);
  const attempt = useRef(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const syncRef = useRef<() => Promise<void>>(async () => undefined);

  const refresh = useCallback(async () => {
    setEntries(await listEntries().catch(() => []));
  }, []);

  const sync = useCallback(async () => {
    if (running.current || !userId || !available) return;
    running.current = true;
    if (retryTimer.current) clearTimeout(retryTimer.current);
    retryTimer.current = null;
    try {
      const waiting = entriesOf(await listEntries(), userId).mine.filter((e) => e.status === 'waiting');
      if (waiting.length === 0) {
        setState('idle');
        return;
      }
      setState('sending');
      for (const batch of chunks(waiting)) {
        const outcome = await sendBatch(batch);
        if (outcome.kind === 'signed_out') {
          setState('signed_out');
          return;
        }
        if (outcome.kind === 'failed') {
          const delay = retryDelayMs(attempt.current++);
          setState('retrying');
          retryTimer.current = setTimeout(() => void syncRef.current(), delay);
          return;
        }
        const { stored, rejected } = settle(outcome.results);
        await removeEntries(stored);
        await markRejected(rejected);
        await refresh();
      }
      attempt.current = 0;
      setState('idle');
    } catch {
      setState('retrying');
      retryTimer.current = setTimeout(() => void syncRef.current(), retryDelayMs(attempt.current++));
    } finally {
      running.current = false;
      await refresh();
    }
  }, [userId, available, refresh]);
  syncRef.current = sync;

  useEffect(() => {
    void refresh();
    void sync();
    return () => {
      if (retryTimer.current) clearTimeout(retryTimer.current);
    };
  }, [refresh, sync]);

  useEffect(() => {
    const onOnline = () => {
      setOnline(true);
      attempt.current = 0;
      void syncRef.current();
    };
    const onOffline = () => setOnline(false);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, []);

  // the reference data of the offline form, once after sign-in: the service worker keeps it
  useEffect(() => {
    if (!available || !online) return;
    void Promise.all([
      dataProvider.getList('districts', DISTRICT_QUERY),
      dataProvider.getList('need-categories', CATEGORY_QUERY),
    ]).catch(() => undefined);
  }, [available, online, dataProvider]);

  const add = useCallback(
    async (entry: OutboxEntry) => {
      await addEntry(entry);
      await refresh();
      attempt.current = 0;
      void syncRef.current();
    },
    [refresh],
  );
  const discard = useCallback(
    async (id: string) => {
      await removeEntries([id]);
      await refresh();
    },
    [refresh],
  );
  const syncNow = useCallback(() => {
    attempt.current = 0;
    void syncRef.current();
  }, []);

  const value = useMemo(() => {
    const { mine, others } = entriesOf(entries, userId);
    return { available, mine, others, state, online, add, discard, syncNow };
  }, [entries, userId, available, state, online, add, discard, syncNow]);
  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>;
};
