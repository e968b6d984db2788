import { Column, Entity } from 'typeorm';
import type { TranslationEntity, TranslationField } from '@lotsen/domain';
import { VersionedEntity } from '../../common/database/versioned.entity';

/** A translated text of the Familienportal (issue 17 point 5; docs/portal.md "Übersetzungen"). */
@Entity({ name: 'translations' })
export class Translation extends VersionedEntity {
  @Column({ type: 'text' }) entity!: TranslationEntity;
  /** The offer's or service's id, or the life situation's key. */
  @Column({ type: 'text' }) entityId!: string;
  @Column({ type: 'text' }) field!: TranslationField;
  /** The stored tag: `de-x-ls` (Leichte Sprache), `en`, `uk`, `ar`, `tr`; `de` for life situations. */
  @Column({ type: 'text' }) lang!: string;
  /** The text; a checklist one item per line. */
  @Column({ type: 'text' }) text!: string;
  /** When an admin last confirmed the text; null = not reviewed. */
  @Column({ type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) reviewedById!: string | null;
}
