import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { EntityCrud } from '../../common/crud/entity-crud';
import type { ListSpec } from '../../common/list-query/list-query';
import { Office, OFFICE_KINDS } from './office.entity';
import type { CreateOfficeDto, UpdateOfficeDto } from './dto/office.dto';

export const OFFICE_LIST: ListSpec = {
  entity: Office,
  alias: 'o',
  sortable: {
    name: 'o.name',
    kind: 'o.kind',
    address: 'o.address',
    active: 'o.active',
    createdAt: 'o.createdAt',
  },
  filterable: { kind: { type: 'enum', values: OFFICE_KINDS }, active: { type: 'boolean' } },
  searchColumns: ['o.name', 'o.address'],
  defaultSort: { field: 'name', order: 'ASC' },
};

@Injectable()
export class OfficesService {
  readonly crud: EntityCrud<Office>;

  constructor(@InjectRepository(Office) repo: Repository<Office>) {
    this.crud = new EntityCrud(repo, OFFICE_LIST, 'Office', [
      {
        index: 'offices_name_key',
        code: 'DUPLICATE_KEY',
        field: 'name',
        message: 'An office with this name exists',
      },
    ]);
  }

  create(dto: CreateOfficeDto): Promise<Office> {
    return this.crud.create(dto);
  }

  update(id: string, { version, ...changes }: UpdateOfficeDto): Promise<Office> {
    return this.crud.update(id, version, changes);
  }
}
