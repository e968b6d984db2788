import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { CONSENT_SCOPES } from '@lotsen/domain';
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
    });
  }

  create(ctx: RequestContext, dto: CreateConsentDto): Promise<Consent> {
    const { familyId, givenAt, expiresAt, ...fields } = dto;
    const given = givenAt ? new Date(givenAt) : new Date();
    const expires = dateOrNull(expiresAt) ?? null;
    if (expires && expires <= given) {
      throw new AppException(400, 'VALIDATION_FAILED', 'expiresAt must lie after givenAt', [
        { field: 'expiresAt', messages: ['must lie after givenAt'] },
      ]);
    }
    return this.records.create(ctx, familyId, () => ({
      ...fields,
      providerId: fields.providerId ?? null,
      givenAt: given,
      expiresAt: expires,
      recordedById: ctx.user.id,
    }));
  }

  private async notifyReferralCounsellors(em: EntityManager, consent: Consent): Promise<void> {
    const counsellors = await counsellorsOfWarmReferrals(em, consent.id);
    await this.notifications.notify(em, counsellors, {
      kind: 'consent_withdrawn',
      familyId: consent.familyId,
    });
  }

  update(ctx: RequestContext, id: string, dto: UpdateConsentDto): Promise<Consent> {
    const { version, withdrawnAt, expiresAt, note } = dto;
    return this.records.update(ctx, id, version, async (current, em) => {
      if (current.withdrawnAt && withdrawnAt === null) {
        throw new AppException(
          409,
          'ILLEGAL_TRANSITION',
          'A withdrawn consent stays withdrawn; record a new one',
        );
      }
      if (withdrawnAt && !current.withdrawnAt && current.scope === 'share_with_provider') {
        await this.notifyReferralCounsellors(em, current);
      }
      return {
        ...(withdrawnAt !== undefined ? { withdrawnAt: dateOrNull(withdrawnAt) } : {}),
        ...(expiresAt !== undefined ? { expiresAt: dateOrNull(expiresAt) } : {}),
        ...(note !== undefined ? { note } : {}),
      } as Partial<Consent>;
    });
  }
}
