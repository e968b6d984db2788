import { useId, useState, type ReactElement } from 'react';
import {
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
  TextField as MuiTextField,
} from '@mui/material';
import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import BlockIcon from '@mui/icons-material/Block';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SendIcon from '@mui/icons-material/Send';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import UndoIcon from '@mui/icons-material/Undo';
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
  LIMITS,
  REFERRAL_OUTCOMES,
  type DeclineReason,
  type ReferralOutcome,
  type ReferralStatus,
} from '@lotsen/domain';
import { useNotifyError } from '../../common/useNotifyError';
import type { LotsenDataProvider } from '../../providers/dataProvider';
import {
  availableMoves,
  declineReasonsFor,
  inputFor,
  isReferralStatus,
  splitStaffMoves,
  transitionBody,
  type MoveValues,
} from './referralMoves';
import { ProviderAnswerDialog } from './ProviderAnswerDialog';

interface ReferralRecord {
  id: string;
  status: ReferralStatus;
  providerId?: string | null;
  officeId?: string | null;
  /** Staff view: the last move, and whether the caller may still undo it (issue 25.8). */
  lastMove?: { to: ReferralStatus; undoable: boolean } | null;
  [field: string]: unknown;
}

const ICONS: Record<ReferralStatus, ReactElement> = {
  draft: <SendIcon />,
  sent: <SendIcon />,
  accepted: <CheckIcon />,
  in_progress: <PlayArrowIcon />,
  completed: <TaskAltIcon />,
  declined: <CloseIcon />,
  cancelled: <BlockIcon />,
  not_taken_up: <PersonOffIcon />,
  returned: <AssignmentReturnIcon />,
};

type ButtonColor = 'primary' | 'success' | 'error' | 'inherit' | 'warning';

const COLORS: Record<ReferralStatus, ButtonColor> = {
  draft: 'primary',
  sent: 'primary',
  accepted: 'success',
  in_progress: 'primary',
  completed: 'success',
  declined: 'error',
  cancelled: 'inherit',
  not_taken_up: 'warning',
  returned: 'warning',
};

/** Whether the caller is a provider's user (answers with the provider's decline reasons). */
export function useIsProviderUser(): boolean {
  return useCanAccess({ resource: 'referrals', action: 'incoming' }).canAccess ?? false;
}

/**
 * The transition buttons of a referral (the record of the context): the moves nextStatuses()
 * allows from its status that the caller may make (availableMoves). Declining asks the reason,
 * completing the outcome, ending otherwise a confirmation; then
 * `POST /api/referrals/{id}/transition`.
 */
export const ReferralMoveButtons = () => {
  const record = useRecordContext<ReferralRecord>();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const translate = useTranslate();
  const providerUser = useIsProviderUser();
  const [asking, setAsking] = useState<ReferralStatus | null>(null);
  const [answering, setAnswering] = useState(false);
  const [saving, setSaving] = useState(false);
  const enabled = !!record;
  const { canAccess: canWrite } = useCanAccess({
    resource: 'referrals',
    action: 'referral.write',
    record,
    enabled,
  });
  const { canAccess: canRespond } = useCanAccess({
    resource: 'referrals',
    action: 'referral.respond',
    record,
    enabled,
  });
  if (!record || !isReferralStatus(record.status)) return null;
  const moves = availableMoves(record.status, { canWrite: !!canWrite, canRespond: !!canRespond });
  const undoable = !!record.lastMove?.undoable;
  if (moves.length === 0 && !undoable) return null;
  // staff record a provider's answer explicitly on its behalf; a provider user answers directly
  const { own, answers } = providerUser ? { own: moves, answers: [] } : splitStaffMoves(moves);

  const undo = async () => {
    setSaving(true);
    try {
      await dataProvider.undoReferralMove(record.id);
      notify('resources.referrals.undo.done', { type: 'info' });
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  const move = async (to: ReferralStatus, values: MoveValues = {}) => {
    const { body, problem } = transitionBody(record.status, to, values);
    if (problem) {
      notify(`lotsen.referralMoveProblems.${problem}`, { type: 'warning' });
      return;
    }
    setSaving(true);
    try {
      await dataProvider.transitionReferral(record.id, body);
      notify('resources.referrals.move.done', {
        type: 'info',
        messageArgs: { status: translate(`lotsen.referralStatuses.${to}`) },
      });
      setAsking(null);
      setAnswering(false);
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack
      direction="row"
      spacing={0.5}
      useFlexGap
      sx={{ flexWrap: 'wrap', justifyContent: 'flex-end' }}
      onClick={(event) => event.stopPropagation()}
    >
      {answers.length > 0 && (
        <Button
          label="resources.referrals.answer.button"
          disabled={saving}
          onClick={() => setAnswering(true)}
        >
          <PhoneCallbackIcon />
        </Button>
      )}
      {own.map((to) => (
        <Button
          key={to}
          label={`resources.referrals.moves.${to}`}
          color={COLORS[to]}
          disabled={saving}
          onClick={() => (inputFor(to) === 'none' ? void move(to) : setAsking(to))}
        >
          {ICONS[to]}
        </Button>
      ))}
      {undoable && record.lastMove && (
        <Button
          label={translate('resources.referrals.undo.button', {
            status: translate(`lotsen.referralStatuses.${record.lastMove.to}`),
          })}
          disabled={saving}
          onClick={() => void undo()}
        >
          <UndoIcon />
        </Button>
      )}
      {answering && (
        <ProviderAnswerDialog
          answers={answers}
          saving={saving}
          onClose={() => setAnswering(false)}
          onConfirm={(to, values) => void move(to, values)}
        />
      )}
      {asking && (
        <MoveDialog
          to={asking}
          audience={providerUser ? 'provider' : 'staff'}
          saving={saving}
          onClose={() => setAsking(null)}
          onConfirm={(values) => void move(asking, values)}
        />
      )}
    </Stack>
  );
};

interface MoveDialogProps {
  to: ReferralStatus;
  audience: 'staff' | 'provider';
  saving: boolean;
  onClose: () => void;
  onConfirm: (values: MoveValues) => void;
}

/** Asks what a move needs: the decline reason, the outcome, or only a confirmation (and a note). */
const MoveDialog = ({ to, audience, saving, onClose, onConfirm }: MoveDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const choiceId = useId();
  const [declineReason, setDeclineReason] = useState<DeclineReason | ''>('');
  const [outcome, setOutcome] = useState<ReferralOutcome | ''>('');
  const [note, setNote] = useState('');
  const input = inputFor(to);

  const title =
    input === 'decline_reason'
      ? 'resources.referrals.move.declineTitle'
      : input === 'outcome'
        ? 'resources.referrals.move.completeTitle'
        : `resources.referrals.move.${to}Title`;
  const intro =
    input === 'decline_reason'
      ? 'resources.referrals.move.declineIntro'
      : input === 'outcome'
        ? 'resources.referrals.move.completeIntro'
        : `resources.referrals.move.${to}Intro`;
  const ready =
    (input !== 'decline_reason' || declineReason !== '') && (input !== 'outcome' || outcome !== '');

  const choices: { value: string; label: string }[] =
    input === 'decline_reason'
      ? declineReasonsFor(audience).map((value) => ({
          value,
          label: translate(`lotsen.declineReasons.${value}`),
        }))
      : input === 'outcome'
        ? REFERRAL_OUTCOMES.map((value) => ({ value, label: translate(`lotsen.referralOutcomes.${value}`) }))
        : [];

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) {
            onConfirm({
              note,
              declineReason: declineReason || null,
              outcome: outcome || null,
            });
          }
        }}
      >
        <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 1 }}>{translate(intro)}</DialogContentText>
          {choices.length > 0 && (
            <FormControl required sx={{ mb: 1 }}>
              <FormLabel id={choiceId}>
                {translate(
                  input === 'decline_reason'
                    ? 'resources.referrals.fields.declineReason'
                    : 'resources.referrals.fields.outcome',
                )}
              </FormLabel>
              <RadioGroup
                aria-labelledby={choiceId}
                value={input === 'decline_reason' ? declineReason : outcome}
                onChange={(event) =>
                  input === 'decline_reason'
                    ? setDeclineReason(event.target.value as DeclineReason)
                    : setOutcome(event.target.value as ReferralOutcome)
                }
              >
                {choices.map((choice, index) => (
                  <FormControlLabel
                    key={choice.value}
                    value={choice.value}
                    control={<Radio autoFocus={index === 0} />}
                    label={choice.label}
                  />
                ))}
              </RadioGroup>
            </FormControl>
          )}
          <MuiTextField
            label={translate('resources.referrals.move.note')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            multiline
            minRows={2}
            fullWidth
            slotProps={{ htmlInput: { maxLength: LIMITS.textMax } }}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <Button
            label={`resources.referrals.moves.${to}`}
            type="submit"
            variant="contained"
            color={COLORS[to] === 'inherit' ? 'primary' : COLORS[to]}
            disabled={!ready || saving}
          />
        </DialogActions>
      </form>
    </Dialog>
  );
};
