import { Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/**
 * Yes/no as a German office reads it: „Ja“ or „Nein“ as text, never a ✓/✕ icon (issue 25,
 * point 12); `emptyText` (default „–“) when the value is unknown.
 */
export const YesNoField = ({ emptyText = '–', ...props }: FieldProps & { emptyText?: string }) => {
  const translate = useTranslate();
  const value = useFieldValue(props);
  const text = value === true ? 'ra.boolean.true' : value === false ? 'ra.boolean.false' : null;
  return (
    <Typography component="span" variant="body2">
      {text ? translate(text) : emptyText}
    </Typography>
  );
};
