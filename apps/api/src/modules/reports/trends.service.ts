import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { buildTrends, trendMonths, type TrendsAnswer } from '@lotsen/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AppException } from '../../common/errors/app.exception';
import { CATEGORIES_SQL, DISTRICTS_SQL } from './demand-report.queries';
import { monthlyNeeds } from './trend-counts';
import { RollupAnswers } from './rollups/rollup-answers';
import { RollupsService } from './rollups/rollups.service';
import { ANSWER_AUDITOR } from './lp-solver.provider';
import type { AnswerAuditor } from './answer-audit';
import { DemandReportService } from './demand-report.service';
import { trendPlans } from './trends-plan';

export interface TrendsRequest {
  /** The last month, `YYYY-MM`. */
  to: string;
  officeId: string | null;
  /** Suppressed (the analyst's city) or not (a team lead's own office). */
  suppress: boolean;
  district?: string | null;
  category?: string | null;
}

/**
 * Trends of needs over two years (issue 20, point 4; docs/api-reports.md, "GET
 * /api/reports/trends"): the counts of `monthlyNeeds`, assembled and suppressed by libs/domain's
 * `buildTrends`.
 */
@Injectable()
export class TrendsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ANSWER_AUDITOR) private readonly audit: AnswerAuditor,
    private readonly demand: DemandReportService,
    private readonly rollups: RollupsService,
    private readonly answers: RollupAnswers,
  ) {}

  /**
   * The trends from the rollups (caught up first). The analyst's suppressed answer is planned with
   * the demand report's years, so it is kept while the figures stand (RollupAnswers).
   */
  async trends(request: TrendsRequest): Promise<TrendsAnswer> {
    await this.rollups.catchUp();
    if (!request.suppress) return this.compute(request);
    const { to, district, category, officeId } = request;
    const key = `trends:${to}:${district ?? '-'}:${category ?? '-'}:${officeId ?? 'city'}:${this.config.reportMinCell}`;
    return this.answers.answer(key, () => this.compute(request));
  }

  private async compute(request: TrendsRequest): Promise<TrendsAnswer> {
    const run = (sql: string, params?: unknown[]) => this.dataSource.query(sql, params);
    const months = trendMonths(request.to);
    const [categories, districts, counts] = await Promise.all([
      run(CATEGORIES_SQL) as Promise<{ key: string; sensitive: boolean }[]>,
      run(DISTRICTS_SQL) as Promise<{ id: string }[]>,
      monthlyNeeds(run, months[0], request.to, request.officeId),
    ]);
    const unknown = (field: string) =>
      new AppException(400, 'VALIDATION_FAILED', `${field} is not known`, [
        {
          field,
          messages: [
            `${field} must be the id of a known ${field === 'district' ? 'Sozialraum' : 'need category'}`,
          ],
        },
      ]);
    if (request.district && !districts.some((d) => d.id === request.district)) throw unknown('district');
    if (request.category && !categories.some((c) => c.key === request.category)) throw unknown('category');
    const input = {
      counts,
      categories,
      districts: districts.map((d) => d.id),
      minCellSetting: this.config.reportMinCell,
    };
    // suppressed: planned with the demand report's month answers of the same scope
    const plans = request.suppress
      ? await trendPlans(months, input, (year) => this.demand.auditedYear(year, request.officeId), this.audit)
      : undefined;
    return buildTrends({
      ...input,
      plans,
      from: months[0],
      to: request.to,
      officeId: request.officeId,
      suppress: request.suppress,
      district: request.district ?? null,
      category: request.category ?? null,
    });
  }
}
