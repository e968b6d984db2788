import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { checkConsentWithdrawal, CONSENT_SCOPES, type WithdrawalProblem } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { AppException } from '../../common/errors/app.exception';
import type { ListSpec } from '../../common/list-query/list-query';
import { AuditService } from '../audit/audit.service';
import { FamilyAccess } from '../families/family-access.service';
import { NotificationsService } from '../notifications/notifications.service';
import { FamilyRecords } from '../families/family-records';
import { Consent } from './consent.entity';
import type { CreateConsentDto, UpdateConsentDto } from './dto/consent.dto';

export const CONSENT_LIST: ListSpec = {
  entity: Consent,
  alias: 'c',
  sortable: {
    givenAt: 'c.givenAt',
    scope: 'c.scope',
    form: 'c.form',
    expiresAt: 'c.expiresAt',
    withdrawnAt: 'c.withdrawnAt',
    createdAt: 'c.createdAt',
  },
  filterable: {
    familyId: { type: 'uuid' },
    scope: { type: 'enum', values: CONSENT_SCOPES },
    providerId: { type: 'uuid' },
  },
  defaultSort: { field: 'givenAt', order: 'DESC' },
};

/**
 * A withdrawn sharing consent hides the warm referrals that rely on it from the provider at once
 * (their visibility checks the consent); their counsellors learn of it here.
 */
async function counsellorsOfWarmReferrals(em: EntityManager, consentId: string): Promise<string[]> {
  const rows: { counsellor_id: string }[] = await em.query(
    `SELECT DISTINCT counsellor_id FROM referrals
     WHERE consent_id = $1 AND mode = 'warm' AND status IN ('sent', 'accepted', 'in_progress')`,
    [consentId],
  );
  return rows.map((r) => r.counsellor_id);
}

const dateOrNull = (value: string | null | undefined): Date | null | undefined =>
  value === undefined ? undefined : value === null ? null : new Date(value);

@Injectable()
export class ConsentsService {
  readonly records: FamilyRecords<Consent>;

  constructor(
    @InjectRepository(Consent) repo: Repository<Consent>,
    dataSource: DataSource,
    access: FamilyAccess,
    audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {
    this.records = new FamilyRecords(repo, dataSource, access, audit, {
      spec: CONSENT_LIST,
      entity: 'consent',
      label: 'Consent',
      read: 'family.read',
      write: 'family.write',
      storeConsent: 'never',
    });
  }

  create(ctx: RequestContext, dto: CreateConsentDto): Promise<Consent> {
    const { familyId, givenAt, expiresAt, replacesConsentId, ...fields } = dto;
    const given = givenAt ? new Date(givenAt) : new Date();
    const expires = dateOrNull(expiresAt) ?? null;
    if (expires && expires <= given) {
      throw new AppException(400, 'VALIDATION_FAILED', 'expiresAt must lie after givenAt', [
        { field: 'expiresAt', messages: ['must lie after givenAt'] },
      ]);
    }
    const providerId = fields.providerId ?? null;
    return this.records.create(ctx, familyId, async (_family, em) => {
      if (replacesConsentId) {
        // extending a consent: the new one names the old one, of the same family, scope and provider
        const old = await em.getRepository(Consent).findOneBy({ id: replacesConsentId });
        if (
          !old ||
          old.familyId !== familyId ||
          old.scope !== fields.scope ||
          old.providerId !== providerId
        ) {
          throw AppException.invalidReference('replacesConsentId');
        }
      }
      return {
        ...fields,
        providerId,
        givenAt: given,
        expiresAt: expires,
        replacesConsentId: replacesConsentId ?? null,
        recordedById: ctx.user.id,
      };
    });
  }

  private async notifyReferralCounsellors(em: EntityManager, consent: Consent): Promise<void> {
    const counsellors = await counsellorsOfWarmReferrals(em, consent.id);
    await this.notifications.notify(em, counsellors, {
      kind: 'consent_withdrawn',
      familyId: consent.familyId,
    });
  }

  /**
   * A consent is evidence (issue 24.3): only its withdrawal (set once, to now or a past time not
   * before `givenAt`) and its note change; scope, provider, form, `givenAt` and `expiresAt` are
   * not in the DTO (a whole-record PUT that changes them is 400 `READ_ONLY_FIELD`). The audit row
   * holds the old and new withdrawal time; of the note only that it changed (free text stays out
   * of the append-only log).
   */
  update(ctx: RequestContext, id: string, dto: UpdateConsentDto): Promise<Consent> {
    const { version, withdrawnAt, note } = dto;
    return this.records.update(
      ctx,
      id,
      version,
      async (current, em) => {
        const now = new Date();
        const problem = checkConsentWithdrawal(current, withdrawnAt, now);
        if (problem) throw withdrawalException(problem);
        const withdraws = !current.withdrawnAt && typeof withdrawnAt === 'string';
        if (withdraws && current.scope === 'share_with_provider') {
          await this.notifyReferralCounsellors(em, current);
        }
        return {
          // a time up to a minute ahead (the browser's clock) is recorded as now
          ...(withdraws
            ? { withdrawnAt: new Date(Math.min(new Date(withdrawnAt).getTime(), now.getTime())) }
            : {}),
          ...(note !== undefined ? { note } : {}),
        } as Partial<Consent>;
      },
      (current, values) => ({
        fields: Object.keys(values),
        ...(values.withdrawnAt !== undefined
          ? { withdrawnAt: { old: current.withdrawnAt, new: values.withdrawnAt } }
          : {}),
        ...(values.note !== undefined ? { note: { changed: true, cleared: values.note === null } } : {}),
      }),
    );
  }
}

function withdrawalException(problem: WithdrawalProblem): AppException {
  switch (problem) {
    case 'already_withdrawn':
    case 'withdrawal_removed':
      return new AppException(
        409,
        'ILLEGAL_TRANSITION',
        'A withdrawal is recorded once and never changed or removed; record a new consent',
      );
    case 'in_the_future':
      return new AppException(400, 'VALIDATION_FAILED', 'A consent is withdrawn now or in the past', [
        { field: 'withdrawnAt', messages: ['must not lie in the future'] },
      ]);
    case 'before_given':
      return new AppException(400, 'VALIDATION_FAILED', 'A consent cannot be withdrawn before it was given', [
        { field: 'withdrawnAt', messages: ['must not lie before givenAt'] },
      ]);
  }
}
