import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/database/versioned.entity';
import type { Role } from '@lotsen/domain';

@Entity({ name: 'users' })
export class User extends VersionedEntity {
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'uuid', nullable: true })
  officeId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  providerId!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  /** Set when an admin sets the password (new user, reset): the user must choose their own. */
  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;
}
