import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Own password change (issue 16.6): a password set by an admin (new user, reset) must be changed
 * by its user at the next sign-in; until then the session reaches only the password change.
 * `password_changed_at` tells when the user last chose their password.
 */
export class PasswordChange1767225600013 implements MigrationInterface {
  name = 'PasswordChange1767225600013';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
        ADD COLUMN password_changed_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN must_change_password, DROP COLUMN password_changed_at`);
  }
}
