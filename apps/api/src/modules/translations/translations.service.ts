import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  findLifeSituation,
  TRANSLATION_ENTITIES,
  TRANSLATION_FIELDS,
  TRANSLATION_LANGS,
  translationProblem,
  type TranslationEntity,
  type TranslationField,
} from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { EntityCrud } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import type { Page } from '../../common/list-query/find-page';
import { isUuid, type ListQuery, type ListSpec } from '../../common/list-query/list-query';
import type { CreateTranslationDto, UpdateTranslationDto } from './dto/translation.dto';
import { Translation } from './translation.entity';

export const TRANSLATION_LIST: ListSpec = {
  entity: Translation,
  alias: 't',
  sortable: {
    entity: 't.entity',
    entityId: 't.entityId',
    field: 't.field',
    lang: 't.lang',
    reviewedAt: 't.reviewedAt',
    updatedAt: 't.updatedAt',
  },
  filterable: {
    entity: { type: 'enum', values: TRANSLATION_ENTITIES },
    entityId: { type: 'string', max: 60 },
    field: { type: 'enum', values: TRANSLATION_FIELDS },
    lang: { type: 'enum', values: TRANSLATION_LANGS },
    reviewed: {
      type: 'boolean',
      where: (p) => `(t.reviewed_at IS NOT NULL) = :${p}`,
    },
  },
  defaultSort: { field: 'lang', order: 'ASC' },
};

/** What the table of the translated record is, and how its id looks. */
const TABLES: Readonly<Record<Exclude<TranslationEntity, 'life_situation'>, string>> = {
  offer: 'offers',
  service: 'services',
};

/**
 * Translations of the portal's texts for the staff app (issue 17 point 5; docs/portal.md
 * "Übersetzungen"): every office role reads them, admins write them. A translation names an
 * existing offer, service or life situation (400 INVALID_REFERENCE), a field and language that
 * record has in translation (400 TRANSLATION_NOT_APPLICABLE) and keeps the field's length
 * (400 VALIDATION_FAILED). `reviewed: true` records the admin and the moment; a changed text is
 * not reviewed any more unless `reviewed: true` comes with it.
 */
@Injectable()
export class TranslationsService {
  readonly crud: EntityCrud<Translation>;

  constructor(@InjectRepository(Translation) private readonly translations: Repository<Translation>) {
    this.crud = new EntityCrud(translations, TRANSLATION_LIST, 'Translation', [
      {
        index: 'translations_entity_field_lang_key',
        code: 'DUPLICATE_KEY',
        field: 'lang',
        message: 'This text exists in this language; edit it instead',
      },
    ]);
  }

  list(query: ListQuery): Promise<Page<Translation>> {
    return this.crud.list(query);
  }

  get(id: string): Promise<Translation> {
    return this.crud.get(id);
  }

  async create(ctx: RequestContext, { reviewed, ...dto }: CreateTranslationDto): Promise<Translation> {
    this.check(dto);
    const entityId = await this.requireEntity(dto.entity, dto.entityId);
    return this.crud.create({
      ...dto,
      entityId,
      reviewedAt: reviewed ? new Date() : null,
      reviewedById: reviewed ? ctx.user.id : null,
    });
  }

  async update(
    ctx: RequestContext,
    id: string,
    { version, text, reviewed }: UpdateTranslationDto,
  ): Promise<Translation> {
    const stored = await this.crud.get(id);
    const changes: Partial<Translation> = {};
    if (text !== undefined && text !== stored.text) {
      this.check({ ...stored, text });
      changes.text = text;
    }
    if (reviewed === true) {
      changes.reviewedAt = new Date();
      changes.reviewedById = ctx.user.id;
    } else if (reviewed === false || changes.text !== undefined) {
      changes.reviewedAt = null;
      changes.reviewedById = null;
    }
    return this.crud.update(id, version, changes);
  }

  async remove(id: string): Promise<Translation> {
    const translation = await this.crud.get(id);
    await this.translations.delete({ id: translation.id });
    return translation;
  }

  private check(t: { entity: TranslationEntity; field: TranslationField; lang: string; text: string }): void {
    const problem = translationProblem(t);
    if (!problem) return;
    if (problem.field === 'text') {
      throw new AppException(400, 'VALIDATION_FAILED', `text: ${problem.message}`, [
        { field: 'text', messages: [problem.message] },
      ]);
    }
    throw new AppException(400, 'TRANSLATION_NOT_APPLICABLE', problem.message, [
      { field: problem.field, messages: [problem.message] },
    ]);
  }

  /** The translated record must exist (an offer or service id, a life situation key): 400 INVALID_REFERENCE. */
  private async requireEntity(entity: TranslationEntity, entityId: string): Promise<string> {
    if (entity === 'life_situation') {
      if (findLifeSituation(entityId)) return entityId;
      throw AppException.invalidReference('entityId');
    }
    const id = entityId.toLowerCase();
    const rows: unknown[] = isUuid(id)
      ? await this.translations.query(`SELECT 1 FROM ${TABLES[entity]} WHERE id = $1`, [id])
      : [];
    if (rows.length === 0) throw AppException.invalidReference('entityId');
    return id;
  }
}
