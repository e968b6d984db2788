import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Box,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import InsightsIcon from '@mui/icons-material/Insights';
import { useDataProvider, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { DayTextField } from '../common/dateInputs';
import { isDateOnly } from '../common/dates';
import { useCategoryLabel, useNeedCategories } from '../common/needCategories';
import type { LotsenDataProvider, ReferralOutcomeCounts } from '../providers/dataProvider';
import { ReportValue } from '../reports/charts';
import { PeriodPicker, ANALYST_PERIODS, defaultPeriod, rangeOf, type Period } from '../reports/PeriodPicker';
import { DashboardCard } from './DashboardCard';
import { defaultOutcomePeriod, formatMedianDays, sortOutcomeRows, totalOf } from './referralOutcomes';

const COUNT_COLUMNS = ['sent', 'accepted', 'declined', 'completed', 'notTakenUp'] as const;

interface OutcomeTableProps<T extends ReferralOutcomeCounts> {
  caption: string;
  nameColumn: string;
  rows: T[];
  nameOf: (row: T) => string;
  keyOf: (row: T) => string;
  /** The analyst's report: the API's totals (suppressed like the rows) and its minimum cell. */
  totals?: Omit<ReferralOutcomeCounts, 'medianDaysToResponse'>;
  minCell?: number;
}

/** One table of the report: a row per provider or category, a total line below. */
function OutcomeTable<T extends ReferralOutcomeCounts>({
  caption,
  nameColumn,
  rows,
  nameOf,
  keyOf,
  totals,
  minCell,
}: OutcomeTableProps<T>) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const captionId = useId();
  const total: Record<(typeof COUNT_COLUMNS)[number], number | null> = totals ?? totalOf(rows);
  // the team lead's own office: how many answers staff recorded on the provider's behalf
  const onBehalf = minCell === undefined && rows.some((row) => row.respondedOnBehalf !== undefined);
  const cell = (value: number | null | undefined) =>
    minCell === undefined ? (value ?? 0) : <ReportValue value={value ?? null} minCell={minCell} />;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Typography id={captionId} component="h3" variant="subtitle1" sx={{ fontWeight: 600, mt: 1 }}>
        {translate(caption)}
      </Typography>
      <Table size="small" aria-labelledby={captionId}>
        <TableHead>
          <TableRow>
            <TableCell>{translate(`lotsen.dashboard.columns.${nameColumn}`)}</TableCell>
            {COUNT_COLUMNS.map((column) => (
              <TableCell key={column} align="right">
                {translate(`lotsen.dashboard.columns.${column}`)}
              </TableCell>
            ))}
            <TableCell align="right">{translate('lotsen.dashboard.columns.medianDaysToResponse')}</TableCell>
            {onBehalf && (
              <TableCell align="right">{translate('lotsen.dashboard.columns.respondedOnBehalf')}</TableCell>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {sortOutcomeRows(rows, nameOf).map((row) => (
            <TableRow key={keyOf(row)}>
              <TableCell component="th" scope="row">
                {nameOf(row)}
              </TableCell>
              {COUNT_COLUMNS.map((column) => (
                <TableCell key={column} align="right">
                  {cell(row[column])}
                </TableCell>
              ))}
              <TableCell align="right">
                {minCell !== undefined && row.suppressedFields?.includes('medianDaysToResponse') ? (
                  <ReportValue value={null} minCell={minCell} />
                ) : (
                  formatMedianDays(row.medianDaysToResponse, locale)
                )}
              </TableCell>
              {onBehalf && (
                <TableCell align="right">
                  {translate('lotsen.dashboard.onBehalfOf', {
                    count: row.respondedOnBehalf ?? 0,
                    total: row.responded ?? 0,
                  })}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableCell component="th" scope="row">
              {translate('lotsen.dashboard.total')}
            </TableCell>
            {COUNT_COLUMNS.map((column) => (
              <TableCell key={column} align="right">
                {cell(total[column])}
              </TableCell>
            ))}
            <TableCell />
            {onBehalf && <TableCell />}
          </TableRow>
        </TableFooter>
      </Table>
    </Box>
  );
}

/**
 * Team lead (and analyst): what became of the referrals sent in a period, per provider and per
 * category (GET /api/reports/referral-outcomes). Team leads: their office, the last 90 days unless
 * another range is chosen. Analysts: the city, a calendar month, quarter or year (the last
 * complete quarter first), suppressed counts as "." with the legend, merged providers as
 * "weitere Träger".
 */
export const ReferralOutcomes = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const { permissions } = usePermissions<unknown>();
  // the analyst reads calendar months, quarters and years of the city (issue 16)
  const analyst = permissions === 'analyst';
  const [free, setFree] = useState(defaultOutcomePeriod);
  const [calendar, setCalendar] = useState<Period>(defaultPeriod);
  const period = analyst ? (rangeOf(calendar) ?? { from: '', to: '' }) : free;
  const valid = isDateOnly(period.from) && isDateOnly(period.to) && period.from <= period.to;
  const { data, isPending, error } = useQuery({
    queryKey: ['reports', 'referral-outcomes', period.from, period.to],
    queryFn: () => dataProvider.getReferralOutcomes(period),
    enabled: valid && permissions !== undefined,
  });
  const minCell = data?.minCell;
  const { byKey } = useNeedCategories();
  const categoryLabel = useCategoryLabel();
  const byProvider = data?.byProvider ?? [];
  const byCategory = data?.byCategory ?? [];

  return (
    <DashboardCard
      title="lotsen.dashboard.referralOutcomes"
      icon={InsightsIcon}
      isPending={valid && isPending}
      error={error}
    >
      {analyst ? (
        <Stack sx={{ mb: 1 }}>
          <PeriodPicker period={calendar} onChange={setCalendar} kinds={ANALYST_PERIODS} />
        </Stack>
      ) : (
        <Stack
          direction="row"
          spacing={2}
          sx={{ mb: 1 }}
          role="group"
          aria-label={translate('lotsen.dashboard.period')}
        >
          <DayTextField
            size="small"
            label={translate('lotsen.dashboard.from')}
            value={period.from}
            onChange={(value) => setFree((current) => ({ ...current, from: value }))}
            error={!valid}
            sx={{ width: 190 }}
          />
          <DayTextField
            size="small"
            label={translate('lotsen.dashboard.to')}
            value={period.to}
            onChange={(value) => setFree((current) => ({ ...current, to: value }))}
            error={!valid}
            sx={{ width: 190 }}
          />
        </Stack>
      )}
      {byProvider.length === 0 && byCategory.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
          {translate('lotsen.dashboard.noOutcomes')}
        </Typography>
      ) : (
        <>
          <OutcomeTable
            caption="lotsen.dashboard.byProvider"
            nameColumn="provider"
            rows={byProvider}
            nameOf={(row) => (row.otherProviders ? translate('lotsen.reports.otherProviders') : row.name)}
            keyOf={(row) => row.providerId ?? 'other'}
            totals={data?.totals}
            minCell={minCell}
          />
          <OutcomeTable
            caption="lotsen.dashboard.byCategory"
            nameColumn="category"
            rows={byCategory}
            nameOf={(row) => categoryLabel(byKey.get(row.categoryKey), row.categoryKey)}
            keyOf={(row) => row.categoryKey}
            totals={data?.totals}
            minCell={minCell}
          />
          {minCell !== undefined && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {translate('lotsen.reports.legend', { minCell })}
            </Typography>
          )}
        </>
      )}
    </DashboardCard>
  );
};
