import { useId, type ReactNode } from 'react';
import { Box, Typography, useTheme } from '@mui/material';
import { LineChart } from '@mui/x-charts/LineChart';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslate } from 'react-admin';
import { quarterName, type TrendSeries } from '@lotsen/domain';
import { ReportValue } from '../reports/charts';
import { ChartOrTable, SimpleTable, useFormatChange, useMonthLabel } from './trendParts';

/** A chart's frame: a visible title that also names the chart for screen readers. */
const Figure = ({ title, children }: { title: string; children: ReactNode }) => {
  const id = useId();
  return (
    <Box component="figure" role="group" aria-labelledby={id} sx={{ m: 0 }}>
      <Typography id={id} component="figcaption" variant="subtitle2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
};

/** Needs and unmet needs month by month (line chart; a suppressed month is a gap, "." in the table). */
export const MonthlyTrend = ({
  series,
  selection,
  minCell,
}: {
  series: TrendSeries;
  selection: string;
  minCell: number;
}) => {
  const translate = useTranslate();
  const theme = useTheme();
  const monthLabel = useMonthLabel();
  const title = translate('lotsen.trends.byMonthChart', { selection });
  const months = series.points.map((p) => monthLabel(p.month));
  return (
    <ChartOrTable
      chart={
        <Figure title={title}>
          <LineChart
            height={300}
            xAxis={[{ scaleType: 'point', data: months }]}
            yAxis={[{ min: 0 }]}
            series={[
              {
                id: 'needs',
                label: translate('lotsen.trends.needs'),
                data: series.points.map((p) => p.needs),
                curve: 'linear',
                color: theme.palette.primary.main,
              },
              {
                id: 'unmet',
                label: translate('lotsen.trends.unmet'),
                data: series.points.map((p) => p.unmet),
                curve: 'linear',
                color: theme.palette.error.main,
              },
            ]}
          />
        </Figure>
      }
      table={
        <SimpleTable
          caption={title}
          headers={[
            translate('lotsen.reports.columns.month'),
            translate('lotsen.trends.needs'),
            translate('lotsen.trends.unmet'),
          ]}
          rows={series.points.map((p) => ({
            key: p.month,
            label: monthLabel(p.month),
            cells: [
              <ReportValue key="needs" value={p.needs} minCell={minCell} />,
              <ReportValue key="unmet" value={p.unmet} minCell={minCell} />,
            ],
          }))}
        />
      }
    />
  );
};

/** The latest quarter against the same quarter a year earlier (bar chart, table with the change). */
export const QuarterComparison = ({
  series,
  selection,
  minCell,
}: {
  series: TrendSeries;
  selection: string;
  minCell: number;
}) => {
  const translate = useTranslate();
  const theme = useTheme();
  const formatChange = useFormatChange();
  const latest = quarterName(series.latest.period);
  const previous = quarterName(series.previous.period);
  const title = translate('lotsen.trends.quartersChart', { latest, previous, selection });
  const measures = [
    { key: 'needs', label: translate('lotsen.trends.needs'), change: series.needsChange },
    { key: 'unmet', label: translate('lotsen.trends.unmet'), change: series.unmetChange },
  ] as const;
  return (
    <ChartOrTable
      chart={
        <Figure title={title}>
          <BarChart
            height={260}
            xAxis={[{ scaleType: 'band', data: measures.map((m) => m.label) }]}
            yAxis={[{ min: 0 }]}
            series={[
              {
                id: 'previous',
                label: previous,
                data: measures.map((m) => series.previous[m.key]),
                color: theme.palette.grey[500],
              },
              {
                id: 'latest',
                label: latest,
                data: measures.map((m) => series.latest[m.key]),
                color: theme.palette.primary.main,
              },
            ]}
          />
        </Figure>
      }
      table={
        <SimpleTable
          caption={title}
          headers={[translate('lotsen.trends.measure'), previous, latest, translate('lotsen.trends.change')]}
          rows={measures.map((m) => ({
            key: m.key,
            label: m.label,
            cells: [
              <ReportValue key="previous" value={series.previous[m.key]} minCell={minCell} />,
              <ReportValue key="latest" value={series.latest[m.key]} minCell={minCell} />,
              formatChange(m.change),
            ],
          }))}
        />
      }
    />
  );
};
