import { useId, useState, type ReactNode } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Grid,
  Skeleton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import AcUnitIcon from '@mui/icons-material/AcUnit';
import {
  CanAccess,
  Confirm,
  Title,
  useDataProvider,
  useGetList,
  useGetOne,
  useLocaleState,
  useNotify,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { intlLocale } from '../common/dates';
import { useCategoryLabel, useNeedCategories } from '../common/needCategories';
import { useNotifyError } from '../common/useNotifyError';
import type { LotsenDataProvider } from '../providers/dataProvider';
import { BarChart, LineChart, ReportValue } from './charts';
import {
  ANALYST_PERIODS,
  PeriodPicker,
  TEAM_LEAD_PERIODS,
  defaultPeriod,
  rangeOf,
  type Period,
} from './PeriodPicker';
import { TOTAL_FIELDS, countOf, type DemandReport } from './demandReport';
import { DownloadButtons, LIVE_DOWNLOAD_LABEL } from './Downloads';
import { SnapshotList, useFrozenQuarters, useQuarterName, useSnapshots } from './Snapshots';

interface Column<T> {
  /** i18n key of the header. */
  header: string;
  value: (row: T) => number | null;
}

/** The table under a chart: a label column and counts, suppressed counts as ".". */
function ReportTable<T>({
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
const Section = ({ title, children }: { title: string; children: ReactNode }) => {
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

/** Key figures: the totals of the report. */
const KeyFigures = ({ report }: { report: DemandReport }) => {
  const translate = useTranslate();
  return (
    <Grid container spacing={2}>
      {TOTAL_FIELDS.map((field) => (
        <Grid key={field} size={{ xs: 6, sm: 4, md: 12 / 7 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardContent>
              <Typography component="p" variant="body2" color="text.secondary">
                {translate(`lotsen.reports.totals.${field}`)}
              </Typography>
              <Typography component="p" variant="h5">
                <ReportValue value={countOf(report.totals, field)} minCell={report.minCell} />
              </Typography>
            </CardContent>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
};

interface District {
  id: string;
  name: string;
}

/** The charts and tables of one report. */
const ReportBody = ({ report }: { report: DemandReport }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { byKey } = useNeedCategories();
  const categoryLabel = useCategoryLabel();
  const { data: districts } = useGetList<District>('districts', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'name', order: 'ASC' },
    filter: {},
  });
  const districtName = (id: string) => districts?.find((district) => district.id === id)?.name ?? id;
  const minCell = report.minCell;
  const groupLabel = (group: string) => translate(`lotsen.groups.${group}`, { _: group });
  // group totals come from the API (exact sums, suppressed with the tables); older frozen
  // reports have none
  const groups = report.byCategoryGroup ?? [];
  const monthLabel = (month: string) =>
    new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)).toLocaleDateString(
      intlLocale(locale),
      { month: 'short', year: 'numeric', timeZone: 'UTC' },
    );
  const category = (key: string) => categoryLabel(byKey.get(key), key);
  const t = (key: string) => translate(`lotsen.reports.${key}`);

  return (
    <Stack spacing={2}>
      <KeyFigures report={report} />
      <Typography variant="body2" color="text.secondary">
        {translate('lotsen.reports.legend', { minCell })}
      </Typography>
      <Section title={t('byGroup')}>
        <BarChart
          title={t('byGroup')}
          minCell={minCell}
          items={groups.map((row) => ({
            key: row.group,
            label: groupLabel(row.group),
            value: countOf(row, 'needs'),
          }))}
        />
        <ReportTable
          caption={t('byGroup')}
          labelHeader="lotsen.reports.columns.group"
          rows={groups}
          keyOf={(row) => row.group}
          labelOf={(row) => groupLabel(row.group)}
          columns={[
            { header: 'lotsen.reports.columns.needs', value: (row) => countOf(row, 'needs') },
            { header: 'lotsen.reports.columns.unmet', value: (row) => countOf(row, 'unmet') },
            { header: 'lotsen.reports.columns.referred', value: (row) => countOf(row, 'referred') },
          ]}
          minCell={minCell}
        />
      </Section>
      <Section title={t('byDistrict')}>
        <BarChart
          title={t('byDistrict')}
          minCell={minCell}
          items={report.byDistrict.map((row) => ({
            key: row.districtId,
            label: districtName(row.districtId),
            value: countOf(row, 'needs'),
          }))}
        />
        <ReportTable
          caption={t('byDistrict')}
          labelHeader="lotsen.reports.columns.district"
          rows={report.byDistrict}
          keyOf={(row) => row.districtId}
          labelOf={(row) => districtName(row.districtId)}
          columns={[
            { header: 'lotsen.reports.columns.contacts', value: (row) => countOf(row, 'contacts') },
            { header: 'lotsen.reports.columns.families', value: (row) => countOf(row, 'families') },
            { header: 'lotsen.reports.columns.needs', value: (row) => countOf(row, 'needs') },
          ]}
          minCell={minCell}
        />
      </Section>
      <Section title={t('byMonth')}>
        <LineChart
          title={t('byMonth')}
          minCell={minCell}
          labels={report.byMonth.map((row) => monthLabel(row.month))}
          series={[
            {
              key: 'contacts',
              label: t('columns.contacts'),
              values: report.byMonth.map((row) => countOf(row, 'contacts')),
            },
            {
              key: 'needs',
              label: t('columns.needs'),
              values: report.byMonth.map((row) => countOf(row, 'needs')),
            },
          ]}
        />
        <ReportTable
          caption={t('byMonth')}
          labelHeader="lotsen.reports.columns.month"
          rows={report.byMonth}
          keyOf={(row) => row.month}
          labelOf={(row) => monthLabel(row.month)}
          columns={[
            { header: 'lotsen.reports.columns.contacts', value: (row) => countOf(row, 'contacts') },
            { header: 'lotsen.reports.columns.needs', value: (row) => countOf(row, 'needs') },
          ]}
          minCell={minCell}
        />
      </Section>
      <Section title={t('unmet')}>
        <BarChart
          title={t('unmet')}
          minCell={minCell}
          items={report.byCategory.map((row) => ({
            key: row.categoryKey,
            label: category(row.categoryKey),
            value: countOf(row, 'unmet'),
          }))}
        />
        <ReportTable
          caption={t('unmet')}
          labelHeader="lotsen.reports.columns.category"
          rows={report.byCategory}
          keyOf={(row) => row.categoryKey}
          labelOf={(row) => category(row.categoryKey)}
          columns={[
            { header: 'lotsen.reports.columns.needs', value: (row) => countOf(row, 'needs') },
            { header: 'lotsen.reports.columns.unmet', value: (row) => countOf(row, 'unmet') },
            { header: 'lotsen.reports.columns.referred', value: (row) => countOf(row, 'referred') },
          ]}
          minCell={minCell}
        />
      </Section>
    </Stack>
  );
};

/** Whose numbers these are: the city, or one office. */
const Scope = ({ officeId }: { officeId: string | null }) => {
  const translate = useTranslate();
  const { data } = useGetOne<{ id: string; name: string }>(
    'offices',
    { id: officeId ?? '' },
    { enabled: !!officeId },
  );
  return (
    <Typography variant="body2" color="text.secondary">
      {officeId
        ? translate('lotsen.reports.scopeOffice', { office: data?.name ?? '…' })
        : translate('lotsen.reports.scopeCity')}
    </Typography>
  );
};

/**
 * "Berichte": the demand report for a month, quarter or year (team leads: also a free period;
 * GET /api/reports/demand) with key figures, charts and their tables, suppressed values as ".".
 * Beside the period picker the live report downloads as CSV, XLSX or PDF, marked "vorläufig";
 * "Bericht einfrieren" freezes a quarter after a confirmation (POST /api/report-snapshots; once
 * per quarter and scope, the picker marks frozen quarters), the frozen reports are listed with
 * their downloads. Team leads get their office, analysts the city (the API decides).
 */
export const ReportsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const { permissions } = usePermissions<unknown>();
  const [period, setPeriod] = useState<Period>(defaultPeriod);
  const [confirming, setConfirming] = useState(false);
  const range = rangeOf(period);
  const { data, isPending, error } = useQuery({
    queryKey: ['reports', 'demand', range?.from, range?.to],
    queryFn: () => dataProvider.getDemandReport(range ?? { from: '', to: '' }),
    enabled: range !== null,
  });
  const { refetch: refetchSnapshots } = useSnapshots();
  const frozen = useFrozenQuarters();
  const quarterName = useQuarterName();
  const freeze = useMutation({
    mutationFn: (quarter: string) => dataProvider.createReportSnapshot({ kind: 'demand', period: quarter }),
    onSuccess: (_snapshot, quarter) => {
      notify('lotsen.reports.frozen', { type: 'success', messageArgs: { period: quarterName(quarter) } });
      void refetchSnapshots();
    },
    onError: (failure) => {
      notifyError(failure);
      void refetchSnapshots();
    },
  });
  const snapshotsHeading = useId();
  const quarterFrozen = period.kind === 'quarter' && frozen.has(period.quarter);

  return (
    <Box sx={{ py: 2 }}>
      <Title title="lotsen.reports.title" />
      <Stack spacing={2}>
        <Card>
          <CardContent>
            <Stack spacing={1}>
              <Typography component="h1" variant="h5">
                {translate('lotsen.reports.heading')}
              </Typography>
              <Stack
                direction="row"
                useFlexGap
                spacing={2}
                sx={{ flexWrap: 'wrap', alignItems: 'center', rowGap: 1 }}
              >
                <PeriodPicker
                  period={period}
                  onChange={setPeriod}
                  kinds={permissions === 'team_lead' ? TEAM_LEAD_PERIODS : ANALYST_PERIODS}
                  frozen={frozen}
                />
                <Box role="group" aria-label={translate('lotsen.reports.liveDownloads')}>
                  <Typography variant="caption" color="text.secondary" component="p">
                    {translate('lotsen.reports.liveDownloads')}
                  </Typography>
                  <DownloadButtons
                    labels={LIVE_DOWNLOAD_LABEL}
                    disabled={range === null}
                    fetchFile={(format) =>
                      dataProvider.downloadLiveReport(range ?? { from: '', to: '' }, format)
                    }
                    fallbackName={(format) =>
                      `bedarfsbericht-vorlaeufig-${range?.from}-bis-${range?.to}.${format}`
                    }
                  />
                </Box>
              </Stack>
              {permissions !== 'team_lead' && (
                <Typography variant="body2" color="text.secondary">
                  {translate('lotsen.reports.calendarPeriodsOnly')}
                </Typography>
              )}
              <Stack
                direction="row"
                useFlexGap
                spacing={2}
                sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}
              >
                <CanAccess resource="reports" action="reportSnapshot.create">
                  <Button
                    variant="contained"
                    startIcon={freeze.isPending ? <CircularProgress size={16} /> : <AcUnitIcon />}
                    disabled={period.kind !== 'quarter' || quarterFrozen || freeze.isPending}
                    onClick={() => setConfirming(true)}
                  >
                    {translate('lotsen.reports.freeze')}
                  </Button>
                  <Confirm
                    isOpen={confirming && period.kind === 'quarter'}
                    title={translate('lotsen.reports.freezeConfirmTitle', {
                      period: period.kind === 'quarter' ? quarterName(period.quarter) : '',
                    })}
                    content={translate('lotsen.reports.freezeConfirmContent')}
                    confirm="lotsen.reports.freezeConfirm"
                    onConfirm={() => {
                      setConfirming(false);
                      if (period.kind === 'quarter') freeze.mutate(period.quarter);
                    }}
                    onClose={() => setConfirming(false)}
                  />
                </CanAccess>
                <Typography variant="body2" color="text.secondary">
                  {translate(
                    period.kind !== 'quarter'
                      ? 'lotsen.reports.freezeOnlyQuarter'
                      : quarterFrozen
                        ? 'lotsen.reports.alreadyFrozen'
                        : 'lotsen.reports.freezeHint',
                    period.kind === 'quarter' ? { period: quarterName(period.quarter) } : {},
                  )}
                </Typography>
              </Stack>
              {data && <Scope officeId={data.officeId} />}
            </Stack>
          </CardContent>
        </Card>
        {range === null ? null : error ? (
          <Alert severity="error">{translate('lotsen.common.loadError')}</Alert>
        ) : isPending ? (
          <Skeleton variant="rectangular" height={240} />
        ) : (
          <ReportBody report={data} />
        )}
        <CanAccess resource="reports" action="reportSnapshot.read">
          <Card component="section" aria-labelledby={snapshotsHeading}>
            <CardContent>
              <Typography id={snapshotsHeading} component="h2" variant="h6" sx={{ mb: 1 }}>
                {translate('lotsen.reports.snapshots')}
              </Typography>
              <SnapshotList />
            </CardContent>
          </Card>
        </CanAccess>
      </Stack>
    </Box>
  );
};

/** The route's page, for those with `report.read` only. */
export const ReportsRoute = () => (
  <CanAccess resource="reports" action="report.read">
    <ReportsPage />
  </CanAccess>
);
