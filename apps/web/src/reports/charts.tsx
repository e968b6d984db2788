import { Box, Tooltip, useTheme } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../common/dates';

/** The explanation of a suppressed value, for its tooltip. */
export function useSuppressedText(minCell: number): string {
  const translate = useTranslate();
  return translate('lotsen.reports.suppressed', { minCell });
}

export function useFormatCount(): (value: number) => string {
  const [locale] = useLocaleState();
  return (value) => value.toLocaleString(intlLocale(locale));
}

/** A count of the report, or "." with a tooltip where it is suppressed. */
export const ReportValue = ({ value, minCell }: { value: number | null; minCell: number }) => {
  const suppressedText = useSuppressedText(minCell);
  const format = useFormatCount();
  if (value !== null) return <>{format(value)}</>;
  return (
    <Tooltip title={suppressedText}>
      <Box component="span" tabIndex={0} sx={{ cursor: 'help', px: 0.5, fontWeight: 700 }}>
        .
      </Box>
    </Tooltip>
  );
};

export interface BarItem {
  key: string;
  label: string;
  value: number | null;
}

const BAR_HEIGHT = 22;
const BAR_GAP = 8;
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 56;
const WIDTH = 640;

/** The text of a chart for screen readers: its title and every value. */
function useSummary(): (title: string, items: { label: string; value: number | null }[]) => string {
  const translate = useTranslate();
  const format = useFormatCount();
  return (title, items) =>
    `${title}: ${items
      .map(
        (item) =>
          `${item.label} ${item.value === null ? translate('lotsen.reports.notPublished') : format(item.value)}`,
      )
      .join(', ')}`;
}

/** A horizontal bar chart in plain SVG; a suppressed value has no bar and shows ".". */
export const BarChart = ({ title, items, minCell }: { title: string; items: BarItem[]; minCell: number }) => {
  const theme = useTheme();
  const summary = useSummary();
  const format = useFormatCount();
  const suppressedText = useSuppressedText(minCell);
  const max = Math.max(1, ...items.map((item) => item.value ?? 0));
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = items.length * (BAR_HEIGHT + BAR_GAP) + BAR_GAP;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <svg
        role="img"
        aria-label={summary(title, items)}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: WIDTH, display: 'block' }}
      >
        {items.map((item, index) => {
          const y = BAR_GAP + index * (BAR_HEIGHT + BAR_GAP);
          const width = item.value === null ? 0 : Math.max(item.value > 0 ? 2 : 0, (item.value / max) * plot);
          return (
            <g key={item.key} aria-hidden="true">
              <text
                x={LABEL_WIDTH - 8}
                y={y + BAR_HEIGHT / 2}
                textAnchor="end"
                dominantBaseline="central"
                fontSize={13}
                fill={theme.palette.text.primary}
              >
                {item.label.length > 28 ? `${item.label.slice(0, 27)}…` : item.label}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y}
                width={width}
                height={BAR_HEIGHT}
                rx={3}
                fill={theme.palette.primary.main}
              />
              <text
                x={LABEL_WIDTH + width + 6}
                y={y + BAR_HEIGHT / 2}
                dominantBaseline="central"
                fontSize={13}
                fill={theme.palette.text.secondary}
              >
                {item.value === null ? <title>{suppressedText}</title> : null}
                {item.value === null ? '.' : format(item.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </Box>
  );
};

export interface LineSeries {
  key: string;
  label: string;
  values: (number | null)[];
}

const LINE_HEIGHT = 220;
const PAD = { top: 16, right: 16, bottom: 32, left: 48 };

/** A line chart over months in plain SVG; a suppressed value breaks its line. */
export const LineChart = ({
  title,
  labels,
  series,
  minCell,
}: {
  title: string;
  labels: string[];
  series: LineSeries[];
  minCell: number;
}) => {
  const theme = useTheme();
  const translate = useTranslate();
  const format = useFormatCount();
  const suppressedText = useSuppressedText(minCell);
  const colors = [theme.palette.primary.main, theme.palette.secondary.main];
  const max = Math.max(1, ...series.flatMap((line) => line.values.map((value) => value ?? 0)));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = LINE_HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) =>
    PAD.left + (labels.length <= 1 ? plotWidth / 2 : (index / (labels.length - 1)) * plotWidth);
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  const label = series
    .map(
      (line) =>
        `${line.label}: ${labels
          .map(
            (month, index) =>
              `${month} ${
                line.values[index] === null || line.values[index] === undefined
                  ? translate('lotsen.reports.notPublished')
                  : format(line.values[index] as number)
              }`,
          )
          .join(', ')}`,
    )
    .join('; ');
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <svg
        role="img"
        aria-label={`${title}. ${label}`}
        viewBox={`0 0 ${WIDTH} ${LINE_HEIGHT + 24}`}
        width="100%"
        style={{ maxWidth: WIDTH, display: 'block' }}
      >
        <g aria-hidden="true">
          {[0, 0.5, 1].map((share) => (
            <g key={share}>
              <line
                x1={PAD.left}
                x2={WIDTH - PAD.right}
                y1={y(max * share)}
                y2={y(max * share)}
                stroke={theme.palette.divider}
              />
              <text
                x={PAD.left - 6}
                y={y(max * share)}
                textAnchor="end"
                dominantBaseline="central"
                fontSize={12}
                fill={theme.palette.text.secondary}
              >
                {format(Math.round(max * share))}
              </text>
            </g>
          ))}
          {labels.map((month, index) => (
            <text
              key={month}
              x={x(index)}
              y={LINE_HEIGHT - PAD.bottom + 18}
              textAnchor="middle"
              fontSize={12}
              fill={theme.palette.text.secondary}
            >
              {month}
            </text>
          ))}
          {series.map((line, seriesIndex) => {
            const color = colors[seriesIndex % colors.length];
            const segments: string[] = [];
            let current = '';
            line.values.forEach((value, index) => {
              if (value === null || value === undefined) {
                if (current) segments.push(current);
                current = '';
                return;
              }
              current += `${current ? 'L' : 'M'}${x(index)},${y(value)} `;
            });
            if (current) segments.push(current);
            return (
              <g key={line.key}>
                {segments.map((path) => (
                  <path key={path} d={path} fill="none" stroke={color} strokeWidth={2} />
                ))}
                {line.values.map((value, index) =>
                  value === null || value === undefined ? (
                    <text
                      key={labels[index]}
                      x={x(index)}
                      y={PAD.top + plotHeight - 4}
                      textAnchor="middle"
                      fontSize={14}
                      fill={color}
                    >
                      <title>{suppressedText}</title>.
                    </text>
                  ) : (
                    <circle key={labels[index]} cx={x(index)} cy={y(value)} r={3.5} fill={color} />
                  ),
                )}
              </g>
            );
          })}
          {series.map((line, seriesIndex) => (
            <g key={line.key} transform={`translate(${PAD.left + seriesIndex * 160}, ${LINE_HEIGHT + 12})`}>
              <rect width={14} height={4} y={-2} fill={colors[seriesIndex % colors.length]} />
              <text x={20} dominantBaseline="central" fontSize={12} fill={theme.palette.text.primary}>
                {line.label}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </Box>
  );
};
