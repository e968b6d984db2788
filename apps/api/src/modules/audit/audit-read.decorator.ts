import { SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { AuditEntity } from './audit.service';

export const AUDIT_READ_METADATA = 'lotsen:audit-read';

/** How a route's read is audited by `AuditReadInterceptor` (docs/privacy.md, "Every read of case data is audited"). */
export interface AuditReadRule {
  entity: AuditEntity;
  /**
   * `list`: one row per record in the answer (`<entity>.list`, with the filter's keys);
   * `read`: the record in the answer, or the path's `:id` for a download (`<entity>.read`);
   * `report`: one row without a record id, with the period and scope (`<entity>.read`).
   */
  kind: 'list' | 'read' | 'report';
  /** The action written; the default is `<entity>.list` or `<entity>.read`. */
  action?: string;
  /** Non-personal details of a single read (a snapshot's period and office). */
  details?: (body: Record<string, unknown>, req: Request) => Record<string, unknown> | null;
}

/**
 * The route returns case data: the global `AuditReadInterceptor` writes the audit rows after the
 * handler has answered, from the ids in the answer. One mechanism for every read route: no
 * controller or service writes read rows of its own (families and persons excepted, see
 * docs/privacy.md).
 */
export function AuditRead(
  entity: AuditEntity,
  kind: AuditReadRule['kind'],
  options: Pick<AuditReadRule, 'action' | 'details'> = {},
): MethodDecorator {
  return SetMetadata(AUDIT_READ_METADATA, { entity, kind, ...options } satisfies AuditReadRule);
}
