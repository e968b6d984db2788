/** Reporting periods: a quarter `2026-Q3` is 1 July to 30 September 2026 (Europe/Berlin days). */
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

export function quarterRange(period: string): { from: string; to: string } | null {
  const match = QUARTER_PATTERN.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  const q = Number(match[2]);
  const firstMonth = (q - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** The quarter before the one `day` (YYYY-MM-DD) lies in: what the quarterly snapshot freezes. */
export function previousQuarter(day: string): string {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return quarter === 1 ? `${year - 1}-Q4` : `${year}-Q${quarter - 1}`;
}
