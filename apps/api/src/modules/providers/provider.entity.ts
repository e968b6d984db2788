import { Column, Entity } from 'typeorm';
import type { OpeningSlot, ProviderKind } from '@lotsen/domain';
import { VersionedEntity } from '../../common/database/versioned.entity';

@Entity({ name: 'providers' })
export class Provider extends VersionedEntity {
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) kind!: ProviderKind;
  @Column({ type: 'text', nullable: true }) address!: string | null;
  @Column({ type: 'uuid', nullable: true }) districtId!: string | null;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ type: 'text', nullable: true }) website!: string | null;
  /** Opening hours of the provider as a body (Sprechzeiten), e.g. a city department's. */
  @Column({ type: 'text', nullable: true }) openingHours!: string | null;
  /** Weekly slots in Potsdam time (libs/domain opening-schedule.ts); `openingHours` stays the note. */
  @Column({ type: 'jsonb', default: () => "'[]'" }) openingSchedule!: OpeningSlot[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) languages!: string[];
  @Column({ type: 'boolean', default: true }) active!: boolean;
  /**
   * An internal contact line the provider shares with the other providers of the network (issue
   * 21.5): never public; set by the provider's own users (PUT /api/providers/{id}/network-contact).
   */
  @Column({ type: 'text', nullable: true }) networkContact!: string | null;
}
