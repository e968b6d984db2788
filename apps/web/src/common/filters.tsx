import { SearchInput, useTranslate, type SearchInputProps } from 'react-admin';

/**
 * The free-text filter `q`, with an accessible name (SearchInput shows only a placeholder).
 * Use it as `<SearchFilter source="q" alwaysOn />`: the filter form reads `source` from the element.
 */
export const SearchFilter = (props: SearchInputProps) => {
  const translate = useTranslate();
  return (
    <SearchInput slotProps={{ htmlInput: { 'aria-label': translate('ra.action.search') } }} {...props} />
  );
};
