import { useId, useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle, TextField as MuiTextField } from '@mui/material';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import {
  Button,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { LIMITS } from '@lotsen/domain';
import { useNotifyError } from '../../common/useNotifyError';

/**
 * "Erledigt" on an open follow-up: a small dialog takes an optional note (what came of it), then
 * PUT {status: 'done', note, version}. The list stays where it is.
 */
export const MarkDoneButton = () => {
  const record = useRecordContext();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const translate = useTranslate();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [update, { isPending }] = useUpdate();
  const { canAccess } = useCanAccess({ resource: 'follow-ups', action: 'edit', record, enabled: !!record });
  if (!record || record.status !== 'open' || !canAccess) return null;

  const markDone = () => {
    const text = note.trim();
    const previous = typeof record.note === 'string' && record.note ? record.note : '';
    update(
      'follow-ups',
      {
        id: record.id,
        data: { status: 'done', ...(text ? { note: previous ? `${previous}\n${text}` : text } : {}) },
        previousData: record,
      },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('resources.follow-ups.markDone.done', { type: 'info' });
          setOpen(false);
          refresh();
        },
        onError: notifyError,
      },
    );
  };

  return (
    <>
      <Button
        label="resources.follow-ups.markDone.button"
        onClick={(event) => {
          event.stopPropagation();
          setNote('');
          setOpen(true);
        }}
        disabled={isPending}
        color="success"
      >
        <TaskAltIcon />
      </Button>
      {open && (
        <Dialog
          open
          onClose={() => setOpen(false)}
          aria-labelledby={titleId}
          fullWidth
          maxWidth="xs"
          onClick={(event) => event.stopPropagation()}
        >
          <form
            onSubmit={(event) => {
              event.preventDefault();
              markDone();
            }}
          >
            <DialogTitle id={titleId}>
              {translate('resources.follow-ups.markDone.title', { title: record.title })}
            </DialogTitle>
            <DialogContent>
              <MuiTextField
                label={translate('resources.follow-ups.markDone.note')}
                value={note}
                onChange={(event) => setNote(event.target.value)}
                multiline
                minRows={2}
                fullWidth
                autoFocus
                sx={{ mt: 1 }}
                slotProps={{ htmlInput: { maxLength: LIMITS.textMax } }}
              />
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
              <Button
                label="resources.follow-ups.markDone.button"
                type="submit"
                variant="contained"
                color="success"
                disabled={isPending}
              />
            </DialogActions>
          </form>
        </Dialog>
      )}
    </>
  );
};
