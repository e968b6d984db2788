import { SearchInput, useTranslate, type SearchInputProps } from 'react-admin';
import { focusFirstRow } from './DataTable';

/**
 * The free-text filter `q`, with an accessible name (SearchInput shows only a placeholder). It has
 * the focus when its list opens, and ArrowDown moves on to the first row (issue 25, point 6).
 * Use it as `<SearchFilter source="q" alwaysOn />`: the filter form reads `source` from the element.
 */
export const SearchFilter = (props: SearchInputProps) => {
  const translate = useTranslate();
  return (
    <SearchInput
      autoFocus
      slotProps={{ htmlInput: { 'aria-label': translate('ra.action.search') } }}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown' && focusFirstRow()) event.preventDefault();
      }}
      {...props}
    />
  );
};
