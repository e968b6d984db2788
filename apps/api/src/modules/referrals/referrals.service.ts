import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { isReferable } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { rethrowReferenceViolation } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import { findPage, type Page } from '../../common/list-query/find-page';
import { isUuid, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import { FamilyAccess } from '../families/family-access.service';
import { Need } from '../needs/need.entity';
import type { CreateReferralDto } from './dto/referral.dto';
import { requireShareConsent } from './referral-consent';
import {
  presentReferrals,
  REFERRAL_LIST,
  type ReferralView,
  type StaffReferralView,
  visibleReferrals,
} from './referral-views';
import { Referral } from './referral.entity';

/**
 * Reading and creating referrals. Their moves (send, answer, undo …) are ReferralMovesService's;
 * the list spec, the provider's view and the presentation are in referral-views.ts.
 */
@Injectable()
export class ReferralsService {
  private readonly listSpec: ListSpec;

  constructor(
    @InjectRepository(Referral) private readonly referrals: Repository<Referral>,
    private readonly dataSource: DataSource,
    private readonly access: FamilyAccess,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const days = Number(config.referralUnansweredDays);
    this.listSpec = {
      ...REFERRAL_LIST,
      filterable: {
        ...REFERRAL_LIST.filterable,
        unanswered: {
          type: 'boolean',
          where: (p) => `((r.status = 'sent' AND r.sentAt < now() - interval '${days} days') = :${p})`,
        },
      },
    };
  }

  async list(ctx: RequestContext, query: ListQuery): Promise<Page<ReferralView>> {
    const page = await findPage(visibleReferrals(this.referrals, ctx), query, this.listSpec);
    return { ...page, items: await presentReferrals(this.dataSource, ctx, page.items) };
  }

  async get(ctx: RequestContext, id: string): Promise<ReferralView> {
    const referral = isUuid(id)
      ? await visibleReferrals(this.referrals, ctx).andWhere('r.id = :id', { id }).getOne()
      : null;
    if (!referral) throw AppException.notFound('Referral');
    return (await presentReferrals(this.dataSource, ctx, [referral]))[0];
  }

  async create(ctx: RequestContext, dto: CreateReferralDto): Promise<StaffReferralView> {
    const referral = await this.dataSource.transaction(async (em) => {
      const need = isUuid(dto.needId) ? await em.getRepository(Need).findOneBy({ id: dto.needId }) : null;
      if (!need || !need.familyId) {
        if (need && need.officeId === ctx.user.officeId) {
          throw new AppException(400, 'VALIDATION_FAILED', 'Only needs of a family can be referred', [
            { field: 'needId', messages: ['belongs to an anonymous contact'] },
          ]);
        }
        throw AppException.notFound('Need');
      }
      // a need of another office's family is answered as a need that does not exist (no oracle)
      const family = await this.access
        .require(ctx, need.familyId, 'referral.write', em)
        .catch((err: unknown) => {
          throw err instanceof AppException && err.getStatus() === 404 ? AppException.notFound('Need') : err;
        });
      if (need.cancelledAt) {
        // recorded by mistake (issue 25.1): it counts nowhere, so nothing is referred for it
        throw new AppException(409, 'ALREADY_CANCELLED', 'The need is cancelled');
      }
      if (!isReferable(need.status)) {
        throw new AppException(
          409,
          'ILLEGAL_TRANSITION',
          `A ${need.status} need is done: it takes no new referral`,
        );
      }
      await this.access.requireStoreConsent(em, family.id);
      let providerId = dto.providerId ?? null;
      if (dto.offerId) {
        const rows: { provider_id: string }[] = await em.query(
          `SELECT provider_id FROM offers WHERE id = $1 AND active`,
          [dto.offerId],
        );
        if (rows.length === 0) throw AppException.invalidReference('offerId');
        if (providerId && providerId !== rows[0].provider_id) {
          throw new AppException(400, 'VALIDATION_FAILED', 'The offer belongs to another provider', [
            { field: 'providerId', messages: ["does not match the offer's provider"] },
          ]);
        }
        providerId = rows[0].provider_id;
      }
      if (dto.consentId) await requireShareConsent(em, dto.consentId, family.id, providerId as string, false);
      const repo = em.getRepository(Referral);
      let saved: Referral;
      try {
        saved = await repo.save(
          repo.create({
            needId: need.id,
            familyId: family.id,
            officeId: family.officeId,
            counsellorId: ctx.user.id,
            offerId: dto.offerId ?? null,
            providerId: providerId as string,
            mode: dto.mode,
            consentId: dto.consentId ?? null,
            // written for the provider: the provider reads it too
            note: dto.note ?? null,
            providerNote: dto.note ?? null,
            status: 'draft',
          }),
        );
      } catch (err) {
        rethrowReferenceViolation(err);
        throw err;
      }
      await this.access.touch(em, family.id);
      await this.audit.record(
        ctx,
        'referral.create',
        'referral',
        [saved.id],
        family.officeId,
        { familyId: family.id, mode: dto.mode },
        em,
      );
      return repo.findOneByOrFail({ id: saved.id });
    });
    return (await presentReferrals(this.dataSource, ctx, [referral]))[0] as StaffReferralView;
  }
}
