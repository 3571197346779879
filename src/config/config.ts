import path from 'node:path';
import {
  DEFAULT_OFFICE_TIME_ZONE,
  DEFAULT_WORKING_HOURS,
  isTimeZone,
  parseWorkingHours,
  WeekHours,
  WorkingHoursError,
} from '../availability/working-hours.rules';

/** Where the gateway keeps its data: MySQL (production) or the embedded SQLite file. */
export type DatabaseConfig =
  | { kind: 'mysql'; url: string; host: string; port: number; user: string; password: string; database: string }
  | { kind: 'sqlite'; file: string };

export type MysqlDatabaseConfig = Extract<DatabaseConfig, { kind: 'mysql' }>;

/** Read replicas of the MySQL primary; `urls` is empty when none are configured. */
export interface ReplicaConfig {
  urls: MysqlDatabaseConfig[];
  /** A replica further behind than this is skipped until it catches up. */
  maxLagSeconds: number;
  checkIntervalMs: number;
}

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: DatabaseConfig;
  replicas: ReplicaConfig;
  dbPoolSize: number;
  dbConnectTimeoutMs: number;
  /** How long a statement waits for a row lock before the write is answered lock-timeout (seconds). */
  lockWaitTimeoutS: number;
  /** How many of the primary's pooled connections writes may hold at once; the rest stay free for reads. */
  dbWriteConnections: number;
  /** How long one MySQL statement may take, from asking the pool for a connection to its answer. */
  dbStatementTimeoutMs: number;
  /** How long a request may take once its body is read; past it the answer is `database-unavailable`. */
  requestTimeoutMs: number;
  logLevel: string;
  /** LOG_FORMAT: forced pretty or JSON logs; null leaves it to stdout (pretty in a terminal). */
  logFormat: 'pretty' | 'json' | null;
  bodyLimitBytes: number;
  limits: { maxDepth: number; maxAliases: number; maxCost: number; maxTokens: number; maxResponseBytes: number };
  /** How long shutdown waits for requests in flight before cutting connections. */
  shutdownGraceMs: number;
  /** How long an Idempotency-Key and its stored answer are kept (IDEMPOTENCY_RETENTION_HOURS). */
  idempotencyRetentionHours: number;
  /** The change feed and the live changes (docs/live-changes.md). */
  changes: ChangeSettings;
  /** What executes operations: graphql-jit's compiled queries (default) or graphql-js. */
  executor: 'jit' | 'graphql-js';
  /** APPOINTMENT_READ_COLUMNS: appointment reads return the columns the query selects (default) or every column. */
  readColumns: 'selected' | 'all';
  /** DIRECT_READS: appointment look-ups and pages answered with the JSON text the database writes (on, the default; MySQL/MariaDB) or always by the executor (off). */
  directReads: boolean;
  /** The office's working hours (WORKING_HOURS) and the zone they are read in (OFFICE_TIME_ZONE), for photographer availability. */
  office: OfficeHours;
  subscriptions: SubscriptionConfig;
}

/** The working week of the office, read in its IANA time zone. */
export interface OfficeHours {
  workingHours: WeekHours;
  timeZone: string;
}

/** Limits of the subscriptions served over graphql-ws on /graphql. */
export interface SubscriptionConfig {
  /** Active subscriptions one WebSocket may hold (MAX_SUBSCRIPTIONS_PER_CONNECTION). */
  maxPerConnection: number;
  /** Active subscriptions one token may hold across the connections of this instance (MAX_SUBSCRIPTIONS_PER_TOKEN). */
  maxPerToken: number;
  /** Bytes a socket may have waiting to be sent before its client is cut off as slow-consumer (SUBSCRIPTION_BUFFER_BYTES). */
  bufferBytes: number;
  /** How often each connection's token is checked again, so a revoked or expired one closes it (SUBSCRIPTION_AUTH_CHECK_MS). */
  authCheckMs: number;
}

/** How each instance reads the change table (docs/live-changes.md). */
export interface ChangeSettings {
  /** CHANGE_POLL_INTERVAL_MS: how often the poller reads new changes (the gateway's own writes also nudge it at once). */
  pollIntervalMs: number;
  /** CHANGE_NUDGE_SPACING_MS: the least time between the end of a read and a read the gateway's own commits start. */
  nudgeSpacingMs: number;
  /** CHANGE_RETENTION_HOURS: how long a change is kept; an older cursor is cursor-expired. */
  retentionHours: number;
  /** CHANGE_GAP_TIMEOUT_MS: how long a missing seq may belong to a transaction still open; past it, the gap is a rollback. */
  gapTimeoutMs: number;
}

/** A configuration problem found at boot; its message names the variable at fault. */
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

/** Parses `mysql://user:pass@host:port/db`; throws a ConfigError naming `variable` otherwise. */
export function parseMysqlUrl(raw: string, variable: string): MysqlDatabaseConfig {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${variable} is not a valid URL (expected mysql://user:password@host:3306/database)`);
  }
  if (url.protocol !== 'mysql:') {
    throw new ConfigError(`${variable} must start with mysql:// (got ${url.protocol}//)`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!url.hostname) throw new ConfigError(`${variable} has no host (expected mysql://user:password@host:3306/database)`);
  if (!database || database.includes('/')) {
    throw new ConfigError(`${variable} must name one database, e.g. mysql://root@127.0.0.1:3306/appointments`);
  }
  const port = url.port ? Number(url.port) : 3306;
  return {
    kind: 'mysql',
    url: raw,
    host: url.hostname,
    port,
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database,
  };
}

/** DATABASE_REPLICA_URLS: comma-separated mysql:// URLs; every bad entry is named by its position. */
function replicaUrls(env: Env, database: DatabaseConfig): MysqlDatabaseConfig[] {
  const raw = env.DATABASE_REPLICA_URLS?.trim();
  if (!raw) return [];
  if (database.kind !== 'mysql') throw new ConfigError('DATABASE_REPLICA_URLS needs DATABASE_URL: replicas are for the MySQL primary');
  const urls: MysqlDatabaseConfig[] = [];
  const problems: string[] = [];
  raw
    .split(',')
    .map((u) => u.trim())
    .forEach((u, i) => {
      try {
        urls.push(parseMysqlUrl(u, `DATABASE_REPLICA_URLS entry ${i + 1}`));
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        problems.push(err.message);
      }
    });
  if (problems.length) throw new ConfigError(problems.join('; '));
  return urls;
}

/**
 * DB_WRITE_CONNECTIONS: at most the pool; by default half of it (at least one), so that writes
 * piling up behind a locked row leave the other half to reads.
 */
function writeConnections(env: Env, poolSize: number): number {
  return intVar(env, 'DB_WRITE_CONNECTIONS', Math.max(1, Math.floor(poolSize / 2)), 1, poolSize);
}

/** The office hours when WORKING_HOURS and OFFICE_TIME_ZONE are not set. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  workingHours: parseWorkingHours(DEFAULT_WORKING_HOURS),
  timeZone: DEFAULT_OFFICE_TIME_ZONE,
};

/** WORKING_HOURS and OFFICE_TIME_ZONE (see working-hours.rules.ts for the format). */
function officeHours(env: Env): OfficeHours {
  const timeZone = env.OFFICE_TIME_ZONE?.trim() || DEFAULT_OFFICE_TIME_ZONE;
  if (!isTimeZone(timeZone)) {
    throw new ConfigError(`OFFICE_TIME_ZONE must be an IANA time zone such as America/Denver or Europe/Berlin, got "${timeZone}"`);
  }
  try {
    return { workingHours: parseWorkingHours(env.WORKING_HOURS?.trim() || DEFAULT_WORKING_HOURS), timeZone };
  } catch (err) {
    if (err instanceof WorkingHoursError) throw new ConfigError(`WORKING_HOURS: ${err.message}`);
    throw err;
  }
}

/** Reads and validates the configuration; every failure is a ConfigError naming its variable. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnv}"`);
  }
  const executor = env.GRAPHQL_EXECUTOR || 'jit';
  if (executor !== 'jit' && executor !== 'graphql-js') {
    throw new ConfigError(`GRAPHQL_EXECUTOR must be jit or graphql-js, got "${executor}"`);
  }
  const readColumns = env.APPOINTMENT_READ_COLUMNS || 'selected';
  if (readColumns !== 'selected' && readColumns !== 'all') {
    throw new ConfigError(`APPOINTMENT_READ_COLUMNS must be selected or all, got "${readColumns}"`);
  }
  const directReads = env.DIRECT_READS || 'on';
  if (directReads !== 'on' && directReads !== 'off') {
    throw new ConfigError(`DIRECT_READS must be on or off, got "${directReads}"`);
  }
  const logFormat = env.LOG_FORMAT || null;
  if (logFormat !== null && logFormat !== 'pretty' && logFormat !== 'json') {
    throw new ConfigError(`LOG_FORMAT must be pretty or json, got "${logFormat}"`);
  }
  const dbPoolSize = intVar(env, 'DB_POOL_SIZE', 10, 1, 1000);
  const requestTimeoutMs = intVar(env, 'REQUEST_TIMEOUT_MS', 10000, 100, 600000);
  const dbStatementTimeoutMs = intVar(env, 'DB_STATEMENT_TIMEOUT_MS', 5000, 50, 600000);
  // A statement that may outlive its request would hold its connection after the answer was sent.
  if (dbStatementTimeoutMs >= requestTimeoutMs) {
    throw new ConfigError(`DB_STATEMENT_TIMEOUT_MS (${dbStatementTimeoutMs}) must be below REQUEST_TIMEOUT_MS (${requestTimeoutMs})`);
  }
  // A gap in the change table is a transaction still open until it is older than any write
  // transaction may be: the gateway's are ended at REQUEST_TIMEOUT_MS, their last statement within
  // DB_STATEMENT_TIMEOUT_MS of it.
  const gapTimeoutMs = intVar(env, 'CHANGE_GAP_TIMEOUT_MS', requestTimeoutMs + dbStatementTimeoutMs, 100, 3600000);
  if (gapTimeoutMs < requestTimeoutMs) {
    throw new ConfigError(`CHANGE_GAP_TIMEOUT_MS (${gapTimeoutMs}) must be at least REQUEST_TIMEOUT_MS (${requestTimeoutMs})`);
  }
  const database: DatabaseConfig = env.DATABASE_URL
    ? parseMysqlUrl(env.DATABASE_URL, 'DATABASE_URL')
    : { kind: 'sqlite', file: path.resolve(env.SQLITE_FILE || path.join('data', 'gateway.sqlite')) };
  return {
    nodeEnv: nodeEnv as Config['nodeEnv'],
    port: intVar(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    database,
    replicas: {
      urls: replicaUrls(env, database),
      maxLagSeconds: intVar(env, 'REPLICA_MAX_LAG_SECONDS', 5, 0, 86400),
      checkIntervalMs: intVar(env, 'REPLICA_CHECK_INTERVAL_MS', 2000, 100, 3600000),
    },
    dbPoolSize,
    dbConnectTimeoutMs: intVar(env, 'DB_CONNECT_TIMEOUT_MS', 5000, 100, 120000),
    lockWaitTimeoutS: intVar(env, 'LOCK_WAIT_TIMEOUT_S', 3, 1, 3600),
    dbWriteConnections: writeConnections(env, dbPoolSize),
    dbStatementTimeoutMs,
    requestTimeoutMs,
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    logFormat,
    bodyLimitBytes: intVar(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 100 * 1024 * 1024),
    shutdownGraceMs: intVar(env, 'SHUTDOWN_GRACE_MS', 10000, 0, 600000),
    executor,
    readColumns,
    directReads: directReads === 'on',
    idempotencyRetentionHours: intVar(env, 'IDEMPOTENCY_RETENTION_HOURS', 24, 1, 720),
    office: officeHours(env),
    subscriptions: {
      maxPerConnection: intVar(env, 'MAX_SUBSCRIPTIONS_PER_CONNECTION', 100, 1, 10000),
      maxPerToken: intVar(env, 'MAX_SUBSCRIPTIONS_PER_TOKEN', 1000, 1, 1000000),
      bufferBytes: intVar(env, 'SUBSCRIPTION_BUFFER_BYTES', 4 * 1024 * 1024, 16 * 1024, 1024 * 1024 * 1024),
      authCheckMs: intVar(env, 'SUBSCRIPTION_AUTH_CHECK_MS', 60000, 50, 3600000),
    },
    changes: {
      pollIntervalMs: intVar(env, 'CHANGE_POLL_INTERVAL_MS', 200, 10, 60000),
      nudgeSpacingMs: intVar(env, 'CHANGE_NUDGE_SPACING_MS', 10, 0, 1000),
      retentionHours: intVar(env, 'CHANGE_RETENTION_HOURS', 168, 1, 8760),
      gapTimeoutMs,
    },
    limits: {
      maxDepth: intVar(env, 'MAX_QUERY_DEPTH', 10, 1, 100),
      maxAliases: intVar(env, 'MAX_QUERY_ALIASES', 10, 0, 10000),
      maxCost: intVar(env, 'MAX_QUERY_COST', 900000, 1, 100000000),
      maxTokens: intVar(env, 'MAX_QUERY_TOKENS', 5000, 100, 1000000),
      maxResponseBytes: intVar(env, 'MAX_RESPONSE_BYTES', 16 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    },
  };
}
