import type { DataSource } from 'typeorm';

/*
 * What the HTTP layer and the CLI ask of a database beyond rows: is it there, is its pool
 * busy, is its schema current. Kept in the database kernel so nothing outside it speaks SQL.
 */

/** Resolves when the database answers a trivial statement; rejects otherwise. */
export async function ping(db: DataSource): Promise<void> {
  await db.query('SELECT 1');
}

/** The MySQL pool's occupancy (all zero on SQLite, which has none). */
export function poolStats(db: DataSource): { open: number; idle: number; waiting: number } {
  const pool = (
    db.driver as unknown as {
      pool?: {
        _allConnections?: { length: number };
        _freeConnections?: { length: number };
        _connectionQueue?: { length: number };
      };
    }
  ).pool;
  return {
    open: pool?._allConnections?.length ?? 0,
    idle: pool?._freeConnections?.length ?? 0,
    waiting: pool?._connectionQueue?.length ?? 0,
  };
}

/** True when migrations are pending on `db`. */
export function hasPendingMigrations(db: DataSource): Promise<boolean> {
  return db.showMigrations();
}

/** Applies the pending migrations, each in its own transaction; the names of those applied. */
export async function applyMigrations(db: DataSource): Promise<string[]> {
  return (await db.runMigrations({ transaction: 'each' })).map((m) => m.name);
}
