import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

const INTL_LOCALES: Record<string, string> = { de: 'de-DE', en: 'en-GB' };

/** A DateField formatted for the chosen UI language rather than the browser's. */
export const LocaleDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={INTL_LOCALES[locale] ?? locale} {...props} />;
};
