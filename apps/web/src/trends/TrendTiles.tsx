import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { TREND_LEVELS, quarterName, type TrendLevel, type TrendSeries } from '@lotsen/domain';
import { ReportValue } from '../reports/charts';
import { useFormatChange } from './trendParts';

/**
 * The colours of the tiles: rises of unmet needs warm, falls green, each with a text colour of
 * sufficient contrast; "no comparison" is white with a dashed border. The level is written on
 * every tile as well: the colour is never the only carrier.
 */
const LEVEL_STYLE: Record<TrendLevel, { bg: string; fg: string; border: string }> = {
  strongRise: { bg: '#b71c1c', fg: '#ffffff', border: 'solid' },
  rise: { bg: '#ffcc80', fg: '#000000', border: 'solid' },
  stable: { bg: '#eeeeee', fg: '#000000', border: 'solid' },
  fall: { bg: '#a5d6a7', fg: '#000000', border: 'solid' },
  strongFall: { bg: '#1b5e20', fg: '#ffffff', border: 'solid' },
  noData: { bg: '#ffffff', fg: '#000000', border: 'dashed' },
};

const Swatch = ({ level }: { level: TrendLevel }) => (
  <Box
    component="span"
    aria-hidden="true"
    sx={{
      display: 'inline-block',
      width: 16,
      height: 16,
      mr: 1,
      verticalAlign: 'middle',
      bgcolor: LEVEL_STYLE[level].bg,
      border: `1px ${LEVEL_STYLE[level].border} #616161`,
    }}
  />
);

/** One tile per Sozialraum, coloured by the change of unmet needs, with a legend. */
export const TrendTiles = ({
  series,
  districtName,
  minCell,
}: {
  series: TrendSeries[];
  districtName: (id: string) => string;
  minCell: number;
}) => {
  const translate = useTranslate();
  const formatChange = useFormatChange();
  const first = series[0];
  if (!first) return null;
  const latest = quarterName(first.latest.period);
  const previous = quarterName(first.previous.period);
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('lotsen.trends.tilesHint', { latest, previous })}
      </Typography>
      <Box
        component="ul"
        data-testid="trend-tiles"
        sx={{
          listStyle: 'none',
          p: 0,
          m: 0,
          display: 'grid',
          gap: 1,
          gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
        }}
      >
        {series.map((s) => {
          const style = LEVEL_STYLE[s.level];
          return (
            <Box
              component="li"
              key={s.districtId ?? 'all'}
              sx={{
                bgcolor: style.bg,
                color: style.fg,
                border: `2px ${style.border} #616161`,
                borderRadius: 1,
                p: 1,
              }}
            >
              <Typography component="p" variant="subtitle2" sx={{ color: 'inherit' }}>
                {districtName(s.districtId ?? '')}
              </Typography>
              <Typography component="p" variant="body2" sx={{ color: 'inherit' }}>
                {latest}: <ReportValue value={s.latest.unmet} minCell={minCell} />
              </Typography>
              <Typography component="p" variant="body2" sx={{ color: 'inherit' }}>
                {previous}: <ReportValue value={s.previous.unmet} minCell={minCell} />
              </Typography>
              <Typography component="p" variant="body2" sx={{ color: 'inherit' }}>
                {translate('lotsen.trends.change')}: {formatChange(s.unmetChange)}
              </Typography>
              <Typography component="p" variant="caption" sx={{ color: 'inherit' }}>
                {translate(`lotsen.trends.levels.${s.level}`)}
              </Typography>
            </Box>
          );
        })}
      </Box>
      <Box component="dl" aria-label={translate('lotsen.trends.legend')} sx={{ mt: 2, mb: 0 }}>
        <Typography component="dt" variant="subtitle2">
          {translate('lotsen.trends.legend')}
        </Typography>
        {TREND_LEVELS.map((level) => (
          <Typography key={level} component="dd" variant="body2" sx={{ ml: 0 }}>
            <Swatch level={level} />
            {translate(`lotsen.trends.levels.${level}`)}
          </Typography>
        ))}
      </Box>
    </Box>
  );
};
