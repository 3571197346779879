import { DomainError } from '../errors/domain.error';
import { ErrorCode } from '../errors/error-code';

/** True for a unique-key violation: ER_DUP_ENTRY (1062) on MySQL/MariaDB, SQLITE_CONSTRAINT_UNIQUE on SQLite. */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { code?: unknown; errno?: unknown; driverError?: { code?: unknown; errno?: unknown } } | null;
  if (!e || typeof e !== 'object') return false;
  return [e, e.driverError].some(
    (s) =>
      !!s &&
      (s.code === 'ER_DUP_ENTRY' || s.errno === 1062 || s.code === 'SQLITE_CONSTRAINT_UNIQUE' || s.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'),
  );
}

/**
 * Runs a write and turns a unique-key violation into `save-failed` (the driver's text, which
 * names the index and the value, never reaches the client); other errors pass unchanged.
 */
export async function saveOrFail<T>(write: () => Promise<T>, why: string): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isDuplicateKey(err)) throw new DomainError(ErrorCode.SaveFailed, `Failed to save instance: ${why}`, ['reference']);
    throw err;
  }
}
