import { Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../common/dates';
import { useCategoryLabel, useNeedCategories } from '../common/needCategories';
import { BarChart, LineChart, ReportValue } from './charts';
import { PortalDemandSection } from './PortalDemandSection';
import { ReportTable, Section } from './reportParts';
import { TOTAL_FIELDS, countOf, type DemandReport } from './demandReport';

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
export const ReportBody = ({ report }: { report: DemandReport }) => {
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
        {report.zerosMayBeSuppressed ? ` ${translate('lotsen.reports.zerosMayBeSuppressed')}` : ''}
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
      {report.portalDemand && (
        <PortalDemandSection portal={report.portalDemand} districtName={districtName} minCell={minCell} />
      )}
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
