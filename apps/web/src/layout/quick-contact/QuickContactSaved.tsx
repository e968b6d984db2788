import { useState } from 'react';
import { Button, Snackbar } from '@mui/material';
import { useDataProvider, useNotify, useRedirect, useRefresh, useTranslate } from 'react-admin';
import type { LotsenDataProvider } from '../../providers/dataProvider';
import { useNotifyError } from '../../common/useNotifyError';
import type { SavedQuickContact } from './QuickContactDialog';

/**
 * After a quick contact: what was saved ("Kontakt gespeichert · 2 Bedarfe"), with "Bearbeiten"
 * (the contact's page, where its needs are corrected) and "Rückgängig" (cancels it with the
 * reason `undone`, issue 25.2).
 */
export const QuickContactSaved = ({ saved, onClose }: { saved: SavedQuickContact; onClose: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const redirect = useRedirect();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);

  const undo = async () => {
    setBusy(true);
    try {
      await dataProvider.cancelContact(saved.id, { reason: 'undone' });
      notify('lotsen.quickContact.undone', { type: 'info' });
      onClose();
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Snackbar
      open
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
      autoHideDuration={12000}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      message={
        saved.needs > 0
          ? translate('lotsen.quickContact.savedWithNeeds', { smart_count: saved.needs })
          : translate('lotsen.quickContact.savedNoNeeds')
      }
      action={
        <>
          <Button
            color="inherit"
            size="small"
            onClick={() => {
              onClose();
              redirect('show', 'contacts', saved.id);
            }}
          >
            {translate('lotsen.quickContact.edit')}
          </Button>
          <Button color="inherit" size="small" disabled={busy} onClick={undo}>
            {translate('lotsen.quickContact.undo')}
          </Button>
        </>
      }
      slotProps={{ content: { role: 'status', 'aria-live': 'polite' } as object }}
    />
  );
};
