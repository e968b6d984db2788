import { useId, useState } from 'react';
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField as MuiTextField,
} from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import {
  Button,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import {
  CALLBACK_LIMITS,
  callbackMayBecomeContact,
  callbackMove,
  type CallbackCloseReason,
  type CallbackStatus,
} from '@lotsen/domain';
import { useNotifyError } from '../../common/useNotifyError';
import type { LotsenDataProvider } from '../../providers/dataProvider';
import { CALLBACK_CLOSE_REASON_CHOICES } from './choices';

interface CallbackRecord {
  id: string;
  status: CallbackStatus;
  contactId: string | null;
  version: number;
}

type Dialogs = 'done' | 'close' | null;

/**
 * The moves of a Rückrufbitte, as the API allows them (libs/domain `callbackMove`): "Übernehmen"
 * (open), "Erledigt mit Ergebnis" (taken; asks for the outcome), "Schließen" (open or taken; asks
 * why) and "Als Kontakt erfassen" (not closed, once). Each sends the version read.
 */
export const CallbackActions = () => {
  const record = useRecordContext<CallbackRecord>();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const translate = useTranslate();
  const titleId = useId();
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState<CallbackCloseReason>('not_reachable');
  const [pending, setPending] = useState(false);
  const { canAccess } = useCanAccess({
    resource: 'callback-requests',
    action: 'edit',
    record,
    enabled: !!record,
  });
  if (!record || !canAccess) return null;

  const send = async (move: 'take' | 'done' | 'close' | 'contact', body: object = {}) => {
    setPending(true);
    try {
      await dataProvider.moveCallbackRequest(record.id, move, { ...body, version: record.version });
      notify(`resources.callback-requests.moved.${move}`, { type: 'info' });
      setDialog(null);
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      {callbackMove(record.status, 'take') && (
        <Button
          label="resources.callback-requests.actions.take"
          onClick={() => send('take')}
          disabled={pending}
        >
          <HowToRegIcon />
        </Button>
      )}
      {callbackMove(record.status, 'done') && (
        <Button
          label="resources.callback-requests.actions.done"
          onClick={() => {
            setOutcome('');
            setDialog('done');
          }}
          disabled={pending}
          color="success"
        >
          <TaskAltIcon />
        </Button>
      )}
      {callbackMayBecomeContact(record) && (
        <Button
          label="resources.callback-requests.actions.contact"
          onClick={() => send('contact')}
          disabled={pending}
        >
          <PersonAddIcon />
        </Button>
      )}
      {callbackMove(record.status, 'close') && (
        <Button
          label="resources.callback-requests.actions.close"
          onClick={() => setDialog('close')}
          disabled={pending}
        >
          <CloseIcon />
        </Button>
      )}
      {dialog && (
        <Dialog open onClose={() => setDialog(null)} aria-labelledby={titleId} fullWidth maxWidth="xs">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (dialog === 'done') void send('done', { outcome: outcome.trim() });
              else void send('close', { reason });
            }}
          >
            <DialogTitle id={titleId}>
              {translate(`resources.callback-requests.dialogs.${dialog}`)}
            </DialogTitle>
            <DialogContent>
              {dialog === 'done' ? (
                <MuiTextField
                  label={translate('resources.callback-requests.fields.outcome')}
                  value={outcome}
                  onChange={(event) => setOutcome(event.target.value)}
                  required
                  multiline
                  minRows={3}
                  fullWidth
                  autoFocus
                  sx={{ mt: 1 }}
                  slotProps={{ htmlInput: { maxLength: CALLBACK_LIMITS.outcomeMax } }}
                />
              ) : (
                <MuiTextField
                  select
                  label={translate('resources.callback-requests.fields.closeReason')}
                  value={reason}
                  onChange={(event) => setReason(event.target.value as CallbackCloseReason)}
                  fullWidth
                  sx={{ mt: 1 }}
                >
                  {CALLBACK_CLOSE_REASON_CHOICES.map((choice) => (
                    <MenuItem key={choice.id} value={choice.id}>
                      {translate(choice.name)}
                    </MenuItem>
                  ))}
                </MuiTextField>
              )}
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={() => setDialog(null)} />
              <Button
                label={`resources.callback-requests.actions.${dialog === 'done' ? 'saveDone' : 'close'}`}
                type="submit"
                variant="contained"
                disabled={pending || (dialog === 'done' && outcome.trim() === '')}
              />
            </DialogActions>
          </form>
        </Dialog>
      )}
    </>
  );
};
