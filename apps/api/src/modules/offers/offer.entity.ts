import { Column, Entity } from 'typeorm';
import type { OfferCapacity, OpeningSlot } from '@lotsen/domain';
import { VersionedEntity } from '../../common/database/versioned.entity';

@Entity({ name: 'offers' })
export class Offer extends VersionedEntity {
  @Column({ type: 'uuid' }) providerId!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) categoryKeys!: string[];
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) districtIds!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) languages!: string[];
  @Column({ type: 'integer', nullable: true }) ageFrom!: number | null;
  @Column({ type: 'integer', nullable: true }) ageTo!: number | null;
  @Column({ type: 'text', nullable: true }) address!: string | null;
  @Column({ type: 'text', nullable: true }) phone!: string | null;
  @Column({ type: 'text', nullable: true }) email!: string | null;
  @Column({ type: 'text', nullable: true }) openingHours!: string | null;
  /** Weekly slots in Potsdam time (libs/domain opening-schedule.ts); `openingHours` stays the note. */
  @Column({ type: 'jsonb', default: () => "'[]'" }) openingSchedule!: OpeningSlot[];
  @Column({ type: 'text', default: 'available' }) capacity!: OfferCapacity;
  @Column({ type: 'boolean', default: false }) addressHidden!: boolean;
  /** Costs the family nothing (null: not stated); the portal's "kostenlos" filter. */
  @Column({ type: 'boolean', nullable: true }) costFree!: boolean | null;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  /**
   * When the offer's data were last confirmed (issue 21.3): by the office editing it, by the
   * provider's "Angaben sind aktuell" or by an accepted change — the portal's "Stand".
   */
  @Column({ type: 'timestamptz', default: () => 'now()' }) confirmedAt!: Date;
}
