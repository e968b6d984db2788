import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/database/versioned.entity';
import type { FamilyStatus } from '@lotsen/domain';

@Entity({ name: 'families' })
export class Family extends VersionedEntity {
  @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'uuid' }) ownerId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', select: false }) namePhonetic!: string;
  /** libs/domain transliterationKey of the name: the search finds other spellings (issue 25.13). */
  @Column({ type: 'text', select: false }) nameKey!: string;
  @Column({ type: 'uuid', nullable: true }) districtId!: string | null;
  @Column({ type: 'integer', nullable: true }) householdSize!: number | null;
  @Column({ type: 'integer', nullable: true }) childrenCount!: number | null;
  @Column({ type: 'boolean', nullable: true }) singleParent!: boolean | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) languages!: string[];
  @Column({ type: 'boolean', default: false }) interpreterNeeded!: boolean;
  @Column({ type: 'text', default: 'active' }) status!: FamilyStatus;
  @Column({ type: 'timestamptz' }) lastActivityAt!: Date;
  @Column({ type: 'uuid', nullable: true, select: false }) createdById!: string | null;
}
