import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/auth/request-context';
import type { ListQuery } from '../../common/list-query/list-query';
import { poolQuery } from '../../common/database/pool-query';
import { listAuditDetails } from './audit-details';

/**
 * Who did it: a request's context, or a system job (`user: null`, e.g. the retention job, which
 * names the rule that triggered it in `details`).
 */
export interface AuditActor {
  user: Pick<RequestContext['user'], 'id'> | null;
  ip: string | null;
}

export type AuditEntity =
  | 'family'
  | 'person'
  | 'consent'
  | 'contact'
  | 'need'
  | 'follow_up'
  | 'handoff'
  | 'referral'
  | 'user'
  | 'report'
  | 'report_snapshot'
  | 'callback_request';

/** The table of each audited record whose office an audit row of a read takes. */
const RECORD_TABLES: Partial<Record<AuditEntity, string>> = {
  person: 'persons',
  consent: 'consents',
  contact: 'contacts',
  need: 'needs',
  follow_up: 'follow_ups',
  handoff: 'handoffs',
  referral: 'referrals',
  report_snapshot: 'report_snapshots',
  callback_request: 'callback_requests',
};

const RECORD_SQL = `INSERT INTO audit_events (user_id, office_id, action, entity, entity_id, ip, details)
       SELECT $1, $2, $3, $4, unnest($5::uuid[]), $6, $7`;

/**
 * Appends rows to the audit log: every read of a family (show, export, each family of a list)
 * and every write of family data. Writes are logged with the same EntityManager as the change,
 * so a change and its audit row commit (or roll back) together.
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(
    ctx: AuditActor,
    action: string,
    entity: AuditEntity,
    entityIds: readonly (string | null)[],
    officeId: string | null,
    details: Record<string, unknown> | null = null,
    em: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (entityIds.length === 0) return;
    const params = [
      ctx.user?.id ?? null,
      officeId,
      action,
      entity,
      entityIds,
      ctx.ip,
      details ? JSON.stringify(details) : null,
    ];
    // outside a transaction (every read of a family): straight on the pool, prepared (issue 19)
    if (em === this.dataSource.manager) await poolQuery(this.dataSource, RECORD_SQL, params, 'lotsen_audit');
    else await em.query(RECORD_SQL, params);
  }

  /**
   * Reads of records (`AuditReadInterceptor`): one row per record, in the order shown, each with
   * the office of the record itself — so that a provider's read of a referral appears in the
   * audit trail of the referral's office.
   */
  async recordReads(
    ctx: AuditActor,
    action: string,
    entity: AuditEntity,
    entityIds: readonly string[],
    details: Record<string, unknown> | null,
  ): Promise<void> {
    const table = RECORD_TABLES[entity];
    if (!table) throw new Error(`No table for audited reads of ${entity}`);
    if (entityIds.length === 0) return;
    await poolQuery(
      this.dataSource,
      `INSERT INTO audit_events (user_id, office_id, action, entity, entity_id, ip, details)
       SELECT $1, t.office_id, $2, $3, t.id, $4, $5
         FROM unnest($6::uuid[]) WITH ORDINALITY AS shown(id, n) JOIN ${table} t ON t.id = shown.id
        ORDER BY shown.n`,
      [ctx.user?.id ?? null, action, entity, ctx.ip, details ? JSON.stringify(details) : null, entityIds],
      `lotsen_audit_reads_${table}`,
    );
  }

  /**
   * A list read: one row per record shown, with the filter's keys and only those values that
   * carry no personal data (see `listAuditDetails`): a search for a name is never stored.
   */
  recordList(
    ctx: AuditActor,
    action: string,
    entity: AuditEntity,
    entityIds: readonly string[],
    officeId: string | null,
    query: Pick<ListQuery, 'filter'>,
  ): Promise<void> {
    const details = listAuditDetails(query.filter);
    return this.record(ctx, action, entity, entityIds, officeId, details ? { ...details } : null);
  }
}
