import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  isoWeekName,
  publishSignalFigures,
  SIGNAL_METHOD,
  type PublishedSignalFigures,
  type SignalFigures,
} from '@lotsen/domain';
import { DataSource, Repository } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import { findPage, type Page } from '../../common/list-query/find-page';
import { isUuid, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Signal } from './signal.entity';

export const SIGNAL_STATUSES = ['open', 'closed'] as const;

export const SIGNAL_LIST: ListSpec = {
  entity: Signal,
  alias: 's',
  sortable: {
    openedAt: 's.openedAt',
    closedAt: 's.closedAt',
    ratio: 's.ratio',
    pValue: 's.pValue',
    weekTested: 's.weekTested',
    categoryKey: 's.categoryKey',
  },
  filterable: {
    status: { type: 'enum', values: SIGNAL_STATUSES },
    categoryKey: { type: 'string', max: 40 },
  },
  defaultSort: { field: 'openedAt', order: 'DESC' },
};

/** One weekly test of a signal, as published. */
export interface SignalTestView extends PublishedSignalFigures {
  week: string;
  weekName: string;
  open: boolean;
}

/**
 * A signal as the API publishes it: counts and rates of a Sozialraum × category, no person. The
 * recent count is "< 5" when it is a small cell, and the figures that would give a small count
 * back (rates, ratio, p-value) are then `null` (publishSignalFigures).
 */
export interface SignalView extends PublishedSignalFigures {
  id: string;
  status: 'open' | 'closed';
  district: { id: string; name: string };
  category: { key: string; label: string };
  recentWeeks: number;
  baselineWeeks: number;
  seasonalFactor: number;
  weekTested: string;
  weekTestedName: string;
  openedAt: string;
  openedWeek: string;
  closedAt: string | null;
  closedWeek: string | null;
  history?: SignalTestView[];
}

interface Reference {
  districts: Map<string, string>;
  categories: Map<string, { label: string; sensitive: boolean }>;
}

/** Reads signals for team leads and the analyst (issue 20.5). */
@Injectable()
export class SignalsService {
  constructor(
    @InjectRepository(Signal) private readonly signals: Repository<Signal>,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The list; without a status filter only the open signals. */
  async list(query: ListQuery): Promise<Page<SignalView>> {
    const filter = 'status' in query.filter ? query.filter : { ...query.filter, status: 'open' };
    const page = await findPage(this.signals.createQueryBuilder('s'), { ...query, filter }, SIGNAL_LIST);
    const ref = await this.reference();
    return { items: page.items.map((s) => this.view(s, ref)), total: page.total };
  }

  async get(id: string): Promise<SignalView> {
    const signal = isUuid(id) ? await this.signals.findOneBy({ id }) : null;
    if (!signal) throw AppException.notFound('Signal');
    const ref = await this.reference();
    const tests = (await this.dataSource.query(
      `SELECT week::text AS week, baseline_rate AS "baselineRate", recent_rate AS "recentRate", ratio,
              p_value AS "pValue", recent_count AS "recentCount", baseline_count AS "baselineCount", open
         FROM signal_tests WHERE signal_id = $1 ORDER BY week`,
      [id],
    )) as (SignalFigures & { week: string; open: boolean })[];
    const sensitive = ref.categories.get(signal.categoryKey)?.sensitive ?? false;
    return {
      ...this.view(signal, ref),
      history: tests.map((t) => ({
        week: t.week,
        weekName: isoWeekName(t.week),
        ...publishSignalFigures(t, this.config.reportMinCell, sensitive),
        open: t.open,
      })),
    };
  }

  /** Open signals for the council's report, the most pronounced first. */
  async openSignals(): Promise<SignalView[]> {
    const rows = await this.signals.find({ where: { status: 'open' }, order: { ratio: 'DESC', id: 'ASC' } });
    const ref = await this.reference();
    return rows.map((s) => this.view(s, ref));
  }

  private async reference(): Promise<Reference> {
    const [districts, categories] = (await Promise.all([
      this.dataSource.query(`SELECT id, name FROM districts`),
      this.dataSource.query(`SELECT key, label_de AS label, sensitive FROM need_categories`),
    ])) as [{ id: string; name: string }[], { key: string; label: string; sensitive: boolean }[]];
    return {
      districts: new Map(districts.map((d) => [d.id, d.name])),
      categories: new Map(categories.map((c) => [c.key, { label: c.label, sensitive: c.sensitive }])),
    };
  }

  private view(s: Signal, ref: Reference): SignalView {
    const category = ref.categories.get(s.categoryKey);
    return {
      id: s.id,
      status: s.status,
      district: { id: s.districtId, name: ref.districts.get(s.districtId) ?? 'ohne Angabe' },
      category: { key: s.categoryKey, label: category?.label ?? s.categoryKey },
      ...publishSignalFigures(s, this.config.reportMinCell, category?.sensitive ?? false),
      recentWeeks: SIGNAL_METHOD.recentWeeks,
      baselineWeeks: s.baselineWeeks,
      seasonalFactor: s.seasonalFactor,
      weekTested: s.weekTested,
      weekTestedName: isoWeekName(s.weekTested),
      openedAt: new Date(s.openedAt).toISOString(),
      openedWeek: s.openedWeek,
      closedAt: s.closedAt ? new Date(s.closedAt).toISOString() : null,
      closedWeek: s.closedWeek,
    };
  }
}
