import { useId, useState } from 'react';
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
  TextField as MuiTextField,
} from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import {
  LIMITS,
  REFERRAL_OUTCOMES,
  type AnswerChannel,
  type DeclineReason,
  type ReferralOutcome,
  type ReferralStatus,
} from '@lotsen/domain';
import { ANSWER_CHANNELS, declineReasonsFor, type MoveValues } from './referralMoves';

interface ProviderAnswerDialogProps {
  /** The provider's answers possible from the referral's status. */
  answers: readonly ReferralStatus[];
  saving: boolean;
  onClose: () => void;
  onConfirm: (to: ReferralStatus, values: MoveValues) => void;
}

interface ChoiceGroupProps<T extends string> {
  label: string;
  value: T | '';
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  autoFocus?: boolean;
}

const ChoiceGroup = <T extends string>({
  label,
  value,
  options,
  onChange,
  autoFocus,
}: ChoiceGroupProps<T>) => {
  const id = useId();
  return (
    <FormControl required sx={{ mb: 1, display: 'block' }}>
      <FormLabel id={id}>{label}</FormLabel>
      <RadioGroup aria-labelledby={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option, index) => (
          <FormControlLabel
            key={option.value}
            value={option.value}
            control={<Radio autoFocus={autoFocus && index === 0} />}
            label={option.label}
          />
        ))}
      </RadioGroup>
    </FormControl>
  );
};

/**
 * Issue 25.8: office staff record a provider's answer that came by phone, mail or in person —
 * explicitly on the provider's behalf: which answer, by which channel (required), and what the
 * answer needs (a decline its reason, a completion its outcome). History and response-time
 * figures mark it as recorded for the provider.
 */
export const ProviderAnswerDialog = ({ answers, saving, onClose, onConfirm }: ProviderAnswerDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const [to, setTo] = useState<ReferralStatus | ''>(answers.length === 1 ? answers[0] : '');
  const [channel, setChannel] = useState<AnswerChannel | ''>('');
  const [declineReason, setDeclineReason] = useState<DeclineReason | ''>('');
  const [outcome, setOutcome] = useState<ReferralOutcome | ''>('');
  const [note, setNote] = useState('');
  const ready =
    to !== '' &&
    channel !== '' &&
    (to !== 'declined' || declineReason !== '') &&
    (to !== 'completed' || outcome !== '');

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready && to) {
            onConfirm(to, {
              note,
              channel: channel || null,
              declineReason: declineReason || null,
              outcome: outcome || null,
            });
          }
        }}
      >
        <DialogTitle id={titleId}>{translate('resources.referrals.answer.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 1 }}>
            {translate('resources.referrals.answer.intro')}
          </DialogContentText>
          <ChoiceGroup
            label={translate('resources.referrals.answer.what')}
            value={to}
            autoFocus
            options={answers.map((value) => ({
              value,
              label: translate(`lotsen.referralStatuses.${value}`),
            }))}
            onChange={setTo}
          />
          <ChoiceGroup
            label={translate('resources.referrals.answer.channel')}
            value={channel}
            options={ANSWER_CHANNELS.map((value) => ({
              value,
              label: translate(`lotsen.answerChannels.${value}`),
            }))}
            onChange={setChannel}
          />
          {to === 'declined' && (
            <ChoiceGroup
              label={translate('resources.referrals.fields.declineReason')}
              value={declineReason}
              options={declineReasonsFor('staff').map((value) => ({
                value,
                label: translate(`lotsen.declineReasons.${value}`),
              }))}
              onChange={setDeclineReason}
            />
          )}
          {to === 'completed' && (
            <ChoiceGroup
              label={translate('resources.referrals.fields.outcome')}
              value={outcome}
              options={REFERRAL_OUTCOMES.map((value) => ({
                value,
                label: translate(`lotsen.referralOutcomes.${value}`),
              }))}
              onChange={setOutcome}
            />
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
            label="resources.referrals.answer.submit"
            type="submit"
            variant="contained"
            disabled={!ready || saving}
          />
        </DialogActions>
      </form>
    </Dialog>
  );
};
