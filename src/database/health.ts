import type { DataSource } from 'typeorm';
import { select } from './statements';

/*
 * What the HTTP layer and the CLI ask of a database beyond rows: is it there, is its pool
 * busy, is its schema current. Kept in the database kernel so nothing outside it speaks SQL.
 */

/** How long a readiness check waits for the database: a probe answers within a second, stalled database or not. */
export const PING_TIMEOUT_MS = 800;

/**
 * Resolves when the database answers a trivial statement within `timeoutMs` (a pooled
 * connection included: a pool whose every connection is stuck is not ready); rejects otherwise.
 */
export async function ping(db: DataSource, timeoutMs = PING_TIMEOUT_MS): Promise<void> {
  await select({ db }, 'primary', 'SELECT 1', [], { timeoutMs });
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
