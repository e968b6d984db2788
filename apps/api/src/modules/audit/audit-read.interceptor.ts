import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { from, mergeMap, type Observable } from 'rxjs';
import type { AuthUser } from '../../common/auth/auth-user';
import { isUuid, type ListQuery } from '../../common/list-query/list-query';
import { listAuditDetails } from './audit-details';
import { AUDIT_READ_METADATA, type AuditReadRule } from './audit-read.decorator';
import { AuditService, type AuditActor } from './audit.service';

type AuditedRequest = Request & { user?: AuthUser; listQuery?: ListQuery };

/** Query parameters of a report that name its period and scope; nothing else is kept. */
const REPORT_PARAMS = /^(from|to|period|officeId|format)$/;

/**
 * Writes the audit rows of every route marked `@AuditRead`, after the handler has answered and
 * before the answer leaves (so a client that sees the answer finds the row): the ids are those
 * of the records in the answer — exactly what the caller was shown. A refused or failed request
 * reaches no `tap` here and is not recorded as a read.
 */
@Injectable()
export class AuditReadInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const rule = this.reflector.get<AuditReadRule | undefined>(AUDIT_READ_METADATA, context.getHandler());
    if (!rule) return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<AuditedRequest>();
    const res = http.getResponse<Response>();
    return next
      .handle()
      .pipe(mergeMap((body: unknown) => from(this.write(rule, req, res, body).then(() => body))));
  }

  private async write(rule: AuditReadRule, req: AuditedRequest, res: Response, body: unknown): Promise<void> {
    if (!req.user || res.statusCode >= 400) return;
    const actor: AuditActor = { user: req.user, ip: req.ip ?? null };
    if (rule.kind === 'report') {
      const details: Record<string, string | null> = {};
      for (const [key, value] of Object.entries(req.query)) {
        if (REPORT_PARAMS.test(key) && typeof value === 'string' && value.length <= 40) details[key] = value;
      }
      // the scope the answer covered: a team lead's office, or the analyst's choice (null: the city)
      const scope =
        req.user.role === 'team_lead'
          ? req.user.officeId
          : isUuid(details.officeId)
            ? details.officeId
            : null;
      details.officeId = scope;
      await this.audit.record(
        actor,
        rule.action ?? `${rule.entity}.read`,
        rule.entity,
        [null],
        scope,
        details,
      );
      return;
    }
    if (rule.kind === 'list') {
      const ids = Array.isArray(body) ? body.map((r) => (r as { id?: unknown }).id).filter(isUuid) : [];
      const details = req.listQuery ? listAuditDetails(req.listQuery.filter) : null;
      await this.audit.recordReads(
        actor,
        rule.action ?? `${rule.entity}.list`,
        rule.entity,
        ids,
        details ? { ...details } : null,
      );
      return;
    }
    const record =
      body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
    // a download answers through the response itself, a thread with its messages: the record is the path's id
    const id = record ? record.id : req.params.id;
    if (!isUuid(id)) return;
    const details = record && rule.details ? rule.details(record, req) : null;
    await this.audit.recordReads(actor, rule.action ?? `${rule.entity}.read`, rule.entity, [id], details);
  }
}
