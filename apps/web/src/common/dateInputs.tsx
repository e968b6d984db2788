import { TextField, type TextFieldProps } from '@mui/material';
import { TextInput, type TextInputProps, type Validator } from 'react-admin';
import {
  berlinDateOf,
  endOfBerlinDay,
  formatGermanDateTime,
  formatGermanDay,
  fromBerlinWallTime,
  isDateOnly,
  parseGermanDateTime,
  parseGermanDay,
} from './dates';
import { withinDateLimits } from './validation';

/**
 * Dates are typed and shown as TT.MM.JJJJ (with time: TT.MM.JJJJ HH:MM) in every browser,
 * whatever its locale — a text field, not the browser's date field, whose order follows the
 * browser (MM/DD/YYYY in an English one; issue 25, point 12). While the text is no complete date
 * the form holds the text itself, so nothing typed vanishes, and the validator below refuses it.
 */
type DateTextInputProps = Omit<TextInputProps, 'format' | 'parse'>;

const isInstant = (value: string) =>
  !isDateOnly(value) && !Number.isNaN(new Date(value).getTime()) && /T/.test(value);

/** The input's own validators, behind the format check and the API's date limits (1900–2100). */
const checked = (format: Validator, validate: Validator | Validator[] | undefined): Validator[] => [
  format,
  withinDateLimits,
  ...(validate === undefined ? [] : Array.isArray(validate) ? validate : [validate]),
];

const typedDay: Validator = (value: unknown) =>
  value === null || value === undefined || value === '' || (typeof value === 'string' && isDateOnly(value))
    ? undefined
    : 'lotsen.validation.germanDay';

const typedDayAsInstant: Validator = (value: unknown) =>
  value === null || value === undefined || value === '' || (typeof value === 'string' && isInstant(value))
    ? undefined
    : 'lotsen.validation.germanDay';

const typedDateTime: Validator = (value: unknown) =>
  value === null || value === undefined || value === '' || (typeof value === 'string' && isInstant(value))
    ? undefined
    : 'lotsen.validation.germanDateTime';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** A calendar day (`YYYY-MM-DD` in the form), typed as TT.MM.JJJJ: birth dates, list filters. */
export const DayInput = (props: DateTextInputProps) => (
  <TextInput
    placeholder="TT.MM.JJJJ"
    format={(value: unknown) => (isDateOnly(value) ? formatGermanDay(value) : text(value))}
    parse={(typed: string) => (typed.trim() === '' ? null : (parseGermanDay(typed) ?? typed))}
    slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
    {...props}
    validate={checked(typedDay, props.validate)}
  />
);

/**
 * A due date: the user types a day, the form holds the end of that day in Berlin (ISO), so that
 * a follow-up due today is overdue only from tomorrow, in step with the API's `dueBefore`.
 */
export const EndOfDayInput = (props: DateTextInputProps) => (
  <TextInput
    placeholder="TT.MM.JJJJ"
    format={(value: unknown) =>
      typeof value === 'string' && isInstant(value)
        ? formatGermanDay(berlinDateOf(value))
        : isDateOnly(value)
          ? formatGermanDay(value)
          : text(value)
    }
    parse={(typed: string) => {
      if (typed.trim() === '') return null;
      const day = parseGermanDay(typed);
      return (day && endOfBerlinDay(day)) ?? typed;
    }}
    slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
    {...props}
    validate={checked(typedDayAsInstant, props.validate)}
  />
);

/** A date and time typed and shown in Berlin time as TT.MM.JJJJ HH:MM; the form holds the ISO instant. */
export const BerlinDateTimeInput = (props: DateTextInputProps) => (
  <TextInput
    placeholder="TT.MM.JJJJ HH:MM"
    format={(value: unknown) =>
      typeof value === 'string' && isInstant(value) ? formatGermanDateTime(value) : text(value)
    }
    parse={(typed: string) => {
      if (typed.trim() === '') return null;
      const wall = parseGermanDateTime(typed);
      return (wall && fromBerlinWallTime(wall)) ?? typed;
    }}
    slotProps={{ htmlInput: { autoComplete: 'off' } }}
    {...props}
    validate={checked(typedDateTime, props.validate)}
  />
);

/**
 * A day outside a react-admin form (report periods): `value` is `YYYY-MM-DD`, or the text typed
 * so far while it is no complete day (then `onChange` gets that text, and the caller's own check
 * finds no valid period).
 */
export const DayTextField = ({
  value,
  onChange,
  ...props
}: Omit<TextFieldProps, 'value' | 'onChange' | 'type'> & {
  value: string;
  onChange: (value: string) => void;
}) => (
  <TextField
    placeholder="TT.MM.JJJJ"
    {...props}
    value={isDateOnly(value) ? formatGermanDay(value) : value}
    onChange={(event) => onChange(parseGermanDay(event.target.value) ?? event.target.value)}
    slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
  />
);
