import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { koelnerPhonetik, PERSON_RELATIONS, personNameKey } from '@lotsen/domain';
import type { RequestContext } from '../../common/auth/request-context';
import { AppException } from '../../common/errors/app.exception';
import type { ListSpec } from '../../common/list-query/list-query';
import { AuditService } from '../audit/audit.service';
import { FamilyAccess } from '../families/family-access.service';
import { FamilyRecords } from '../families/family-records';
import type { PossibleDuplicate } from '../families/families.service';
import type { CreatePersonDto, UpdatePersonDto } from './dto/person.dto';
import { Person } from './person.entity';

export const PERSON_LIST: ListSpec = {
  entity: Person,
  alias: 'p',
  sortable: {
    lastName: 'p.lastName',
    firstName: 'p.firstName',
    birthDate: 'p.birthDate',
    relation: 'p.relation',
    createdAt: 'p.createdAt',
  },
  filterable: { familyId: { type: 'uuid' }, relation: { type: 'enum', values: PERSON_RELATIONS } },
  defaultSort: { field: 'createdAt', order: 'ASC' },
};

@Injectable()
export class PersonsService {
  readonly records: FamilyRecords<Person>;

  constructor(
    @InjectRepository(Person) repo: Repository<Person>,
    private readonly dataSource: DataSource,
    access: FamilyAccess,
    private readonly audit: AuditService,
  ) {
    this.records = new FamilyRecords(repo, dataSource, access, audit, {
      spec: PERSON_LIST,
      entity: 'person',
      label: 'Person',
      read: 'family.read',
      write: 'family.write',
      auditReads: true,
      storeConsent: 'write',
    });
  }

  create(ctx: RequestContext, dto: CreatePersonDto): Promise<Person> {
    const { confirmNew, familyId, ...fields } = dto;
    return this.records.create(ctx, familyId, async (family, em) => {
      if (!confirmNew && fields.lastName && fields.birthDate) {
        const duplicates = await this.possibleDuplicates(
          em,
          family.officeId,
          family.id,
          fields.lastName,
          fields.birthDate,
        );
        if (duplicates.length > 0) {
          throw new AppException(
            409,
            'POSSIBLE_DUPLICATE',
            'A member of another family has the same last name and birth date; send confirmNew: true to add this person all the same',
            undefined,
            { possibleDuplicates: duplicates },
          );
        }
      }
      return {
        ...fields,
        lastNamePhonetic: koelnerPhonetik(fields.lastName ?? ''),
        nameKey: personNameKey(fields.firstName, fields.lastName),
      };
    });
  }

  update(ctx: RequestContext, id: string, dto: UpdatePersonDto): Promise<Person> {
    const { version, ...changes } = dto;
    return this.records.update(ctx, id, version, (current) => ({
      ...changes,
      ...(changes.lastName !== undefined
        ? { lastNamePhonetic: koelnerPhonetik(changes.lastName ?? '') }
        : {}),
      ...(changes.firstName !== undefined || changes.lastName !== undefined
        ? {
            nameKey: personNameKey(
              changes.firstName !== undefined ? changes.firstName : current.firstName,
              changes.lastName !== undefined ? changes.lastName : current.lastName,
            ),
          }
        : {}),
    }));
  }

  /** Removes a member from a family (a person entered by mistake, a member who moved out). */
  async remove(ctx: RequestContext, id: string): Promise<Person> {
    return this.dataSource.transaction(async (em) => {
      const person = await this.records.get(ctx, id, 'family.write', em);
      await em.delete(Person, { id });
      await em.query(`UPDATE families SET last_activity_at = now() WHERE id = $1`, [person.familyId]);
      await this.audit.record(
        ctx,
        'person.delete',
        'person',
        [id],
        person.officeId,
        { familyId: person.familyId },
        em,
      );
      return person;
    });
  }

  /** Members of other families of the office with the same (or same-sounding) last name and birth date. */
  private async possibleDuplicates(
    em: EntityManager,
    officeId: string,
    familyId: string,
    lastName: string,
    birthDate: string,
  ): Promise<PossibleDuplicate[]> {
    const rows: { id: string; name: string; district_id: string | null }[] = await em.query(
      `SELECT DISTINCT f.id, f.name, f.district_id FROM persons p JOIN families f ON f.id = p.family_id
       WHERE p.office_id = $1 AND p.family_id <> $2 AND p.birth_date = $3 AND f.status <> 'anonymized'
         AND (lotsen_fold(p.last_name) = lotsen_fold($4) OR (p.last_name_phonetic <> '' AND p.last_name_phonetic = $5))
       LIMIT 10`,
      [officeId, familyId, birthDate, lastName, koelnerPhonetik(lastName)],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, districtId: r.district_id }));
  }
}
