import { useMemo, useState } from 'react';
import { Chip, Stack, Typography } from '@mui/material';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  useFieldValue,
  useLocaleState,
  useRecordContext,
  type AutocompleteArrayInputProps,
  type AutocompleteInputProps,
  type FieldProps,
} from 'react-admin';
import { LANGUAGE_CODE_PATTERN, languageChoices, languageLabel } from './languages';

/** The languages of a record (ISO codes) as chips with their names; `highlight` ones filled. */
export const LanguageChipList = ({
  codes,
  highlight = [],
  emptyText = '–',
}: {
  codes: readonly string[];
  highlight?: readonly string[];
  emptyText?: string;
}) => {
  const [locale] = useLocaleState();
  if (codes.length === 0) {
    return (
      <Typography component="span" variant="body2">
        {emptyText}
      </Typography>
    );
  }
  return (
    <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {codes.map((code) => (
        <Chip
          key={code}
          size="small"
          label={languageLabel(code, locale)}
          variant={highlight.includes(code) ? 'filled' : 'outlined'}
          color={highlight.includes(code) ? 'primary' : 'default'}
        />
      ))}
    </Stack>
  );
};

/** A `languages` field as chips with the languages' names (never their codes). */
export const LanguagesField = (props: Partial<FieldProps> & { highlight?: readonly string[] }) => {
  const value = useFieldValue({ ...props, source: props.source ?? 'languages' });
  const codes = Array.isArray(value) ? value.filter((code): code is string => typeof code === 'string') : [];
  if (codes.length === 0 && props.emptyText) return <>{props.emptyText}</>;
  return <LanguageChipList codes={codes} highlight={props.highlight} />;
};

function useChoices(source: string) {
  const [locale] = useLocaleState();
  const record = useRecordContext();
  const [created, setCreated] = useState<string[]>([]);
  const current = record?.[source];
  const known = useMemo(
    () => [...(Array.isArray(current) ? (current as string[]) : []), ...created],
    [current, created],
  );
  const choices = useMemo(() => languageChoices(locale, known), [locale, known]);
  /** A language not in the list: typed as its code (`ti`, `so`). */
  const onCreate = (text?: string) => {
    const code = (text ?? '').trim().toLowerCase();
    if (!LANGUAGE_CODE_PATTERN.test(code)) return undefined;
    setCreated((codes) => (codes.includes(code) ? codes : [...codes, code]));
    return { id: code, name: languageLabel(code, locale) };
  };
  return { choices, onCreate };
}

/** Picks several languages (chips); a language outside the list may be typed as its code. */
export const LanguagesInput = ({
  source = 'languages',
  ...props
}: Omit<AutocompleteArrayInputProps, 'choices' | 'source'> & { source?: string }) => {
  const { choices, onCreate } = useChoices(source);
  return (
    <AutocompleteArrayInput source={source} choices={choices} onCreate={onCreate} autoHighlight {...props} />
  );
};

/** Picks one language (a filter). */
export const LanguageInput = ({
  source = 'language',
  ...props
}: Omit<AutocompleteInputProps, 'choices' | 'source'> & { source?: string }) => {
  const [locale] = useLocaleState();
  const choices = useMemo(() => languageChoices(locale), [locale]);
  return <AutocompleteInput source={source} choices={choices} autoHighlight {...props} />;
};
