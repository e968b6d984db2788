import { useMemo } from 'react';
import { Alert, Box, Divider, Skeleton, Stack, Typography } from '@mui/material';
import { useDataProvider, useGetList, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { QUARTER_PATTERN } from '@lotsen/domain';
import { formatDateTime } from '../common/dates';
import type { LotsenDataProvider } from '../providers/dataProvider';
import { DownloadButtons } from './Downloads';
import type { ReportSnapshot } from './demandReport';

const SNAPSHOT_QUERY = {
  pagination: { page: 1, perPage: 100 },
  sort: { field: 'createdAt', order: 'DESC' as const },
  filter: {},
};

/** The frozen reports the user may read, newest first (one query, shared by page and picker). */
export const useSnapshots = () => useGetList<ReportSnapshot>('report-snapshots', SNAPSHOT_QUERY);

/**
 * The quarters frozen for the report the page shows: a team lead's office (the only snapshots
 * they read), the analyst's city report (snapshots without an office).
 */
export function useFrozenQuarters(): Set<string> {
  const { permissions } = usePermissions<unknown>();
  const { data } = useSnapshots();
  return useMemo(
    () =>
      new Set(
        (data ?? [])
          .filter((snapshot) => permissions === 'team_lead' || snapshot.officeId === null)
          .map((snapshot) => snapshot.period),
      ),
    [data, permissions],
  );
}

/** "3. Quartal 2026" for `2026-Q3`: the one name of a quarter on every screen (and in exports). */
export function useQuarterName(): (period: string) => string {
  const translate = useTranslate();
  return (period: string) => {
    const match = QUARTER_PATTERN.exec(period);
    return match ? translate('lotsen.reports.quarterName', { quarter: match[2], year: match[1] }) : period;
  };
}

/** The name of an office (snapshots of the analyst can be of one office). */
const OfficeName = ({ officeId }: { officeId: string | null }) => {
  const translate = useTranslate();
  const { data } = useGetList<{ id: string; name: string }>('offices', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'name', order: 'ASC' },
    filter: {},
  });
  if (!officeId) return <>{translate('lotsen.reports.scopeCityShort')}</>;
  return <>{data?.find((office) => office.id === officeId)?.name ?? '…'}</>;
};

/**
 * The frozen reports, newest first: the quarter's name and days, its scope, when and how it was
 * frozen, and its downloads. A list that wraps rather than a table, so that the buttons stay on
 * screen on the outreach tablet.
 */
export const SnapshotList = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const quarterName = useQuarterName();
  const { data, isPending, error } = useSnapshots();
  if (error) return <Alert severity="error">{translate('lotsen.common.loadError')}</Alert>;
  if (isPending) return <Skeleton variant="rectangular" height={64} />;
  if (data.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('lotsen.reports.noSnapshots')}
      </Typography>
    );
  return (
    <Stack
      component="ul"
      divider={<Divider component="li" aria-hidden />}
      sx={{ p: 0, m: 0, listStyle: 'none' }}
    >
      {data.map((snapshot) => (
        <Box
          component="li"
          key={snapshot.id}
          sx={{ py: 1, display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
        >
          <Box sx={{ flex: '1 1 260px', minWidth: 0 }}>
            <Typography component="h3" variant="subtitle2">
              {quarterName(snapshot.period)} · <OfficeName officeId={snapshot.officeId} />
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {formatDateTime(snapshot.periodFrom, locale)} – {formatDateTime(snapshot.periodTo, locale)} ·{' '}
              {translate('lotsen.reports.columns.createdAt')}{' '}
              {formatDateTime(snapshot.createdAt, locale, true)}
              {snapshot.createdBySystem ? ` (${translate('lotsen.reports.createdBySystem')})` : null}
            </Typography>
          </Box>
          <DownloadButtons
            fetchFile={(format) => dataProvider.downloadReportExport(snapshot.id, format)}
            fallbackName={(format) => `bedarfsbericht-${snapshot.period}.${format}`}
          />
        </Box>
      ))}
    </Stack>
  );
};
