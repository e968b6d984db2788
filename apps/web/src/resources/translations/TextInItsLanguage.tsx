import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** The `lang` (and `dir`) of a stored language tag, so that screen readers speak the text right. */
export function langAttributes(tag: string): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: tag === 'de-x-ls' ? 'de' : tag, dir: tag === 'ar' ? 'rtl' : 'ltr' };
}

/** A translation's text, marked with its language (Arabic right to left). */
export const TextInItsLanguage = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{ whiteSpace: 'pre-line', display: 'block' }}
      {...langAttributes(String(record.lang))}
    >
      {String(record.text)}
    </Typography>
  );
};
