import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Box, MenuItem, Skeleton, Stack, TextField, Typography } from '@mui/material';
import { Title, useDataProvider, useGetList, useTranslate } from 'react-admin';
import { quarterName } from '@lotsen/domain';
import { useCategoryLabel, useNeedCategories } from '../common/needCategories';
import type { LotsenDataProvider } from '../providers/dataProvider';
import { Section } from '../reports/reportParts';
import { MonthlyTrend, QuarterComparison } from './TrendCharts';
import { TrendTiles } from './TrendTiles';
import { useMonthLabel } from './trendParts';

interface District {
  id: string;
  name: string;
}

/**
 * "Entwicklung" (issue 20, point 4): needs and unmet needs month by month over two years for a
 * chosen Sozialraum and category, the latest quarter against the same quarter a year earlier,
 * and a tile per Sozialraum coloured by the change (GET /api/reports/trends). Team leads see
 * their office, the analyst the city with suppressed values as "."; every chart has a table
 * view. Loaded lazily: the charts are not in the bundle before login.
 */
export const TrendsPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const [district, setDistrict] = useState('');
  const [category, setCategory] = useState('');
  const { categories, byKey } = useNeedCategories();
  const categoryLabel = useCategoryLabel();
  const monthLabel = useMonthLabel();
  const { data: districts } = useGetList<District>('districts', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'name', order: 'ASC' },
    filter: {},
  });
  const { data, isPending, error } = useQuery({
    queryKey: ['reports', 'trends', district, category],
    queryFn: () => dataProvider.getTrends({ district: district || null, category: category || null }),
    // the charts stay (and a table view stays a table) while another choice loads
    placeholderData: keepPreviousData,
  });
  const districtName = (id: string) => districts?.find((d) => d.id === id)?.name ?? id;
  const selection = translate('lotsen.trends.selection', {
    district: district ? districtName(district) : translate('lotsen.trends.allDistricts'),
    category: category
      ? categoryLabel(byKey.get(category), category)
      : translate('lotsen.trends.allCategories'),
  });

  return (
    <Box sx={{ py: 2 }}>
      <Title title="lotsen.trends.title" />
      <Stack spacing={2}>
        <Box>
          <Typography component="h1" variant="h5">
            {translate('lotsen.trends.heading')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('lotsen.trends.intro')}
          </Typography>
        </Box>
        <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap' }}>
          <TextField
            select
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            size="small"
            fullWidth={false}
            sx={{ minWidth: 260 }}
            label={translate('lotsen.trends.district')}
            value={district}
            onChange={(event) => setDistrict(event.target.value)}
          >
            <MenuItem value="">{translate('lotsen.trends.allDistricts')}</MenuItem>
            {(districts ?? []).map((d) => (
              <MenuItem key={d.id} value={d.id}>
                {d.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            size="small"
            fullWidth={false}
            sx={{ minWidth: 260 }}
            label={translate('lotsen.trends.category')}
            value={category}
            onChange={(event) => setCategory(event.target.value)}
          >
            <MenuItem value="">{translate('lotsen.trends.allCategories')}</MenuItem>
            {categories.map((c) => (
              <MenuItem key={c.key} value={c.key}>
                {categoryLabel(c)}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        {error ? (
          <Alert severity="error">{translate('lotsen.common.loadError')}</Alert>
        ) : isPending || !data ? (
          <Skeleton variant="rectangular" height={300} />
        ) : (
          <>
            <Typography variant="body2" color="text.secondary" data-testid="trends-scope">
              {translate(data.scope === 'city' ? 'lotsen.trends.scopeCity' : 'lotsen.trends.scopeOffice')}
              {' · '}
              {translate('lotsen.trends.months', { from: monthLabel(data.from), to: monthLabel(data.to) })}
              {data.suppressed ? ` · ${translate('lotsen.reports.legend', { minCell: data.minCell })}` : ''}
              {data.zerosMayBeSuppressed ? ` ${translate('lotsen.reports.zerosMayBeSuppressed')}` : ''}
            </Typography>
            <Section title={translate('lotsen.trends.byMonth')}>
              <MonthlyTrend series={data.selection} selection={selection} minCell={data.minCell} />
            </Section>
            <Section
              title={translate('lotsen.trends.quarters', {
                latest: quarterName(data.latestQuarter),
                previous: quarterName(data.previousQuarter),
              })}
            >
              <QuarterComparison series={data.selection} selection={selection} minCell={data.minCell} />
            </Section>
            <Section title={translate('lotsen.trends.tiles')}>
              <TrendTiles series={data.byDistrict} districtName={districtName} minCell={data.minCell} />
            </Section>
          </>
        )}
      </Stack>
    </Box>
  );
};
