import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/database/versioned.entity';
import type { PersonRelation } from '@lotsen/domain';

@Entity({ name: 'persons' })
export class Person extends VersionedEntity {
  @Column({ type: 'uuid' }) familyId!: string;
  @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'text' }) relation!: PersonRelation;
  @Column({ type: 'text', nullable: true }) firstName!: string | null;
  @Column({ type: 'text', nullable: true }) lastName!: string | null;
  @Column({ type: 'text', select: false }) lastNamePhonetic!: string;
  /** libs/domain personNameKey: the family search finds other spellings (issue 25.13). */
  @Column({ type: 'text', select: false }) nameKey!: string;
  @Column({ type: 'date', nullable: true }) birthDate!: string | null;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
}
