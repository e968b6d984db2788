import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isSensitiveCategory, NEED_CATEGORY_GROUPS } from '@lotsen/domain';
import { EntityCrud, isForeignKeyViolation } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import type { ListSpec } from '../../common/list-query/list-query';
import { NeedCategory } from './need-category.entity';
import type { CreateNeedCategoryDto, UpdateNeedCategoryDto } from './dto/need-category.dto';

export const NEED_CATEGORY_LIST: ListSpec = {
  entity: NeedCategory,
  alias: 'c',
  sortable: {
    key: 'c.key',
    labelDe: 'c.labelDe',
    labelEn: 'c.labelEn',
    group: 'c.group',
    sortOrder: 'c.sortOrder',
    sensitive: 'c.sensitive',
    active: 'c.active',
  },
  filterable: {
    key: { type: 'string', max: 40 },
    group: { type: 'enum', values: NEED_CATEGORY_GROUPS },
    active: { type: 'boolean' },
    sensitive: { type: 'boolean' },
  },
  searchColumns: ['c.key', 'c.labelDe', 'c.labelEn'],
  defaultSort: { field: 'sortOrder', order: 'ASC' },
};

@Injectable()
export class NeedCategoriesService {
  readonly crud: EntityCrud<NeedCategory>;

  constructor(@InjectRepository(NeedCategory) private readonly repo: Repository<NeedCategory>) {
    this.crud = new EntityCrud(repo, NEED_CATEGORY_LIST, 'Need category', [
      {
        index: 'need_categories_key_key',
        code: 'DUPLICATE_KEY',
        field: 'key',
        message: 'A category with this key exists',
      },
    ]);
  }

  /** A new category is sensitive when its group is, unless the admin says so explicitly. */
  create(dto: CreateNeedCategoryDto): Promise<NeedCategory> {
    return this.crud.create({ ...dto, sensitive: dto.sensitive ?? isSensitiveCategory(dto.key, dto.group) });
  }

  update(id: string, { version, ...changes }: UpdateNeedCategoryDto): Promise<NeedCategory> {
    return this.crud.update(id, version, changes);
  }

  /**
   * Deletes a category nobody refers to. Needs, offers and reports refer to categories with
   * foreign keys (ON DELETE RESTRICT), so the database itself says when one is in use.
   */
  async remove(id: string): Promise<NeedCategory> {
    const category = await this.crud.get(id);
    try {
      await this.repo.delete({ id: category.id });
    } catch (err) {
      if (isForeignKeyViolation(err)) {
        throw new AppException(409, 'IN_USE', 'The category is in use: deactivate it instead of deleting it');
      }
      throw err;
    }
    return category;
  }
}
