import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/database/versioned.entity';

export const OFFICE_KINDS = ['main', 'outreach'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

@Entity({ name: 'offices' })
export class Office extends VersionedEntity {
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', nullable: true }) address!: string | null;
  @Column({ type: 'text', default: 'main' }) kind!: OfficeKind;
  @Column({ type: 'boolean', default: true }) active!: boolean;
}
