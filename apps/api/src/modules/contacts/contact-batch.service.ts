import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource } from 'typeorm';
import { CONTACT_BATCH_MAX, offlineEntryProblem, offlineNeedStatus } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { pgErrorCode } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import { flattenValidationErrors } from '../../common/errors/validation';
import { ContactsService } from './contacts.service';
import {
  OfflineContactEntryDto,
  type ContactBatchAnswer,
  type ContactBatchDto,
  type ContactBatchItemResult,
} from './dto/contact-batch.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PROBLEM_MESSAGES: Record<string, string> = {
  CONTACT_IN_FUTURE: 'occurredAt lies in the future',
  OUTSIDE_SYNC_WINDOW: 'occurredAt lies before the window of offline entries (docs/offline-outreach.md)',
  VALIDATION_FAILED: 'The entry has an invalid field',
  PERSONAL_DATA_NOT_ALLOWED: 'An anonymous record names nobody',
};

/**
 * `POST /api/contacts/batch` (issue 22): anonymous contacts recorded offline, each stored exactly
 * once per sender and id, each in its own transaction; an entry that breaks a rule is `rejected`
 * with its code and the others go on. The contacts belong to the sender and the sender's office.
 */
@Injectable()
export class ContactBatchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contacts: ContactsService,
  ) {}

  async send(ctx: RequestContext, dto: ContactBatchDto): Promise<ContactBatchAnswer> {
    if (dto.contacts.length > CONTACT_BATCH_MAX) {
      throw new AppException(
        413,
        'BATCH_TOO_LARGE',
        `A batch holds at most ${CONTACT_BATCH_MAX} contacts; send the rest in another batch`,
      );
    }
    const now = new Date();
    const results: ContactBatchItemResult[] = [];
    for (const [index, raw] of dto.contacts.entries()) results.push(await this.one(ctx, raw, index, now));
    const count = (r: ContactBatchItemResult['result']) => results.filter((x) => x.result === r).length;
    return { results, created: count('created'), duplicate: count('duplicate'), rejected: count('rejected') };
  }

  private async one(
    ctx: RequestContext,
    raw: unknown,
    index: number,
    now: Date,
  ): Promise<ContactBatchItemResult> {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' && UUID.test(rawId) ? rawId.toLowerCase() : null;
    const rejected = (code: string, message: string, details?: unknown[]): ContactBatchItemResult => ({
      index,
      id,
      result: 'rejected',
      code,
      message,
      ...(details ? { details } : {}),
    });
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return rejected('VALIDATION_FAILED', 'An entry is an object', [
        { field: `contacts.${index}`, messages: ['must be an object'] },
      ]);
    }
    const entry = plainToInstance(OfflineContactEntryDto, raw);
    const errors = validateSync(entry, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0 || !id) {
      return rejected(
        'VALIDATION_FAILED',
        'The entry has invalid or unknown fields',
        flattenValidationErrors(errors),
      );
    }
    const stored = await this.storedAs(ctx, id);
    if (stored) return { index, id, result: 'duplicate', contactId: stored };
    const problem = offlineEntryProblem(entry, now);
    if (problem) {
      return rejected(problem.code, PROBLEM_MESSAGES[problem.code], [
        { field: problem.field, messages: [PROBLEM_MESSAGES[problem.code]] },
      ]);
    }
    try {
      const contact = await this.contacts.create(
        ctx,
        {
          familyId: null,
          occurredAt: entry.occurredAt,
          channel: entry.channel ?? 'outreach',
          durationMinutes: entry.durationMinutes ?? null,
          districtId: entry.districtId ?? null,
          summary: entry.summary?.trim() ? entry.summary.trim() : null,
          needs: (entry.needs ?? []).map((need) => ({
            categoryKey: need.categoryKey,
            status: offlineNeedStatus(need),
            unmetReason: need.unmetReason ?? null,
          })),
        },
        undefined,
        id,
      );
      return { index, id, result: 'created', contactId: contact.id };
    } catch (err) {
      if (err instanceof AppException) {
        const body = err.getResponse() as { message: string; details?: unknown[] };
        return rejected(err.code, body.message, body.details);
      }
      // the same entry sent twice at once: the other request stored it first
      if (pgErrorCode(err) === '23505') {
        const winner = await this.storedAs(ctx, id);
        if (winner) return { index, id, result: 'duplicate', contactId: winner };
      }
      throw err;
    }
  }

  /** The contact the sender already stored under this device id, or null. */
  private async storedAs(ctx: RequestContext, clientId: string): Promise<string | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM contacts WHERE counsellor_id = $1 AND client_id = $2`,
      [ctx.user.id, clientId],
    );
    return rows[0]?.id ?? null;
  }
}
