import { useId, useState, type MouseEvent } from 'react';
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Menu,
  MenuItem,
  Radio,
  RadioGroup,
} from '@mui/material';
import SyncAltIcon from '@mui/icons-material/SyncAlt';
import {
  Button,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
} from 'react-admin';
import {
  checkManualNeedChange,
  MANUAL_NEED_TRANSITIONS,
  UNMET_REASONS,
  type NeedStatus,
  type UnmetReason,
} from '@lotsen/domain';
import { useNotifyError } from '../../common/useNotifyError';

interface NeedRecord {
  id: string;
  status: NeedStatus;
  unmetReason: UnmetReason | null;
  version: number;
}

/**
 * Changes a need's status by hand. It offers only the moves MANUAL_NEED_TRANSITIONS of
 * libs/domain allows from the current status, and asks for the reason when the need is unmet.
 */
export const NeedStatusButton = () => {
  const record = useRecordContext<NeedRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const menuId = useId();
  const titleId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [askReason, setAskReason] = useState(false);
  const [reason, setReason] = useState<UnmetReason | ''>('');
  const [update, { isPending }] = useUpdate();
  const { canAccess } = useCanAccess({ resource: 'needs', action: 'edit', record, enabled: !!record });
  if (!record || !canAccess) return null;

  const moves = MANUAL_NEED_TRANSITIONS[record.status] ?? [];
  if (moves.length === 0) return null;

  const change = (to: NeedStatus, unmetReason: UnmetReason | null) => {
    const problem = checkManualNeedChange(record.status, to, unmetReason);
    if (problem) {
      notify(`lotsen.needStatusProblems.${problem}`, { type: 'warning' });
      return;
    }
    const data: Record<string, unknown> = { status: to, unmetReason };
    update(
      'needs',
      { id: record.id, data, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('resources.needs.statusChange.done', {
            type: 'info',
            messageArgs: { status: translate(`lotsen.needStatuses.${to}`) },
          });
          setAskReason(false);
          refresh();
        },
        onError: notifyError,
      },
    );
  };

  const choose = (to: NeedStatus) => {
    setAnchor(null);
    if (to === 'unmet') {
      setReason('');
      setAskReason(true);
    } else {
      change(to, null);
    }
  };

  return (
    <>
      <Button
        label="resources.needs.statusChange.button"
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        onClick={(event: MouseEvent<HTMLButtonElement>) => {
          event.stopPropagation();
          setAnchor(event.currentTarget);
        }}
        disabled={isPending}
      >
        <SyncAltIcon />
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {moves.map((to) => (
          <MenuItem key={to} onClick={() => choose(to)}>
            {translate('resources.needs.statusChange.to', { status: translate(`lotsen.needStatuses.${to}`) })}
          </MenuItem>
        ))}
      </Menu>
      {askReason && (
        <Dialog
          open
          onClose={() => setAskReason(false)}
          aria-labelledby={titleId}
          onClick={(event) => event.stopPropagation()}
        >
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (reason) change('unmet', reason);
            }}
          >
            <DialogTitle id={titleId}>{translate('resources.needs.statusChange.unmetTitle')}</DialogTitle>
            <DialogContent>
              <DialogContentText sx={{ mb: 1 }}>
                {translate('resources.needs.statusChange.unmetIntro')}
              </DialogContentText>
              <FormControl required>
                <FormLabel id={`${titleId}-reason`}>
                  {translate('resources.needs.fields.unmetReason')}
                </FormLabel>
                <RadioGroup
                  aria-labelledby={`${titleId}-reason`}
                  value={reason}
                  onChange={(event) => setReason(event.target.value as UnmetReason)}
                >
                  {UNMET_REASONS.map((value, index) => (
                    <FormControlLabel
                      key={value}
                      value={value}
                      control={<Radio autoFocus={index === 0} />}
                      label={translate(`lotsen.unmetReasons.${value}`)}
                    />
                  ))}
                </RadioGroup>
              </FormControl>
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={() => setAskReason(false)} />
              <Button
                label="resources.needs.statusChange.confirmUnmet"
                type="submit"
                variant="contained"
                disabled={!reason || isPending}
              />
            </DialogActions>
          </form>
        </Dialog>
      )}
    </>
  );
};
