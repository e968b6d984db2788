import { Button, Stack, Typography } from '@mui/material';
import AutoFixHighIcon from '@mui/icons-material/AutoFixHigh';
import {
  ArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  required,
  useRecordContext,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  WEEKDAYS,
  formatOpeningSchedule,
  openingScheduleProblems,
  parseOpeningHours,
  type OpeningSlot,
} from '@lotsen/domain';

const DAY_CHOICES = WEEKDAYS.map((day) => ({ id: day, name: `lotsen.weekdays.${day}` }));
const validateSlotPart = [required()];

/** The whole list against libs/domain's rules (overlaps, end after start, 21 slots): one German line. */
const validateSchedule: Validator = (value: unknown) => {
  const slots = Array.isArray(value) ? value : [];
  const problems = openingScheduleProblems(
    slots.map((s: Partial<OpeningSlot>) => ({ day: s?.day, opens: s?.opens, closes: s?.closes })),
  );
  return problems.length > 0 ? problems.join(' ') : undefined;
};

/** Fills the weekly slots from the free-text note when libs/domain can read it unambiguously. */
const FromNoteButton = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const note = useWatch({ name: 'openingHours' }) as string | null | undefined;
  const slots = parseOpeningHours(note);
  if (!slots) return null;
  return (
    <Button
      size="small"
      startIcon={<AutoFixHighIcon />}
      onClick={() => setValue('openingSchedule', slots, { shouldDirty: true, shouldValidate: true })}
    >
      {translate('lotsen.openingSchedule.fromNote', { schedule: formatOpeningSchedule(slots) })}
    </Button>
  );
};

/**
 * Structured opening hours (issue 18 point 3): weekly slots in Potsdam time beside the free-text
 * note, for offers and providers. The portal's "jetzt geöffnet" and the Open Referral schedules
 * read them; the note stays for what slots cannot say.
 */
export const OpeningScheduleInput = () => {
  const translate = useTranslate();
  return (
    <Stack spacing={1} sx={{ width: '100%' }}>
      <ArrayInput
        source="openingSchedule"
        label="lotsen.openingSchedule.label"
        validate={validateSchedule}
        helperText="lotsen.openingSchedule.helper"
      >
        <SimpleFormIterator inline disableReordering>
          <SelectInput
            source="day"
            label="lotsen.openingSchedule.day"
            choices={DAY_CHOICES}
            validate={validateSlotPart}
          />
          <TextInput
            source="opens"
            label="lotsen.openingSchedule.opens"
            type="time"
            validate={validateSlotPart}
          />
          <TextInput
            source="closes"
            label="lotsen.openingSchedule.closes"
            type="time"
            validate={validateSlotPart}
          />
        </SimpleFormIterator>
      </ArrayInput>
      <FromNoteButton />
      <Typography variant="caption" color="text.secondary">
        {translate('lotsen.openingSchedule.timeZone')}
      </Typography>
    </Stack>
  );
};

/** The weekly slots as one German line ("Mo 09:00–12:00; Do 14:00–18:00"), or "–". */
export const OpeningScheduleField = (_props: { label?: string }) => {
  const record = useRecordContext<{ openingSchedule?: OpeningSlot[] }>();
  const slots = record?.openingSchedule ?? [];
  return <Typography variant="body2">{slots.length > 0 ? formatOpeningSchedule(slots) : '–'}</Typography>;
};
