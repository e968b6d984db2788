import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { Box } from '@mui/material';
import { DataTable as RaDataTable, type DataTableProps, type RaRecord } from 'react-admin';

/** Below this window width a table turns into cards (the outreach tablet; issue 25, point 5). */
export const CARDS_BELOW = '@media (max-width: 999.95px)';

/**
 * The column headers of a table, written on each body cell as `data-label`, so that a table shown
 * as cards can name each value ("Träger: …"); rows and cells get their roles explicitly (CSS
 * `display: block` would drop them in Chromium). Kept up to date while rows load, sort and page.
 */
function useCellLabels(ref: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const label = () => {
      for (const table of Array.from(root.querySelectorAll('table'))) {
        const headers = Array.from(table.querySelectorAll('thead tr:last-child th')).map(
          (th) => th.textContent?.trim() ?? '',
        );
        for (const row of Array.from(table.querySelectorAll('tbody tr'))) {
          // shown as cards, the elements keep their table semantics for screen readers
          if (!row.hasAttribute('role')) row.setAttribute('role', 'row');
          // a row that opens its record is reached with Tab and opened with Enter
          if (row.classList.contains('RaDataTable-clickableRow') && !row.hasAttribute('tabindex'))
            row.setAttribute('tabindex', '0');
          Array.from(row.children).forEach((cell, i) => {
            const text = headers[i] ?? '';
            if (cell.getAttribute('data-label') !== text) cell.setAttribute('data-label', text);
            if (cell.tagName === 'TD' && !cell.hasAttribute('role')) cell.setAttribute('role', 'cell');
          });
        }
      }
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}

/**
 * Every table fits its screen: values wrap instead of widening the table, the row's actions
 * wrap onto several lines, and below ~1000 px each row becomes a card of "label: value" lines
 * with its actions at the bottom, always on screen (no sideways scrolling, issue 25 point 5).
 */
const FIT = {
  maxWidth: '100%',
  '& table': { width: '100%' },
  // narrower cell padding than MUI's 16 px, so nine columns fit beside the menu at 1366 px
  '& th, & td': { whiteSpace: 'normal', overflowWrap: 'break-word', wordBreak: 'normal', px: 1 },
  // an action's label wraps onto a second line rather than widen the table
  '& td:last-of-type .MuiButton-root': { whiteSpace: 'normal', textAlign: 'start', lineHeight: 1.25 },
  // the actions cell: its buttons wrap rather than push the table wider
  '& td:last-of-type > .MuiStack-root, & td:last-of-type > div': { flexWrap: 'wrap', rowGap: 0.5 },
  [CARDS_BELOW]: {
    '& table, & tbody, & tr, & td': { display: 'block', width: '100%', boxSizing: 'border-box' },
    '& thead': { display: 'none' },
    '& tbody tr': {
      borderBottom: 1,
      borderColor: 'divider',
      py: 1,
      height: 'auto',
    },
    '& tbody td': {
      border: 0,
      py: 0.25,
      px: 1,
      textAlign: 'left',
      display: 'flex',
      flexDirection: 'row', // a right-aligned cell (the actions) would put its label last
      gap: 1,
      alignItems: 'baseline',
    },
    '& tbody td[data-label]:not([data-label=""])::before': {
      content: 'attr(data-label)',
      flex: '0 0 9.5em',
      color: 'text.secondary',
      fontSize: '0.8125rem',
    },
    '& tbody td:empty': { display: 'none' },
    '& tbody td:last-of-type': { justifyContent: 'flex-start', flexWrap: 'wrap' },
  },
} as const;

/** Enter on a focused row opens it (as a click would); arrow keys move between rows. */
function openOrMove(event: KeyboardEvent<HTMLDivElement>): void {
  const row = event.target as HTMLElement;
  if (row.tagName !== 'TR' || !row.classList.contains('RaDataTable-clickableRow')) return;
  if (event.key === 'Enter') {
    event.preventDefault();
    row.click();
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const next = event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
    if (next instanceof HTMLElement && next.tabIndex >= 0) {
      event.preventDefault();
      next.focus();
    }
  }
}

/** Moves the focus to the first row of the page's table that opens a record (from a search field). */
export function focusFirstRow(): boolean {
  const row = document.querySelector<HTMLElement>('.LotsenFittingTable tr.RaDataTable-clickableRow');
  row?.focus();
  return row !== null;
}

/**
 * The app's DataTable: react-admin's, in a box that makes it fit every screen (see FIT), whose
 * rows that open a record are reached by keyboard (Tab, arrow keys, Enter). Columns are declared
 * as with react-admin (`DataTable.Col`, `DataTable.NumberCol`).
 */
function FittingDataTable<RecordType extends RaRecord = RaRecord>(props: DataTableProps<RecordType>) {
  const ref = useRef<HTMLDivElement>(null);
  useCellLabels(ref);
  return (
    <Box ref={ref} className="LotsenFittingTable" sx={FIT} onKeyDown={openOrMove}>
      <RaDataTable<RecordType> {...props} />
    </Box>
  );
}

export const DataTable = Object.assign(FittingDataTable, {
  Col: RaDataTable.Col,
  NumberCol: RaDataTable.NumberCol,
});
