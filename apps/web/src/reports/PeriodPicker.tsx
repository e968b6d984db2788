import { useMemo, useState } from 'react';
import { FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { monthPeriod, quarterRange, yearPeriod } from '@lotsen/domain';
import { useLocaleState, useTranslate } from 'react-admin';
import { DayTextField } from '../common/dateInputs';
import { formatDateTime, intlLocale, isDateOnly } from '../common/dates';
import { defaultQuarter, monthChoices, quarterChoices, yearChoices } from './demandReport';

/**
 * A report period. The city's analyst picks calendar months, quarters and years only (the API
 * refuses anything else with INVALID_PERIOD, issue 16); team leads also a free range.
 */
export type Period =
  | { kind: 'month'; month: string }
  | { kind: 'quarter'; quarter: string }
  | { kind: 'year'; year: string }
  | { kind: 'free'; from: string; to: string };
export type PeriodKind = Period['kind'];

export const ANALYST_PERIODS: readonly PeriodKind[] = ['month', 'quarter', 'year'];
export const TEAM_LEAD_PERIODS: readonly PeriodKind[] = ['month', 'quarter', 'year', 'free'];

/** The first and last day of a period, or null while a free range is incomplete. */
export function rangeOf(period: Period): { from: string; to: string } | null {
  switch (period.kind) {
    case 'quarter':
      return quarterRange(period.quarter);
    case 'month': {
      const p = monthPeriod(Number(period.month.slice(0, 4)), Number(period.month.slice(5, 7)));
      return { from: p.from, to: p.to };
    }
    case 'year': {
      const p = yearPeriod(Number(period.year));
      return { from: p.from, to: p.to };
    }
    default:
      return isDateOnly(period.from) && isDateOnly(period.to) && period.from <= period.to
        ? { from: period.from, to: period.to }
        : null;
  }
}

/** The period a report opens with: the last complete quarter. */
export const defaultPeriod = (): Period => ({ kind: 'quarter', quarter: defaultQuarter() });

/**
 * The period picker: month, quarter, year (the last ones to pick from) or a free range of two days.
 * Quarters in `frozen` are marked "eingefroren" (a quarter is frozen once per scope).
 */
export const PeriodPicker = ({
  period,
  onChange,
  kinds,
  frozen,
}: {
  period: Period;
  onChange: (period: Period) => void;
  kinds: readonly PeriodKind[];
  frozen?: ReadonlySet<string>;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const quarters = useMemo(() => quarterChoices(), []);
  const months = useMemo(() => monthChoices(), []);
  const years = useMemo(() => yearChoices(), []);
  const [last, setLast] = useState(() => {
    const quarter = period.kind === 'quarter' ? period.quarter : defaultQuarter();
    const range = quarterRange(quarter) ?? { from: '', to: '' };
    return {
      quarter,
      month: period.kind === 'month' ? period.month : months[1],
      year: period.kind === 'year' ? period.year : years[0],
      free: period.kind === 'free' ? { from: period.from, to: period.to } : range,
    };
  });
  const remember = (next: Period) => {
    if (next.kind === 'free') setLast((l) => ({ ...l, free: { from: next.from, to: next.to } }));
    else setLast((l) => ({ ...l, [next.kind]: (next as Record<string, string>)[next.kind] }));
    onChange(next);
  };
  const freeValid = rangeOf({ kind: 'free', ...last.free }) !== null;
  const quarterLabel = (quarter: string) => {
    const range = quarterRange(quarter);
    const label = translate('lotsen.reports.quarterLabel', {
      quarter: quarter.slice(-1),
      year: quarter.slice(0, 4),
      from: range ? formatDateTime(range.from, locale) : '',
      to: range ? formatDateTime(range.to, locale) : '',
    });
    return frozen?.has(quarter) ? `${label} · ${translate('lotsen.reports.frozenMark')}` : label;
  };
  const monthLabel = (month: string) =>
    new Date(`${month}-15T12:00:00Z`).toLocaleDateString(intlLocale(locale), {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  const select = (
    label: string,
    value: string,
    choices: string[],
    text: (v: string) => string,
    kind: 'month' | 'quarter' | 'year',
  ) => (
    <TextField
      select
      size="small"
      label={translate(label)}
      value={value}
      onChange={(event) => remember({ kind, [kind]: event.target.value } as Period)}
      sx={{ minWidth: 300 }}
    >
      {choices.map((choice) => (
        <MenuItem key={choice} value={choice}>
          {text(choice)}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
      <RadioGroup
        row
        sx={{ flexWrap: 'nowrap', flexShrink: 0 }}
        aria-label={translate('lotsen.reports.period')}
        value={period.kind}
        onChange={(event) => {
          const kind = event.target.value as PeriodKind;
          remember(kind === 'free' ? { kind, ...last.free } : ({ kind, [kind]: last[kind] } as Period));
        }}
      >
        {kinds.map((kind) => (
          <FormControlLabel
            key={kind}
            value={kind}
            control={<Radio />}
            label={translate(kind === 'free' ? 'lotsen.reports.freePeriod' : `lotsen.reports.${kind}`)}
          />
        ))}
      </RadioGroup>
      {period.kind === 'quarter' &&
        select('lotsen.reports.quarter', period.quarter, quarters, quarterLabel, 'quarter')}
      {period.kind === 'month' && select('lotsen.reports.month', period.month, months, monthLabel, 'month')}
      {period.kind === 'year' && select('lotsen.reports.year', period.year, years, (y) => y, 'year')}
      {period.kind === 'free' && (
        <Stack direction="row" spacing={2}>
          {(['from', 'to'] as const).map((end) => (
            <DayTextField
              key={end}
              size="small"
              label={translate(`lotsen.reports.${end}`)}
              value={last.free[end]}
              onChange={(value) => remember({ kind: 'free', ...last.free, [end]: value })}
              error={!freeValid}
              helperText={freeValid ? undefined : translate('lotsen.reports.invalidPeriod')}
              sx={{ width: 190 }}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
};
