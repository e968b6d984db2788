import { useMemo, type HTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { Alert, Autocomplete, Box, Button, Stack, TextField, type PopperProps } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import { nearestCategories, rankCategories, type CategoryUsage } from '@lotsen/domain';
import type { LotsenDataProvider } from '../providers/dataProvider';
import { useActiveCategoryChoices } from './needCategories';

export interface CategoryChoice {
  key: string;
  label: string;
  group: string;
}

const FIVE_MINUTES = 5 * 60 * 1000;

/** How often the office recorded each category in the last 90 days (GET /api/needs/category-usage). */
export function useCategoryUsage(): CategoryUsage {
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const { data } = useQuery({
    queryKey: ['needs', 'category-usage'],
    queryFn: () => dataProvider.getCategoryUsage(),
    staleTime: FIVE_MINUTES,
  });
  return data ?? {};
}

/**
 * The open list inside the dialog's flow, below the field and its hint, instead of floating over
 * them: it never covers the hint ("höchstens 3") or the dialog's buttons (issue 25.2).
 */
export const InlinePopper = ({ open, children, className, role, id }: PopperProps) =>
  open ? (
    <Box className={className} role={role} id={id} sx={{ width: '100%', position: 'static', mt: 0.5 }}>
      {children as ReactNode}
    </Box>
  ) : null;

export interface NeedCategoryPickerProps {
  value: CategoryChoice[];
  onChange: (value: CategoryChoice[]) => void;
  /** The text typed but not (yet) a category; the form must not drop it. */
  inputValue: string;
  onInputChange: (text: string) => void;
  /** Text that matched no category when the user tried to go on (Enter, Save), or null. */
  unmatched: string | null;
  onUnmatched: (text: string | null) => void;
  max: number;
  label: string;
  helperText: string;
  autoFocus?: boolean;
}

/**
 * Need categories, ranked as the office works (word-start matches, then the most used) and
 * never losing what was typed: Enter on text that matches no category says so and offers the
 * nearest categories instead of going on without it.
 */
export const NeedCategoryPicker = ({
  value,
  onChange,
  inputValue,
  onInputChange,
  unmatched,
  onUnmatched,
  max,
  label,
  helperText,
  autoFocus,
}: NeedCategoryPickerProps) => {
  const translate = useTranslate();
  const { choices, isPending } = useActiveCategoryChoices();
  const usage = useCategoryUsage();
  const options = choices as CategoryChoice[];
  const full = value.length >= max;
  const nearest = useMemo(
    () =>
      unmatched
        ? nearestCategories(
            options.filter((o) => !value.some((v) => v.key === o.key)),
            unmatched,
            usage,
          )
        : [],
    [unmatched, options, value, usage],
  );

  const add = (choice: CategoryChoice) => {
    if (!full && !value.some((v) => v.key === choice.key)) onChange([...value, choice]);
    onInputChange('');
    onUnmatched(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const text = inputValue.trim();
    if (text === '') return;
    const matches = rankCategories(options, text, usage).filter((o) => !value.some((v) => v.key === o.key));
    if (matches.length === 0 || full) {
      // the text stays, and the form does not save without it
      event.preventDefault();
      (event as unknown as { defaultMuiPrevented: boolean }).defaultMuiPrevented = true;
      onUnmatched(text);
    }
  };

  return (
    <Stack spacing={1}>
      <Autocomplete
        multiple
        options={options}
        loading={isPending}
        value={value}
        inputValue={inputValue}
        // what was typed stays when the field loses focus (a click on Save): never dropped silently
        clearOnBlur={false}
        onInputChange={(_event, text) => {
          onInputChange(text);
          if (unmatched && text.trim() !== unmatched) onUnmatched(null);
        }}
        onChange={(_event, next) => {
          onChange(next.slice(0, max));
          onUnmatched(null);
        }}
        filterOptions={(list, state) => rankCategories(list, state.inputValue, usage)}
        getOptionLabel={(option) => option.label}
        isOptionEqualToValue={(option, v) => option.key === v.key}
        getOptionDisabled={(option) => full && !value.some((v) => v.key === option.key)}
        filterSelectedOptions
        autoHighlight
        onKeyDown={onKeyDown}
        noOptionsText={translate('lotsen.needPicker.noMatch', { text: inputValue.trim() })}
        slots={{ popper: InlinePopper }}
        slotProps={{ listbox: { style: { maxHeight: 220 } } as HTMLAttributes<HTMLUListElement> }}
        renderInput={(params) => (
          <TextField
            {...params}
            autoFocus={autoFocus}
            label={label}
            helperText={full ? translate('lotsen.quickContact.needsFull', { max }) : helperText}
          />
        )}
      />
      {unmatched ? (
        <Alert severity="warning" role="alert" data-testid="need-not-found">
          {translate(full ? 'lotsen.needPicker.full' : 'lotsen.needPicker.notFound', {
            text: unmatched,
            max,
          })}
          {!full && nearest.length > 0 ? (
            <Box component="span" sx={{ display: 'block', mt: 0.5 }}>
              {translate('lotsen.needPicker.nearest')}{' '}
              {nearest.map((choice) => (
                <Button
                  key={choice.key}
                  size="small"
                  variant="outlined"
                  sx={{ mr: 1, mt: 0.5 }}
                  onClick={() => add(choice)}
                >
                  {choice.label}
                </Button>
              ))}
            </Box>
          ) : null}
          <Button
            size="small"
            sx={{ mt: 0.5 }}
            onClick={() => {
              onInputChange('');
              onUnmatched(null);
            }}
          >
            {translate('lotsen.needPicker.discard', { text: unmatched })}
          </Button>
        </Alert>
      ) : null}
    </Stack>
  );
};
