import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SOZIALRAEUME } from '@lotsen/domain';
import { EntityCrud } from '../../common/crud/entity-crud';
import type { ListSpec } from '../../common/list-query/list-query';
import { District } from './district.entity';
import type { CreateDistrictDto, UpdateDistrictDto } from './dto/district.dto';

export const DISTRICT_LIST: ListSpec = {
  entity: District,
  alias: 'd',
  sortable: {
    code: 'd.code',
    name: 'd.name',
    sozialraum: 'd.sozialraum',
    sortOrder: 'd.sortOrder',
    active: 'd.active',
  },
  filterable: {
    sozialraum: { type: 'enum', values: SOZIALRAEUME },
    active: { type: 'boolean' },
    code: { type: 'string', max: 20 },
  },
  searchColumns: ['d.name', 'd.code', "array_to_string(d.stadtteile, ' ')"],
  defaultSort: { field: 'sortOrder', order: 'ASC' },
};

@Injectable()
export class DistrictsService {
  readonly crud: EntityCrud<District>;

  constructor(@InjectRepository(District) repo: Repository<District>) {
    this.crud = new EntityCrud(repo, DISTRICT_LIST, 'District', [
      {
        index: 'districts_code_key',
        code: 'DUPLICATE_KEY',
        field: 'code',
        message: 'A district with this code exists',
      },
    ]);
  }

  create(dto: CreateDistrictDto): Promise<District> {
    return this.crud.create(dto);
  }

  update(id: string, { version, ...changes }: UpdateDistrictDto): Promise<District> {
    return this.crud.update(id, version, changes);
  }
}
