import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { EntityCrud } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import type { Page } from '../../common/list-query/find-page';
import { containsLiteral, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import type { CreateServiceDto, UpdateServiceDto } from './dto/service.dto';
import { Service } from './service.entity';

export const SERVICE_LIST: ListSpec = {
  entity: Service,
  alias: 's',
  sortable: {
    titleDe: 's.titleDe',
    leikaKey: 's.leikaKey',
    lastCheckedAt: 's.lastCheckedAt',
    active: 's.active',
    updatedAt: 's.updatedAt',
  },
  filterable: {
    q: {
      type: 'search',
      where: (p) =>
        containsLiteral(`lotsen_fold(s.title_de || ' ' || coalesce(s.leika_key, ''))`, `lotsen_fold(:${p})`),
    },
    responsibleProviderId: { type: 'uuid' },
    categoryKey: { type: 'string', max: 40, where: (p) => `s.category_keys @> ARRAY[CAST(:${p} AS text)]` },
    active: { type: 'boolean' },
  },
  defaultSort: { field: 'titleDe', order: 'ASC' },
};

/**
 * Verwaltungsleistungen for the staff app (issue 17 point 4): every staff member reads them,
 * admins write them. They are public data (the portal shows the active ones); a service refers
 * to nothing that refers back, so an admin may delete one.
 */
@Injectable()
export class ServicesService {
  readonly crud: EntityCrud<Service>;

  constructor(@InjectRepository(Service) private readonly services: Repository<Service>) {
    this.crud = new EntityCrud(services, SERVICE_LIST, 'Service', [
      {
        index: 'services_leika_key_key',
        code: 'DUPLICATE_KEY',
        field: 'leikaKey',
        message: 'A service with this LeiKa key exists',
      },
      {
        index: 'services_title_de_key',
        code: 'DUPLICATE_KEY',
        field: 'titleDe',
        message: 'A service with this title exists',
      },
    ]);
  }

  list(query: ListQuery): Promise<Page<Service>> {
    return this.crud.list(query);
  }

  get(id: string): Promise<Service> {
    return this.crud.get(id);
  }

  async create(dto: CreateServiceDto): Promise<Service> {
    await this.requireCategories(dto.categoryKeys);
    return this.crud.create(dto);
  }

  async update(id: string, { version, ...changes }: UpdateServiceDto): Promise<Service> {
    await this.crud.get(id);
    await this.requireCategories(changes.categoryKeys);
    return this.crud.update(id, version, changes);
  }

  async remove(id: string): Promise<Service> {
    const service = await this.crud.get(id);
    await this.services.delete({ id: service.id });
    return service;
  }

  /** Every category key must name an existing need category (400 INVALID_REFERENCE). */
  private async requireCategories(keys: string[] | undefined): Promise<void> {
    if (!keys || keys.length === 0) return;
    const rows: { key: string }[] = await this.services.query(
      `SELECT key FROM need_categories WHERE key = ANY($1::text[])`,
      [keys],
    );
    const known = new Set(rows.map((r) => r.key));
    const unknown = keys.findIndex((k) => !known.has(k));
    if (unknown >= 0) {
      throw new AppException(
        400,
        'INVALID_REFERENCE',
        `categoryKeys.${unknown} does not name an existing record`,
        [{ field: `categoryKeys.${unknown}`, messages: ['does not exist'] }],
      );
    }
  }
}
