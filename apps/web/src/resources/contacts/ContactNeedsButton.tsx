import { useId, useMemo, useState } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { LotsenDataProvider } from '../../providers/dataProvider';
import { NeedCategoryPicker, type CategoryChoice } from '../../common/NeedCategoryPicker';
import { useCategoryLabel, useNeedCategories } from '../../common/needCategories';
import { useNotifyError } from '../../common/useNotifyError';
import { useMayCorrect } from './ContactCancelButton';

const MAX_NEEDS = 20;

/** "Bedarfe korrigieren": the categories of the contact's needs (PUT /api/contacts/{id}/needs). */
export const ContactNeedsButton = () => {
  const record = useRecordContext<{
    id: string;
    counsellorId?: string;
    createdAt?: string;
    cancelledAt?: string | null;
    needs?: { categoryKey: string }[];
  }>();
  const [open, setOpen] = useState(false);
  const may = useMayCorrect(record);
  if (!record || !may) return null;
  return (
    <>
      <Button label="lotsen.contactNeeds.action" onClick={() => setOpen(true)}>
        <EditNoteIcon />
      </Button>
      {open && (
        <NeedsDialog
          id={record.id}
          keys={(record.needs ?? []).map((n) => n.categoryKey)}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
};

const NeedsDialog = ({ id, keys, onClose }: { id: string; keys: string[]; onClose: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const titleId = useId();
  const { byKey } = useNeedCategories();
  const label = useCategoryLabel();
  const initial = useMemo(
    () =>
      keys.map((key): CategoryChoice => ({
        key,
        label: label(byKey.get(key), key),
        group: byKey.get(key)?.group ?? '',
      })),
    [keys, byKey, label],
  );
  const [value, setValue] = useState<CategoryChoice[]>(initial);
  const [text, setText] = useState('');
  const [unmatched, setUnmatched] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    if (text.trim() !== '') {
      setUnmatched(text.trim());
      return;
    }
    setBusy(true);
    try {
      await dataProvider.correctContactNeeds(
        id,
        value.map((v) => v.key),
      );
      notify('lotsen.contactNeeds.done', { type: 'info' });
      onClose();
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" scroll="paper" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{translate('lotsen.contactNeeds.title')}</DialogTitle>
      <DialogContent dividers>
        <NeedCategoryPicker
          value={value}
          onChange={setValue}
          inputValue={text}
          onInputChange={setText}
          unmatched={unmatched}
          onUnmatched={setUnmatched}
          max={MAX_NEEDS}
          label={translate('resources.contacts.fields.needs')}
          helperText={translate('lotsen.contactNeeds.helper')}
          autoFocus
        />
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton variant="contained" disabled={busy} onClick={submit}>
          {translate('ra.action.save')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};
