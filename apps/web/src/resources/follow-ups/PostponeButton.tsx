import { useId, useState, type MouseEvent } from 'react';
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Menu,
  MenuItem,
  TextField as MuiTextField,
} from '@mui/material';
import UpdateIcon from '@mui/icons-material/Update';
import {
  Button,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { addDays, endOfBerlinDay, todayInBerlin } from '../../common/dates';
import { useNotifyError } from '../../common/useNotifyError';
import { postponedDue } from './followUpTasks';

/**
 * "Verschieben" on an open follow-up: +1 Tag, +1 Woche, or a chosen day (due at its end in
 * Berlin), without leaving the list.
 */
export const PostponeButton = () => {
  const record = useRecordContext();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const translate = useTranslate();
  const menuId = useId();
  const titleId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [picking, setPicking] = useState(false);
  const today = todayInBerlin();
  const [day, setDay] = useState(addDays(today, 1));
  const [update, { isPending }] = useUpdate();
  const { canAccess } = useCanAccess({ resource: 'follow-ups', action: 'edit', record, enabled: !!record });
  if (!record || record.status !== 'open' || !canAccess) return null;

  const moveTo = (dueAt: string | null) => {
    setAnchor(null);
    if (!dueAt) return;
    update(
      'follow-ups',
      { id: record.id, data: { dueAt }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('resources.follow-ups.postpone.done', { type: 'info' });
          setPicking(false);
          refresh();
        },
        onError: notifyError,
      },
    );
  };

  return (
    <>
      <Button
        label="resources.follow-ups.postpone.button"
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        disabled={isPending}
        onClick={(event: MouseEvent<HTMLElement>) => {
          event.stopPropagation();
          setAnchor(event.currentTarget);
        }}
      >
        <UpdateIcon />
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        onClick={(event) => event.stopPropagation()}
      >
        <MenuItem onClick={() => moveTo(postponedDue(String(record.dueAt), 1, today))}>
          {translate('resources.follow-ups.postpone.day')}
        </MenuItem>
        <MenuItem onClick={() => moveTo(postponedDue(String(record.dueAt), 7, today))}>
          {translate('resources.follow-ups.postpone.week')}
        </MenuItem>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setPicking(true);
          }}
        >
          {translate('resources.follow-ups.postpone.pick')}
        </MenuItem>
      </Menu>
      {picking && (
        <Dialog
          open
          onClose={() => setPicking(false)}
          aria-labelledby={titleId}
          maxWidth="xs"
          fullWidth
          onClick={(event) => event.stopPropagation()}
        >
          <form
            onSubmit={(event) => {
              event.preventDefault();
              moveTo(day >= today ? endOfBerlinDay(day) : null);
            }}
          >
            <DialogTitle id={titleId}>
              {translate('resources.follow-ups.postpone.title', { title: record.title })}
            </DialogTitle>
            <DialogContent>
              <MuiTextField
                type="date"
                label={translate('resources.follow-ups.fields.dueAt')}
                value={day}
                onChange={(event) => setDay(event.target.value)}
                autoFocus
                fullWidth
                sx={{ mt: 1 }}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today } }}
              />
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={() => setPicking(false)} />
              <Button
                label="resources.follow-ups.postpone.submit"
                type="submit"
                variant="contained"
                disabled={isPending || !day || day < today}
              />
            </DialogActions>
          </form>
        </Dialog>
      )}
    </>
  );
};
