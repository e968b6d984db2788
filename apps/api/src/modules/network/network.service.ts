import { publicReach } from '@lotsen/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { RequestContext } from '../../common/auth/request-context';
import { requireInScope } from '../../common/auth/scope';
import { AppException } from '../../common/errors/app.exception';
import { findPage, type Page } from '../../common/list-query/find-page';
import { isUuid, type ListQuery } from '../../common/list-query/list-query';
import { Offer } from '../offers/offer.entity';
import { OFFER_LIST } from '../offers/offers.service';
import type { NetworkContactDto, NetworkOfferView, NetworkProviderView } from './dto/network.dto';

/**
 * The network's directory (issue 21.5, docs/provider-network.md): the public offers of the other
 * providers — what the portal shows of them, a hidden address never — with each provider's
 * internal contact line, so that a provider can point a family onward. Read-only.
 */
@Injectable()
export class NetworkService {
  constructor(
    @InjectRepository(Offer) private readonly offers: Repository<Offer>,
    private readonly dataSource: DataSource,
  ) {}

  async offersOfOthers(ctx: RequestContext, query: ListQuery): Promise<Page<NetworkOfferView>> {
    const qb = this.offers
      .createQueryBuilder('o')
      .andWhere('o.active')
      .andWhere('o.provider_id IN (SELECT id FROM providers WHERE active)');
    if (ctx.user.providerId) qb.andWhere('o.provider_id <> :own', { own: ctx.user.providerId });
    const page = await findPage(qb, query, OFFER_LIST);
    const providerIds = [...new Set(page.items.map((o) => o.providerId))];
    const rows: { id: string; name: string; kind: string; network_contact: string | null }[] =
      providerIds.length === 0
        ? []
        : await this.dataSource.query(
            `SELECT id, name, kind, network_contact FROM providers WHERE id = ANY($1::uuid[])`,
            [providerIds],
          );
    const providers = new Map<string, NetworkProviderView>(
      rows.map((p) => [p.id, { id: p.id, name: p.name, kind: p.kind, networkContact: p.network_contact }]),
    );
    return {
      total: page.total,
      items: page.items.map((o) => ({
        id: o.id,
        title: o.title,
        description: o.description,
        categoryKeys: o.categoryKeys,
        districtIds: o.districtIds,
        languages: o.languages,
        ageFrom: o.ageFrom,
        ageTo: o.ageTo,
        // a hidden address (a women's shelter) is the office's only; its e-mail too, as in the portal
        ...publicReach(o.address, o.email, o.addressHidden),
        phone: o.phone,
        openingHours: o.openingHours,
        capacity: o.capacity,
        costFree: o.costFree,
        confirmedAt: o.confirmedAt,
        providerId: o.providerId,
        provider: providers.get(o.providerId) as NetworkProviderView,
      })),
    };
  }

  /** Sets the contact line the provider shares with the network (its own users; team leads, admins). */
  async setContact(
    ctx: RequestContext,
    providerId: string,
    dto: NetworkContactDto,
  ): Promise<{ id: string; networkContact: string | null }> {
    const rows: { id: string }[] = isUuid(providerId)
      ? await this.dataSource.query(`SELECT id FROM providers WHERE id = $1`, [providerId])
      : [];
    requireInScope(
      ctx.user,
      'provider.networkContact',
      rows[0] ? { providerId: rows[0].id } : null,
      'Provider',
    );
    const value = dto.networkContact?.trim() || null;
    if (value && /<[a-z!/]/i.test(value)) {
      throw new AppException(400, 'VALIDATION_FAILED', 'networkContact must be plain text', [
        { field: 'networkContact', messages: ['must be plain text without HTML tags'] },
      ]);
    }
    await this.dataSource.query(
      // not public: neither the provider's version nor its last change (HSDS last_modified) move
      `UPDATE providers SET network_contact = $2 WHERE id = $1`,
      [providerId, value],
    );
    return { id: providerId, networkContact: value };
  }
}
