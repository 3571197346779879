import mysql from 'mysql2/promise';

/** Where the benchmark's MariaDB/MySQL server is (root, as the test harness uses it). */
export const MYSQL = {
  host: process.env.BENCH_MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.BENCH_MYSQL_PORT ?? 3306),
  user: process.env.BENCH_MYSQL_USER ?? 'root',
  password: process.env.BENCH_MYSQL_PASSWORD ?? '',
};

/**
 * The accounts the gateway, the baseline and the peer connect as. Each gets its own user so the
 * server's per-user statistics count their statements apart from anyone else's on a shared server.
 */
export const ACCOUNTS = { gateway: 'bench_gateway', baseline: 'bench_baseline', peer: 'bench_peer' } as const;
export type Target = keyof typeof ACCOUNTS;
/**
 * The account of the live section's gateway (bench/live.ts): its statements per second are the
 * section's figure, apart from the scenarios' gateway and from a bench run next door.
 */
export const LIVE_ACCOUNT = 'bench_live';

export function adminConnection(database?: string): Promise<mysql.Connection> {
  return mysql.createConnection({ ...MYSQL, database, multipleStatements: false, timezone: 'Z', dateStrings: ['DATE'] });
}

export function urlFor(database: string, user: string = MYSQL.user, password: string = MYSQL.password): string {
  const auth = password ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}` : encodeURIComponent(user);
  return `mysql://${auth}@${MYSQL.host}:${MYSQL.port}/${database}`;
}

/** Creates the bench accounts (no password, loopback only, rights on bench_* databases); false if not allowed. */
export async function ensureAccounts(admin: mysql.Connection): Promise<boolean> {
  try {
    for (const user of [...Object.values(ACCOUNTS), LIVE_ACCOUNT]) {
      await admin.query(`CREATE USER IF NOT EXISTS '${user}'@'${MYSQL.host}'`);
      await admin.query(`GRANT ALL PRIVILEGES ON \`bench\\_%\`.* TO '${user}'@'${MYSQL.host}'`);
    }
    return true;
  } catch {
    return false;
  }
}
