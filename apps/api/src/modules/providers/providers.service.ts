import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { PROVIDER_KINDS } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { requireInScope, whereInScope } from '../../common/auth/scope';
import { EntityCrud } from '../../common/crud/entity-crud';
import { findPage, type Page } from '../../common/list-query/find-page';
import { containsLiteral, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import type { CreateProviderDto, UpdateProviderDto } from './dto/provider.dto';
import { Provider } from './provider.entity';

export const PROVIDER_LIST: ListSpec = {
  entity: Provider,
  alias: 'p',
  sortable: { name: 'p.name', kind: 'p.kind', phone: 'p.phone', active: 'p.active' },
  filterable: {
    q: { type: 'search', where: (p) => containsLiteral('lotsen_fold(p.name)', `lotsen_fold(:${p})`) },
    kind: { type: 'enum', values: PROVIDER_KINDS },
    districtId: { type: 'uuid' },
    active: { type: 'boolean' },
  },
  defaultSort: { field: 'name', order: 'ASC' },
};

@Injectable()
export class ProvidersService {
  private readonly crud: EntityCrud<Provider>;

  constructor(@InjectRepository(Provider) private readonly providers: Repository<Provider>) {
    this.crud = new EntityCrud(providers, PROVIDER_LIST, 'Provider', [
      {
        index: 'providers_name_key',
        code: 'DUPLICATE_KEY',
        field: 'name',
        message: 'A provider with this name exists',
      },
    ]);
  }

  /** Office staff see every provider; a provider user only their own. */
  list(ctx: RequestContext, query: ListQuery): Promise<Page<Provider>> {
    const qb = whereInScope(this.providers.createQueryBuilder('p'), ctx.user, 'provider.read', {
      providerId: 'p.id',
    });
    return findPage(qb, query, PROVIDER_LIST);
  }

  async get(ctx: RequestContext, id: string): Promise<Provider> {
    const provider = await this.crud.get(id);
    requireInScope(ctx.user, 'provider.read', { providerId: provider.id }, 'Provider');
    return provider;
  }

  create(dto: CreateProviderDto): Promise<Provider> {
    return this.crud.create(dto);
  }

  update(id: string, { version, ...changes }: UpdateProviderDto): Promise<Provider> {
    return this.crud.update(id, version, changes);
  }
}
