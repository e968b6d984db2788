import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { FormControl, FormLabel, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { AGO_MINUTES, type QuickContactWhen } from './quickContactTime';

/**
 * "Wann?" of a contact recorded in a few inputs — at the desk (QuickContactDialog) and on the
 * road (OutreachForm): now, some minutes ago, or a time of day. `problem` names a reason key of
 * `lotsen.quickContact.whenProblem` to show under the time.
 */
export const ContactWhenField = ({
  when,
  onChange,
  problem = null,
}: {
  when: QuickContactWhen;
  onChange: (when: QuickContactWhen) => void;
  problem?: string | null;
}) => {
  const translate = useTranslate();
  const labelId = useId();
  const selected = when.kind === 'ago' ? String(when.minutes) : when.kind === 'now' ? 'now' : null;
  return (
    <FormControl>
      <FormLabel id={labelId}>{translate('lotsen.quickContact.when')}</FormLabel>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center', rowGap: 1 }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          aria-labelledby={labelId}
          value={selected}
          onChange={(_event, next: string | null) => {
            if (next === null) return;
            onChange(next === 'now' ? { kind: 'now' } : { kind: 'ago', minutes: Number(next) });
          }}
        >
          <ToggleButton value="now">{translate('lotsen.quickContact.now')}</ToggleButton>
          {AGO_MINUTES.map((minutes) => (
            <ToggleButton key={minutes} value={String(minutes)}>
              {translate('lotsen.quickContact.minutesAgo', { minutes })}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <TextField
          type="time"
          size="small"
          label={translate('lotsen.quickContact.time')}
          value={when.kind === 'time' ? when.time : ''}
          onChange={(event) =>
            onChange(event.target.value ? { kind: 'time', time: event.target.value } : { kind: 'now' })
          }
          error={problem !== null}
          helperText={problem ? translate(`lotsen.quickContact.whenProblem.${problem}`) : ' '}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 150 }}
        />
      </Stack>
    </FormControl>
  );
};
