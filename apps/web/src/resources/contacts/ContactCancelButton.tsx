import { useId, useState } from 'react';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
} from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import {
  Button,
  useDataProvider,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { CONTACT_CANCEL_REASONS, contactCorrection } from '@lotsen/domain';
import type { ContactCancelParams, LotsenDataProvider } from '../../providers/dataProvider';
import { useNotifyError } from '../../common/useNotifyError';

const NOTE_MAX = 200;

interface CorrectableContact {
  id: string;
  counsellorId?: string;
  createdAt?: string;
  cancelledAt?: string | null;
}

/**
 * Whether the caller may correct or cancel the contact (the API's rule): a team lead always,
 * its author within 24 hours of recording it; a cancelled contact never.
 */
export function useMayCorrect(record: CorrectableContact | undefined): boolean {
  const { identity } = useGetIdentity();
  if (!record || record.cancelledAt || !identity) return false;
  return contactCorrection({ id: String(identity.id), role: String(identity.role) }, record) === 'allowed';
}

/**
 * "Stornieren": a contact recorded by mistake leaves lists and reports (issue 25.1). Offered to
 * its author and to team leads; the API decides (24 hours for the author).
 */
export const ContactCancelButton = () => {
  const record = useRecordContext<CorrectableContact>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const may = useMayCorrect(record);
  if (!record || !may) return null;
  return (
    <>
      <Button label="lotsen.contactCancel.action" onClick={() => setOpen(true)}>
        <BlockIcon />
      </Button>
      {open && (
        <CancelDialog
          id={record.id}
          onClose={() => setOpen(false)}
          title={translate('lotsen.contactCancel.title')}
        />
      )}
    </>
  );
};

const CancelDialog = ({ id, onClose, title }: { id: string; onClose: () => void; title: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const titleId = useId();
  const reasonId = useId();
  const [reason, setReason] = useState<ContactCancelParams['reason']>('wrong_entry');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const noteMissing = reason === 'other' && note.trim() === '';

  const submit = async () => {
    if (noteMissing || busy) return;
    setBusy(true);
    try {
      await dataProvider.cancelContact(id, { reason, note });
      notify('lotsen.contactCancel.done', { type: 'info' });
      onClose();
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{translate('lotsen.contactCancel.intro')}</DialogContentText>
          <FormControl>
            <FormLabel id={reasonId}>{translate('lotsen.contactCancel.reason')}</FormLabel>
            <RadioGroup
              aria-labelledby={reasonId}
              value={reason}
              onChange={(event) => setReason(event.target.value as ContactCancelParams['reason'])}
            >
              {CONTACT_CANCEL_REASONS.filter((r) => r !== 'undone').map((value) => (
                <FormControlLabel
                  key={value}
                  value={value}
                  control={<Radio size="small" />}
                  label={translate(`lotsen.contactCancel.reasons.${value}`)}
                />
              ))}
            </RadioGroup>
          </FormControl>
          <TextField
            label={translate('lotsen.contactCancel.note')}
            value={note}
            onChange={(event) => setNote(event.target.value.slice(0, NOTE_MAX))}
            required={reason === 'other'}
            error={noteMissing}
            helperText={translate('lotsen.contactCancel.noteHelper')}
            multiline
            minRows={2}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton variant="contained" color="error" disabled={noteMissing || busy} onClick={submit}>
          {translate('lotsen.contactCancel.confirm')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};
