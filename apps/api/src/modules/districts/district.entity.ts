import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/database/versioned.entity';
import type { Sozialraum } from '@lotsen/domain';

@Entity({ name: 'districts' })
export class District extends VersionedEntity {
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) sozialraum!: Sozialraum | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) stadtteile!: string[];
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @Column({ type: 'integer', default: 0 }) sortOrder!: number;
}
