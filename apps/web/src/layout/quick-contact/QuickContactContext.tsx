import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useCanAccess } from 'react-admin';
import { isQuickContactShortcut } from './shortcut';
import type { SavedQuickContact } from './QuickContactDialog';
import { QuickContactSaved } from './QuickContactSaved';

const QuickContactDialog = lazy(() => import('./QuickContactDialog'));

interface QuickContactState {
  /** Whether the caller may record contacts at all. */
  available: boolean;
  open: () => void;
}

const QuickContactContext = createContext<QuickContactState>({ available: false, open: () => undefined });

export const useQuickContact = () => useContext(QuickContactContext);

/**
 * Makes the quick anonymous contact reachable from every page: the app bar's button and the
 * shortcut Alt+K open the same dialog (loaded on first use).
 */
export const QuickContactProvider = ({ children }: { children: ReactNode }) => {
  const { canAccess } = useCanAccess({ resource: 'contacts', action: 'create' });
  const available = canAccess === true;
  const [isOpen, setOpen] = useState(false);
  const [saved, setSaved] = useState<SavedQuickContact | null>(null);
  const open = useCallback(() => setOpen(true), []);

  useEffect(() => {
    if (!available) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isQuickContactShortcut(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [available]);

  const value = useMemo(() => ({ available, open }), [available, open]);
  return (
    <QuickContactContext.Provider value={value}>
      {children}
      {available && isOpen && (
        <Suspense fallback={null}>
          <QuickContactDialog onClose={() => setOpen(false)} onSaved={setSaved} />
        </Suspense>
      )}
      {saved && <QuickContactSaved key={saved.id} saved={saved} onClose={() => setSaved(null)} />}
    </QuickContactContext.Provider>
  );
};
