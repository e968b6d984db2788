import { useState, type ReactNode } from 'react';
import { Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../common/dates';

/** "Nov. 2026" in the UI language. */
export function useMonthLabel(): (month: string) => string {
  const [locale] = useLocaleState();
  return (month) =>
    new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)).toLocaleDateString(
      intlLocale(locale),
      { month: 'short', year: 'numeric', timeZone: 'UTC' },
    );
}

/** "+12,5 %" in the UI language, or the text for a change that cannot be computed. */
export function useFormatChange(): (change: number | null) => string {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (change) =>
    change === null
      ? translate('lotsen.trends.noChange')
      : `${change > 0 ? '+' : ''}${change.toLocaleString(intlLocale(locale), { maximumFractionDigits: 1 })} %`;
}

/**
 * A chart with its table view: the chart first, a toggle "Als Tabelle anzeigen" shows the same
 * numbers as a table instead (issue 20.4: every chart has a table view).
 */
export const ChartOrTable = ({ chart, table }: { chart: ReactNode; table: ReactNode }) => {
  const translate = useTranslate();
  const [asTable, setAsTable] = useState(false);
  return (
    <Box>
      <Button size="small" variant="outlined" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
        {translate(asTable ? 'lotsen.trends.showChart' : 'lotsen.trends.showTable')}
      </Button>
      <Box sx={{ mt: 1 }}>{asTable ? table : chart}</Box>
    </Box>
  );
};

/** A small table: header texts, rows of cells (already formatted). */
export const SimpleTable = ({
  caption,
  headers,
  rows,
}: {
  caption: string;
  headers: string[];
  rows: { key: string; label: string; cells: ReactNode[] }[];
}) => (
  <Box sx={{ overflowX: 'auto' }}>
    <Table size="small">
      <caption style={{ captionSide: 'top', padding: 0 }}>
        <Typography component="span" variant="body2" color="text.secondary">
          {caption}
        </Typography>
      </caption>
      <TableHead>
        <TableRow>
          {headers.map((header, k) => (
            <TableCell key={header} align={k === 0 ? 'left' : 'right'}>
              {header}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableCell component="th" scope="row">
              {row.label}
            </TableCell>
            {row.cells.map((cell, k) => (
              <TableCell key={k} align="right">
                {cell}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </Box>
);
