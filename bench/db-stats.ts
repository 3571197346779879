import type { Connection } from 'mysql2/promise';

/*
 * Statements and database time per request, from MariaDB's per-user statistics
 * (information_schema.USER_STATISTICS, kept while `userstat` is ON). The gateway and the
 * baseline connect as their own users, so other clients of a shared server do not count.
 */

export interface DbCounters {
  statements: number;
  busySeconds: number;
  cpuSeconds: number;
}

export interface DbStats {
  available: boolean;
  read(user: string): Promise<DbCounters | null>;
  /** Puts `userstat` back as it was. */
  restore(): Promise<void>;
}

export async function openDbStats(admin: Connection): Promise<DbStats> {
  let previous: string | null = null;
  try {
    const [rows] = await admin.query("SHOW GLOBAL VARIABLES LIKE 'userstat'");
    previous = (rows as { Value: string }[])[0]?.Value ?? null;
    if (previous === null) throw new Error('no userstat (not MariaDB)');
    if (previous !== 'ON') await admin.query('SET GLOBAL userstat = 1');
  } catch {
    return { available: false, read: async () => null, restore: async () => undefined };
  }
  return {
    available: true,
    async read(user) {
      const [rows] = await admin.query(
        `SELECT SELECT_COMMANDS + UPDATE_COMMANDS + OTHER_COMMANDS AS statements, BUSY_TIME AS busy, CPU_TIME AS cpu
         FROM information_schema.USER_STATISTICS WHERE USER = ?`,
        [user],
      );
      const row = (rows as { statements: number; busy: number; cpu: number }[])[0];
      return row
        ? { statements: Number(row.statements), busySeconds: Number(row.busy), cpuSeconds: Number(row.cpu) }
        : { statements: 0, busySeconds: 0, cpuSeconds: 0 };
    },
    async restore() {
      if (previous !== 'ON') await admin.query('SET GLOBAL userstat = 0');
    },
  };
}

export function delta(before: DbCounters | null, after: DbCounters | null): DbCounters | null {
  if (!before || !after) return null;
  return {
    statements: after.statements - before.statements,
    busySeconds: after.busySeconds - before.busySeconds,
    cpuSeconds: after.cpuSeconds - before.cpuSeconds,
  };
}
