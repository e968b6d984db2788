import {
  DateInput,
  DateTimeInput,
  type DateInputProps,
  type DateTimeInputProps,
  type Validator,
} from 'react-admin';
import { berlinDateOf, endOfBerlinDay, fromBerlinWallTime, isDateOnly, toBerlinWallTime } from './dates';
import { withinDateLimits } from './validation';

/** The input's own validators, and the API's date limits (1900–2100) in front of them. */
const withLimits = (validate: Validator | Validator[] | undefined): Validator[] => [
  withinDateLimits,
  ...(validate === undefined ? [] : Array.isArray(validate) ? validate : [validate]),
];

const formatWallTime = (value: unknown): string =>
  typeof value === 'string' && value !== '' && !Number.isNaN(new Date(value).getTime())
    ? toBerlinWallTime(value)
    : '';

const parseWallTime = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? fromBerlinWallTime(value) : null;

/** A date and time entered and shown in Berlin time; the form holds the ISO instant. */
export const BerlinDateTimeInput = (props: DateTimeInputProps) => (
  <DateTimeInput
    format={formatWallTime}
    parse={parseWallTime}
    {...props}
    validate={withLimits(props.validate)}
  />
);

const formatDay = (value: unknown): string => {
  if (typeof value !== 'string' || value === '') return '';
  if (isDateOnly(value)) return value;
  return Number.isNaN(new Date(value).getTime()) ? '' : berlinDateOf(value);
};

const parseEndOfDay = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? endOfBerlinDay(value) : null;

/**
 * A due date: the user picks a day, the form holds the end of that day in Berlin (ISO), so that
 * a follow-up due today is overdue only from tomorrow, in step with the API's `dueBefore`.
 */
export const EndOfDayInput = (props: DateInputProps) => (
  <DateInput format={formatDay} parse={parseEndOfDay} {...props} validate={withLimits(props.validate)} />
);
