import type { EventEmitter } from 'node:events';
import mysql from 'mysql2/promise';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { Config, MysqlDatabaseConfig } from '../config/config';
import { replicaReadOptions } from './data-source';
import { DEFAULT_STATEMENT_TIMEOUT_MS, limitStatements } from './statement-limit';

export type ReplicaState = 'up' | 'down' | 'lagging';

/** What /health/ready shows of one replica (never its credentials). */
export interface ReplicaHealth {
  host: string;
  state: ReplicaState;
  /** Seconds_Behind_Master at the last check; null when unknown (down, or the SQL thread is stopped). */
  lagSeconds: number | null;
}

interface Replica {
  config: MysqlDatabaseConfig;
  /** Reads of query operations, when this replica is healthy. */
  db: DataSource;
  health: ReplicaHealth;
  checked: boolean;
}

type StatusRow = Record<string, unknown>;

const yes = (v: unknown) => String(v ?? '').toLowerCase() === 'yes';

/** The replica's state from its SHOW REPLICA/SLAVE STATUS row (MariaDB and MySQL 8 column names). */
export function judgeReplica(row: StatusRow | undefined, maxLagSeconds: number): Pick<ReplicaHealth, 'state' | 'lagSeconds'> {
  if (!row) return { state: 'down', lagSeconds: null };
  const io = row.Slave_IO_Running ?? row.Replica_IO_Running;
  const sql = row.Slave_SQL_Running ?? row.Replica_SQL_Running;
  const rawLag = row.Seconds_Behind_Master ?? row.Seconds_Behind_Source;
  const lagSeconds = rawLag == null ? null : Number(rawLag);
  if (!yes(io) || !yes(sql)) return { state: 'down', lagSeconds };
  if (lagSeconds == null || lagSeconds > maxLagSeconds) return { state: 'lagging', lagSeconds };
  return { state: 'up', lagSeconds };
}

/**
 * Watches the read replicas (every REPLICA_CHECK_INTERVAL_MS, on a short-lived connection of
 * its own) and hands out a healthy one's read DataSource, round robin. Its state is recomputed
 * from the replicas themselves, never from requests, so every gateway instance reaches the same
 * verdict on its own. Needs the REPLICATION CLIENT (MySQL) or SLAVE MONITOR (MariaDB) privilege.
 */
export class ReplicaMonitor {
  private readonly replicas: Replica[];
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private next = 0;

  constructor(
    private readonly config: Pick<Config, 'database' | 'dbPoolSize' | 'dbConnectTimeoutMs' | 'replicas'> &
      Partial<Pick<Config, 'dbStatementTimeoutMs'>>,
    private readonly log: Logger,
  ) {
    this.replicas = config.replicas.urls.map((url) => ({
      config: url,
      db: limitStatements(new DataSource(replicaReadOptions(config, url)), config.dbStatementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS),
      health: { host: `${url.host}:${url.port}`, state: 'down', lagSeconds: null },
      checked: false,
    }));
  }

  get configured(): boolean {
    return this.replicas.length > 0;
  }

  /**
   * Opens the read DataSources (this touches the primary only: a replica that is down at boot is
   * marked down, not fatal), checks every replica once, then keeps checking.
   */
  async start(): Promise<void> {
    for (const r of this.replicas) {
      await r.db.initialize();
      // A replica that refuses a new connection between two checks is skipped at once, not at the next check.
      const cluster = (r.db.driver as unknown as { poolCluster?: EventEmitter }).poolCluster;
      cluster?.on('offline', (node: string) => {
        if (node !== 'SLAVE0' || r.health.state === 'down') return;
        r.health = { host: r.health.host, state: 'down', lagSeconds: null };
        this.log.warn({ replica: r.health.host }, 'replica refused a connection');
      });
    }
    await this.checkAll();
    this.schedule();
  }

  /** A healthy replica's read DataSource, or null when none is healthy (read from the primary). */
  pick(): DataSource | null {
    const healthy = this.replicas.filter((r) => r.health.state === 'up');
    if (!healthy.length) return null;
    this.next = (this.next + 1) % healthy.length;
    return healthy[this.next].db;
  }

  health(): ReplicaHealth[] {
    return this.replicas.map((r) => ({ ...r.health }));
  }

  /** Checks every replica now (tests call it instead of waiting for the next round). */
  checkAll(): Promise<void> {
    this.running ??= Promise.all(this.replicas.map((r) => this.check(r)))
      .then(() => undefined)
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    for (const r of this.replicas) if (r.db.isInitialized) await r.db.destroy();
  }

  private schedule(): void {
    if (this.stopped || !this.replicas.length) return;
    this.timer = setTimeout(() => void this.checkAll().finally(() => this.schedule()), this.config.replicas.checkIntervalMs);
    this.timer.unref();
  }

  private async check(r: Replica): Promise<void> {
    // The first check always logs, so a replica that is down at boot is not silent.
    const before = r.checked ? r.health.state : null;
    r.checked = true;
    let verdict: Pick<ReplicaHealth, 'state' | 'lagSeconds'>;
    try {
      verdict = judgeReplica(await this.status(r.config), this.config.replicas.maxLagSeconds);
    } catch (err) {
      verdict = { state: 'down', lagSeconds: null };
      if (before !== 'down')
        this.log.warn(
          { replica: r.health.host, reason: (err as { code?: string }).code ?? (err as Error).message },
          'replica check failed',
        );
    }
    r.health = { host: r.health.host, ...verdict };
    if (before !== verdict.state)
      this.log.info({ replica: r.health.host, state: verdict.state, lagSeconds: verdict.lagSeconds }, 'replica state changed');
  }

  private async status(url: MysqlDatabaseConfig): Promise<StatusRow | undefined> {
    // A replica that hangs must not stall the checks: connecting and answering are both bounded.
    const timeout = Math.min(this.config.dbConnectTimeoutMs, Math.max(this.config.replicas.checkIntervalMs, 1000));
    const conn = await mysql.createConnection({
      host: url.host,
      port: url.port,
      user: url.user,
      password: url.password,
      connectTimeout: timeout,
    });
    try {
      try {
        const [rows] = await conn.query({ sql: 'SHOW REPLICA STATUS', timeout });
        return (rows as StatusRow[])[0];
      } catch (err) {
        if ((err as { code?: string }).code !== 'ER_PARSE_ERROR') throw err;
        // Before MySQL 8.0.22 (and MariaDB 10.5) only the old name exists.
        const [rows] = await conn.query({ sql: 'SHOW SLAVE STATUS', timeout });
        return (rows as StatusRow[])[0];
      }
    } finally {
      conn.destroy();
    }
  }
}
