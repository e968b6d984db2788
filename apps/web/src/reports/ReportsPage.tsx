import { useId, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Skeleton,
  Stack,
  Typography,
} from '@mui/material';
import AcUnitIcon from '@mui/icons-material/AcUnit';
import {
  CanAccess,
  Confirm,
  Title,
  useDataProvider,
  useGetOne,
  useNotify,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { useNotifyError } from '../common/useNotifyError';
import type { LotsenDataProvider } from '../providers/dataProvider';
import { ReportBody } from './ReportBody';
import {
  ANALYST_PERIODS,
  PeriodPicker,
  TEAM_LEAD_PERIODS,
  defaultPeriod,
  rangeOf,
  type Period,
} from './PeriodPicker';
import { DownloadButtons, LIVE_DOWNLOAD_LABEL } from './Downloads';
import { SnapshotList, useFrozenQuarters, useQuarterName, useSnapshots } from './Snapshots';

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
