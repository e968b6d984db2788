import { DateField, useFieldValue, useLocaleState, type DateFieldProps } from 'react-admin';
import { dateTimeOptions, intlLocale } from './dates';

/**
 * A DateField in the format of the chosen UI language (German: 12.05.2026, 14:30) and always in
 * Europe/Berlin time, whatever the browser's zone. Plain dates (birth dates) stay that day.
 */
export const LocaleDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  const value = useFieldValue(props);
  return (
    <DateField locales={intlLocale(locale)} options={dateTimeOptions(value, props.showTime)} {...props} />
  );
};
