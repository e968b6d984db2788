import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/database/versioned.entity';

/** A Verwaltungsleistung (issue 17 point 4; docs/portal.md): an administrative service for families. */
@Entity({ name: 'services' })
export class Service extends VersionedEntity {
  /** The LeiKa key where a source confirms one; null otherwise (never invented). */
  @Column({ type: 'text', nullable: true }) leikaKey!: string | null;
  @Column({ type: 'text' }) titleDe!: string;
  @Column({ type: 'text', nullable: true }) descriptionDe!: string | null;
  /** The responsible body: a provider (a city department, or e.g. the Familienkasse). */
  @Column({ type: 'uuid' }) responsibleProviderId!: string;
  @Column({ type: 'text', nullable: true }) onlineUrl!: string | null;
  /** What to bring. */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) checklist!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) categoryKeys!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) lifeSituationKeys!: string[];
  /** The day the office last checked the text (YYYY-MM-DD). */
  @Column({ type: 'date', nullable: true }) lastCheckedAt!: string | null;
  @Column({ type: 'boolean', default: true }) active!: boolean;
}
