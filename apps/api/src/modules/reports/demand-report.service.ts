import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONTACT_CHANNELS, effectiveMinCell, suppressTable, type PublishedCount } from '@lotsen/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config';

/** A row of the report: its counts, and which of them are suppressed (`null` in the counts). */
type Row<K extends string, C extends string> = Record<K, string> &
  Record<C, number | null> & { suppressed?: true; suppressedFields?: C[] };

export interface DemandReport {
  from: string;
  to: string;
  officeId: string | null;
  minCell: number;
  totals: Row<
    never,
    | 'contacts'
    | 'anonymousContacts'
    | 'families'
    | 'needs'
    | 'unmetNeeds'
    | 'referrals'
    | 'referralsCompleted'
  >;
  byChannel: Row<'channel', 'contacts'>[];
  byCategory: Row<'categoryKey', 'needs' | 'unmet' | 'referred'>[];
  byDistrict: Row<'districtId', 'contacts' | 'families' | 'needs'>[];
  byCategoryAndDistrict: Row<'categoryKey' | 'districtId', 'needs'>[];
  byMonth: Row<'month', 'contacts' | 'needs'>[];
}

/** The raw counts before suppression; exported for the tests that recompute them independently. */
export interface DemandCounts {
  categories: { key: string; sensitive: boolean }[];
  districts: string[];
  months: string[];
  contacts: number;
  anonymousContacts: number;
  families: number;
  referrals: number;
  referralsCompleted: number;
  channel: Map<string, number>;
  districtContacts: Map<string, number>;
  districtFamilies: Map<string, number>;
  monthContacts: Map<string, number>;
  monthNeeds: Map<string, number>;
  needs: Map<string, Map<string, number>>; // category → district → needs
  unmet: Map<string, number>;
  referred: Map<string, number>;
}

const PERIOD = (column: string) =>
  `${column} >= (CAST($1 AS date)::timestamp AT TIME ZONE 'Europe/Berlin')
   AND ${column} < ((CAST($2 AS date) + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`;

/** The months `YYYY-MM` from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const [ty, tm] = to.slice(0, 7).split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

/**
 * The quarterly demand report (api.md, "Reports"): contacts by `occurredAt`, needs by
 * `identifiedAt`, referrals by `sentAt`, in Europe/Berlin days with both ends included; families
 * counted distinct. A need's district is its contact's, else its family's, else "ohne Angabe".
 */
@Injectable()
export class DemandReportService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async counts(from: string, to: string, officeId: string | null): Promise<DemandCounts> {
    const q = <T>(sql: string, extra: unknown[] = []): Promise<T[]> =>
      this.dataSource.query(sql, [from, to, officeId, ...extra]);
    const office = (column: string) => `($3::uuid IS NULL OR ${column} = $3)`;
    const [categories, districts] = await Promise.all([
      this.dataSource.query(`SELECT key, sensitive FROM need_categories ORDER BY sort_order, key`) as Promise<
        { key: string; sensitive: boolean }[]
      >,
      this.dataSource.query(`SELECT id, code FROM districts ORDER BY sort_order, code`) as Promise<
        { id: string; code: string }[]
      >,
    ]);
    const unknown = districts.find((d) => d.code === 'unknown')?.id ?? districts[0]?.id ?? null;
    const contactWhere = `${PERIOD('c.occurred_at')} AND ${office('c.office_id')}`;
    const needWhere = `${PERIOD('n.identified_at')} AND ${office('n.office_id')}`;
    const [totals, byChannel, byDistrict, byMonthContacts, needRows, byMonthNeeds, referrals] =
      await Promise.all([
        q<{ contacts: number; anonymous: number; families: number }>(
          `SELECT count(*)::int AS contacts, count(*) FILTER (WHERE c.family_id IS NULL)::int AS anonymous,
                count(DISTINCT c.family_id)::int AS families
         FROM contacts c WHERE ${contactWhere}`,
        ),
        q<{ channel: string; n: number }>(
          `SELECT c.channel, count(*)::int AS n FROM contacts c WHERE ${contactWhere} GROUP BY 1`,
        ),
        q<{ d: string; n: number; families: number }>(
          `SELECT coalesce(c.district_id, $4) AS d, count(*)::int AS n, count(DISTINCT c.family_id)::int AS families
         FROM contacts c WHERE ${contactWhere} GROUP BY 1`,
          [unknown],
        ),
        q<{ m: string; n: number }>(
          `SELECT to_char(c.occurred_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS m, count(*)::int AS n
         FROM contacts c WHERE ${contactWhere} GROUP BY 1`,
        ),
        q<{ category_key: string; d: string; n: number; unmet: number; referred: number }>(
          `SELECT n.category_key, coalesce(c.district_id, f.district_id, $4) AS d, count(*)::int AS n,
                count(*) FILTER (WHERE n.status = 'unmet')::int AS unmet,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM referrals r WHERE r.need_id = n.id AND r.sent_at IS NOT NULL))::int AS referred
         FROM needs n LEFT JOIN contacts c ON c.id = n.contact_id LEFT JOIN families f ON f.id = n.family_id
         WHERE ${needWhere} GROUP BY 1, 2`,
          [unknown],
        ),
        q<{ m: string; n: number }>(
          `SELECT to_char(n.identified_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS m, count(*)::int AS n
         FROM needs n WHERE ${needWhere} GROUP BY 1`,
        ),
        q<{ sent: number; completed: number }>(
          `SELECT count(*)::int AS sent, count(*) FILTER (WHERE r.status = 'completed')::int AS completed
         FROM referrals r WHERE ${PERIOD('r.sent_at')} AND ${office('r.office_id')}`,
        ),
      ]);
    const needs = new Map<string, Map<string, number>>();
    const unmet = new Map<string, number>();
    const referred = new Map<string, number>();
    for (const r of needRows) {
      const row = needs.get(r.category_key) ?? new Map<string, number>();
      row.set(r.d, (row.get(r.d) ?? 0) + r.n);
      needs.set(r.category_key, row);
      unmet.set(r.category_key, (unmet.get(r.category_key) ?? 0) + r.unmet);
      referred.set(r.category_key, (referred.get(r.category_key) ?? 0) + r.referred);
    }
    return {
      categories,
      districts: districts.map((d) => d.id),
      months: monthsBetween(from, to),
      contacts: totals[0].contacts,
      anonymousContacts: totals[0].anonymous,
      families: totals[0].families,
      referrals: referrals[0].sent,
      referralsCompleted: referrals[0].completed,
      channel: new Map(byChannel.map((r) => [r.channel, r.n])),
      districtContacts: new Map(byDistrict.map((r) => [r.d, r.n])),
      districtFamilies: new Map(byDistrict.map((r) => [r.d, r.families])),
      monthContacts: new Map(byMonthContacts.map((r) => [r.m, r.n])),
      monthNeeds: new Map(byMonthNeeds.map((r) => [r.m, r.n])),
      needs,
      unmet,
      referred,
    };
  }

  async report(from: string, to: string, officeId: string | null): Promise<DemandReport> {
    return buildDemandReport(
      await this.counts(from, to, officeId),
      from,
      to,
      officeId,
      this.config.reportMinCell,
    );
  }
}

/** Puts counts and their suppression into the shape of api.md. Pure. */
export function buildDemandReport(
  c: DemandCounts,
  from: string,
  to: string,
  officeId: string | null,
  minCellSetting: number,
): DemandReport {
  const minCell = effectiveMinCell(minCellSetting);
  const small = (v: number): PublishedCount =>
    v >= 1 && v < minCell ? { value: null, suppressed: true } : { value: v, suppressed: false };
  const cats = c.categories.map((k) => k.key);
  const sensitiveRows = c.categories.map((k) => k.sensitive);
  const column = (values: number[], sensitive?: boolean[]) =>
    suppressTable(
      values.map((v) => [v]),
      { minCell, sensitiveRows: sensitive },
    );

  // needs: category × district with its margins (byCategory.needs, byDistrict.needs, totals.needs)
  const grid = suppressTable(
    cats.map((k) => c.districts.map((d) => c.needs.get(k)?.get(d) ?? 0)),
    { minCell, sensitiveRows },
  );
  const unmet = column(
    cats.map((k) => c.unmet.get(k) ?? 0),
    sensitiveRows,
  );
  const referred = column(
    cats.map((k) => c.referred.get(k) ?? 0),
    sensitiveRows,
  );
  const channels = column(CONTACT_CHANNELS.map((ch) => c.channel.get(ch) ?? 0));
  const districtContacts = column(c.districts.map((d) => c.districtContacts.get(d) ?? 0));
  const monthContacts = column(c.months.map((m) => c.monthContacts.get(m) ?? 0));
  const monthNeeds = column(c.months.map((m) => c.monthNeeds.get(m) ?? 0));

  // a total hidden by one table is hidden everywhere
  const contactsTotal = [channels.total, districtContacts.total, monthContacts.total].some(
    (t) => t.suppressed,
  )
    ? { value: null, suppressed: true }
    : small(c.contacts);
  const needsTotal = [grid.total, monthNeeds.total].some((t) => t.suppressed)
    ? { value: null, suppressed: true }
    : small(grid.total.value ?? 0);

  return {
    from,
    to,
    officeId,
    minCell,
    totals: row(
      {},
      {
        contacts: contactsTotal,
        anonymousContacts: small(c.anonymousContacts),
        families: small(c.families),
        needs: needsTotal,
        unmetNeeds: unmet.total,
        referrals: small(c.referrals),
        referralsCompleted: small(c.referralsCompleted),
      },
    ),
    byChannel: CONTACT_CHANNELS.map((channel, i) => row({ channel }, { contacts: channels.cells[i][0] })),
    byCategory: cats.map((categoryKey, i) =>
      row(
        { categoryKey },
        { needs: grid.rowTotals[i], unmet: unmet.cells[i][0], referred: referred.cells[i][0] },
      ),
    ),
    byDistrict: c.districts.map((districtId, j) =>
      row(
        { districtId },
        {
          contacts: districtContacts.cells[j][0],
          families: small(c.districtFamilies.get(districtId) ?? 0),
          needs: grid.columnTotals[j],
        },
      ),
    ),
    byCategoryAndDistrict: cats.flatMap((categoryKey, i) =>
      c.districts
        .map((districtId, j) => ({
          districtId,
          cell: grid.cells[i][j],
          true: c.needs.get(categoryKey)?.get(districtId) ?? 0,
        }))
        .filter((x) => x.true > 0)
        .map((x) => row({ categoryKey, districtId: x.districtId }, { needs: x.cell })),
    ),
    byMonth: c.months.map((month, i) =>
      row({ month }, { contacts: monthContacts.cells[i][0], needs: monthNeeds.cells[i][0] }),
    ),
  } as DemandReport;
}

function row(keys: Record<string, string>, counts: Record<string, PublishedCount>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...keys };
  const hidden: string[] = [];
  for (const [name, count] of Object.entries(counts)) {
    out[name] = count.value;
    if (count.suppressed) hidden.push(name);
  }
  if (hidden.length > 0) {
    out.suppressed = true;
    out.suppressedFields = hidden;
  }
  return out;
}
