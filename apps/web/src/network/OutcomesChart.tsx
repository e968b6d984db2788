import { useTranslate } from 'react-admin';
import type { QuarterOutcomes } from '../providers/dataProvider';

const WIDTH = 560;
const HEIGHT = 200;
const PAD = { top: 16, right: 8, bottom: 32, left: 36 };

/**
 * Referrals received per quarter: the provider's bar beside the network's median (a hatched bar,
 * or "–" where it is suppressed). Plain SVG with a title and a description; the table beside it
 * holds the same figures for screen readers and for reading them exactly.
 */
export const OutcomesChart = ({ quarters }: { quarters: QuarterOutcomes[] }) => {
  const translate = useTranslate();
  const max = Math.max(1, ...quarters.flatMap((q) => [q.received, q.networkReceived.value ?? 0]));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const groupW = plotW / quarters.length;
  const barW = Math.min(28, groupW / 3);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-labelledby="outcomes-chart-title outcomes-chart-desc"
      style={{ maxWidth: WIDTH }}
    >
      <title id="outcomes-chart-title">{translate('lotsen.outcomes.chartTitle')}</title>
      <desc id="outcomes-chart-desc">{translate('lotsen.outcomes.chartDesc')}</desc>
      <defs>
        <pattern
          id="network-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#e3ecf5" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#1f5f99" strokeWidth="2" />
        </pattern>
      </defs>
      <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} stroke="#555" />
      <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end" fontSize="11">
        {max}
      </text>
      <text x={PAD.left - 6} y={y(0) + 4} textAnchor="end" fontSize="11">
        0
      </text>
      {quarters.map((q, i) => {
        const x0 = PAD.left + i * groupW + groupW / 2 - barW;
        const net = q.networkReceived.value;
        return (
          <g key={q.period}>
            <rect x={x0} y={y(q.received)} width={barW} height={y(0) - y(q.received)} fill="#1f5f99" />
            <text x={x0 + barW / 2} y={y(q.received) - 3} textAnchor="middle" fontSize="11">
              {q.received}
            </text>
            {net !== null ? (
              <rect
                x={x0 + barW}
                y={y(net)}
                width={barW}
                height={y(0) - y(net)}
                fill="url(#network-hatch)"
                stroke="#1f5f99"
              />
            ) : null}
            <text
              x={x0 + barW * 1.5}
              y={(net !== null ? y(net) : y(0)) - 3}
              textAnchor="middle"
              fontSize="11"
            >
              {net !== null ? net : '–'}
            </text>
            <text x={x0 + barW} y={HEIGHT - 10} textAnchor="middle" fontSize="12">
              {q.period.slice(5)}
            </text>
          </g>
        );
      })}
    </svg>
  );
};
