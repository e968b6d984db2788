import { useMemo } from 'react';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  useFieldValue,
  useGetList,
  useLocaleState,
  useTranslate,
  type AutocompleteArrayInputProps,
  type AutocompleteInputProps,
  type FieldProps,
  type RaRecord,
} from 'react-admin';
import { Typography } from '@mui/material';
import { NEED_CATEGORY_GROUPS } from '@lotsen/domain';

/** A need category as the API returns it. */
export interface NeedCategory {
  id: string;
  key: string;
  labelDe: string;
  labelEn: string;
  group: string;
  sensitive: boolean;
  active: boolean;
}

const TEN_MINUTES = 10 * 60 * 1000;

/**
 * Every need category, loaded once and kept for ten minutes: needs refer to their category by
 * `categoryKey`, not by id, so that a ReferenceField does not fit.
 */
export function useNeedCategories() {
  const { data, isPending, error } = useGetList<NeedCategory>(
    'need-categories',
    { pagination: { page: 1, perPage: 500 }, sort: { field: 'key', order: 'ASC' }, filter: {} },
    // offlineFirst: without network the service worker's copy answers (issue 22)
    { staleTime: TEN_MINUTES, networkMode: 'offlineFirst' },
  );
  const byKey = useMemo(() => new Map((data ?? []).map((category) => [category.key, category])), [data]);
  return { categories: data ?? [], byKey, isPending, error };
}

/** The label of a category in the UI language. */
export function useCategoryLabel(): (category: NeedCategory | undefined, fallback?: string) => string {
  const [locale] = useLocaleState();
  return (category, fallback = '') =>
    category ? (locale === 'en' ? category.labelEn : category.labelDe) || category.labelDe : fallback;
}

const groupIndex = (group: string): number => {
  const index = (NEED_CATEGORY_GROUPS as readonly string[]).indexOf(group);
  return index === -1 ? NEED_CATEGORY_GROUPS.length : index;
};

/** Active categories, grouped as in the taxonomy and sorted by label within a group. */
export function useActiveCategoryChoices() {
  const { categories, isPending } = useNeedCategories();
  const label = useCategoryLabel();
  const choices = useMemo(
    () =>
      categories
        .filter((category) => category.active)
        .map((category) => ({ ...category, label: label(category) }))
        .sort((a, b) => groupIndex(a.group) - groupIndex(b.group) || a.label.localeCompare(b.label, 'de')),
    [categories, label],
  );
  return { choices, isPending };
}

/** The category of a need (`categoryKey`), in the UI language. */
export const NeedCategoryField = (props: Partial<FieldProps>) => {
  const key = useFieldValue({ ...props, source: props.source ?? 'categoryKey' });
  const { byKey } = useNeedCategories();
  const label = useCategoryLabel();
  return (
    <Typography component="span" variant="body2">
      {label(byKey.get(String(key ?? '')), String(key ?? ''))}
    </Typography>
  );
};

function useGroupLabel() {
  const translate = useTranslate();
  return (option: RaRecord) => translate(`lotsen.groups.${option.group}`, { _: String(option.group) });
}

/** Picks one active category; the value is its key. */
export const NeedCategoryInput = (props: Omit<AutocompleteInputProps, 'choices'>) => {
  const { choices, isPending } = useActiveCategoryChoices();
  const groupBy = useGroupLabel();
  return (
    <AutocompleteInput
      source="categoryKey"
      choices={choices}
      optionValue="key"
      optionText="label"
      groupBy={groupBy}
      isPending={isPending}
      autoHighlight
      {...props}
    />
  );
};

/** Picks several active categories; the value is a list of keys. */
export const NeedCategoriesInput = (props: Omit<AutocompleteArrayInputProps, 'choices'>) => {
  const { choices, isPending } = useActiveCategoryChoices();
  const groupBy = useGroupLabel();
  return (
    <AutocompleteArrayInput
      choices={choices}
      optionValue="key"
      optionText="label"
      groupBy={groupBy}
      isPending={isPending}
      autoHighlight
      {...props}
    />
  );
};
