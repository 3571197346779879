import { isDuplicateKey } from '../database/duplicate-key';
import { insertEntity, selectEntities, tableOf, updateEntities } from '../database/entity-statements';
import { DbScope, execute, placeholders, select } from '../database/statements';
import { inTransaction } from '../database/transaction';
import { IdempotencyKey } from './idempotency-key.entity';

/**
 * The one door to idempotency_keys. Rows are named by (scope hash, key hash), the unique key;
 * every read is on the primary (a replica may not have the claim yet). Each write is a short
 * transaction of its own (like every write: see inTransaction), committed before the mutation
 * it guards runs, so a claim is visible to every instance first.
 */
export class IdempotencyRepository {
  /** Inserts a pending claim; its id, or null when the (scope, key) is taken already. */
  async claim(scope: DbScope, row: Omit<IdempotencyKey, 'id' | 'responseStatus' | 'responseBody'>): Promise<number | null> {
    try {
      return await inTransaction(scope, (s) => insertEntity(s, IdempotencyKey, { ...row, responseStatus: null, responseBody: null }));
    } catch (err) {
      if (isDuplicateKey(err)) return null;
      throw err;
    }
  }

  /** The row of this key for this scope, or null. */
  find(scope: DbScope, scopeHash: string, keyHash: string): Promise<IdempotencyKey | null> {
    return selectEntities(scope, 'primary', IdempotencyKey, 'x.scope_hash = ? AND x.key_hash = ?', [scopeHash, keyHash], {
      prepared: true,
    }).then((rows) => rows[0] ?? null);
  }

  /** Stores the answer of a pending claim and marks it complete; false when it was not pending any more. */
  async complete(scope: DbScope, id: number, status: number, body: string | null): Promise<boolean> {
    const changed = await inTransaction(scope, (s) =>
      updateEntities(s, IdempotencyKey, { state: 'complete', responseStatus: status, responseBody: body }, "id = ? AND state = 'pending'", [
        id,
      ]),
    );
    return changed > 0;
  }

  /** Deletes the row with this id if it has expired by `now`; whether it did. */
  async deleteExpired(scope: DbScope, id: number, now: Date): Promise<boolean> {
    const result = await inTransaction(scope, (s) =>
      execute(s, `DELETE FROM ${tableOf(s, IdempotencyKey)} WHERE id = ? AND expires_at <= ?`, [id, now]),
    );
    return result.affected > 0;
  }

  /**
   * Deletes at most `limit` rows expired by `now`, oldest first; how many. Two statements, as
   * neither MySQL (no LIMIT in an IN subquery of the table deleted from) nor SQLite (no DELETE
   * … LIMIT in its default build) deletes a bounded set in one.
   */
  async sweep(scope: DbScope, now: Date, limit: number): Promise<number> {
    const table = tableOf(scope, IdempotencyKey);
    // Ids only: the rows carry stored answers of up to 64 KB each.
    const expired = await select(
      scope,
      'primary',
      `SELECT id FROM ${table} WHERE expires_at <= ? ORDER BY expires_at LIMIT ${Math.max(1, Math.floor(limit))}`,
      [now],
    );
    if (!expired.length) return 0;
    const ids = expired.map((r) => Number(r.id));
    const result = await inTransaction(scope, (s) =>
      execute(s, `DELETE FROM ${table} WHERE id IN (${placeholders(ids.length)}) AND expires_at <= ?`, [...ids, now]),
    );
    return result.affected;
  }
}
