import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';

const run = promisify(execFile);

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A MariaDB server of a test's own: its own data directory and port, started and stopped by
 * the test (outages, replication). Root on 127.0.0.1 has no password.
 */
export class PrivateMariaDb {
  private process?: ChildProcess;
  private paused = false;

  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly extraArgs: string[],
  ) {}

  /** Initialises a data directory (mariadb-install-db) on a free port; call start() next. */
  static async create(name: string, extraArgs: string[] = []): Promise<PrivateMariaDb> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mariadb-${name}-`));
    await run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${path.join(dir, 'data')}`,
      '--user=root',
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    return new PrivateMariaDb(dir, await freePort(), extraArgs);
  }

  url(database: string): string {
    return `mysql://root@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    if (this.process) return;
    const log = fs.openSync(path.join(this.dir, 'server.log'), 'a');
    this.process = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${path.join(this.dir, 'data')}`,
        `--port=${this.port}`,
        '--bind-address=127.0.0.1',
        `--socket=${path.join(this.dir, 'mysqld.sock')}`,
        `--pid-file=${path.join(this.dir, 'mysqld.pid')}`,
        '--user=root',
        '--innodb-buffer-pool-size=32M',
        '--innodb-log-file-size=16M',
        '--skip-name-resolve',
        ...this.extraArgs,
      ],
      { stdio: ['ignore', log, log] },
    );
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        await this.query('SELECT 1');
        return;
      } catch (err) {
        if (Date.now() > deadline || this.process.exitCode !== null) {
          throw new Error(`private mariadbd on port ${this.port} did not start: ${(err as Error).message}`);
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  /**
   * Freezes the server (SIGSTOP): its sockets stay open and accept connections, but nothing
   * answers, as with a server stuck on I/O or a network path that drops packets.
   */
  pause(): void {
    if (!this.process || this.paused) return;
    this.process.kill('SIGSTOP');
    this.paused = true;
  }

  /** Lets a paused server go on (SIGCONT). */
  resume(): void {
    if (!this.process || !this.paused) return;
    this.process.kill('SIGCONT');
    this.paused = false;
  }

  /** Stops the server (SIGTERM, then SIGKILL after 20 s) and waits until it has exited; a paused one is resumed first. */
  async stop(): Promise<void> {
    this.resume();
    const child = this.process;
    if (!child) return;
    this.process = undefined;
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }

  /** Runs one statement on a short-lived root connection. */
  async query<T = unknown>(sql: string, params: unknown[] = []): Promise<T> {
    const conn = await mysql.createConnection({ host: '127.0.0.1', port: this.port, user: 'root', connectTimeout: 2000 });
    try {
      const [rows] = await conn.query(sql, params);
      return rows as T;
    } finally {
      await conn.end();
    }
  }

  async destroy(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
