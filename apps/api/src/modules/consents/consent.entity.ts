import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/database/versioned.entity';
import type { ConsentForm, ConsentScope } from '@lotsen/domain';

@Entity({ name: 'consents' })
export class Consent extends VersionedEntity {
  @Column({ type: 'uuid' }) familyId!: string;
  @Column({ type: 'uuid' }) officeId!: string;
  @Column({ type: 'text' }) scope!: ConsentScope;
  @Column({ type: 'uuid', nullable: true }) providerId!: string | null;
  @Column({ type: 'text', default: 'written' }) form!: ConsentForm;
  @Column({ type: 'timestamptz' }) givenAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) expiresAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) recordedById!: string | null;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  /** The consent this one extends (a consent is never changed: a longer one is a new one). */
  @Column({ type: 'uuid', nullable: true }) replacesConsentId!: string | null;
}
