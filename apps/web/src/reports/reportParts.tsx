import { useId, type ReactNode } from 'react';
import {
  Box,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { ReportValue } from './charts';

/** The building blocks of a report's page: a section with its heading, a table of counts. */

export interface Column<T> {
  /** i18n key of the header. */
  header: string;
  value: (row: T) => number | null;
}

/** The table under a chart: a label column and counts, suppressed counts as ".". */
export function ReportTable<T>({
  caption,
  labelHeader,
  rows,
  labelOf,
  keyOf,
  columns,
  minCell,
}: {
  caption: string;
  labelHeader: string;
  rows: T[];
  labelOf: (row: T) => string;
  keyOf: (row: T) => string;
  columns: Column<T>[];
  minCell: number;
}) {
  const translate = useTranslate();
  return (
    <Box sx={{ overflowX: 'auto', mt: 1 }}>
      <Table size="small">
        <caption style={{ captionSide: 'top', padding: 0 }}>
          <Typography component="span" variant="body2" color="text.secondary">
            {caption}
          </Typography>
        </caption>
        <TableHead>
          <TableRow>
            <TableCell>{translate(labelHeader)}</TableCell>
            {columns.map((column) => (
              <TableCell key={column.header} align="right">
                {translate(column.header)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={keyOf(row)}>
              <TableCell component="th" scope="row">
                {labelOf(row)}
              </TableCell>
              {columns.map((column) => (
                <TableCell key={column.header} align="right">
                  <ReportValue value={column.value(row)} minCell={minCell} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/** A section of the page: a heading, the chart and its table. */
export const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId}>
      <CardContent>
        <Typography id={headingId} component="h2" variant="h6" sx={{ mb: 1 }}>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};
