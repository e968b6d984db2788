import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/database/versioned.entity';

@Entity({ name: 'need_categories' })
export class NeedCategory extends VersionedEntity {
  @Column({ type: 'text' }) key!: string;
  @Column({ type: 'text' }) labelDe!: string;
  @Column({ type: 'text' }) labelEn!: string;
  @Column({ type: 'text', name: 'group_name' }) group!: string;
  @Column({ type: 'boolean', default: false }) sensitive!: boolean;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @Column({ type: 'integer', default: 0 }) sortOrder!: number;
}
