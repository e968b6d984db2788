import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AppException } from '../errors/app.exception';

/**
 * Optimistic locking (api.md: PUT carries `version`, 409 when stale): the row is changed only
 * when its version is still the one the client read, in one statement, so two concurrent edits
 * cannot both win.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  version: number,
  changes: Partial<T>,
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set(changes as never) // TypeORM adds `version = version + 1` and `updated_at` itself
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected === 0) {
    const exists = await manager.getRepository(target).exists({ where: { id } as never });
    if (!exists) throw AppException.notFound();
    throw AppException.staleVersion();
  }
  return manager.getRepository(target).findOneByOrFail({ id } as never);
}
