import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');

/** A server under test, running as its own process. */
export interface ServerProcess {
  name: string;
  url: string;
  pid: number;
  /** Resident set size now, in bytes (from /proc; null where there is no /proc). */
  rss(): number | null;
  /** CPU time the process has used so far (user + system), in ms (null where there is no /proc). */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export function rssOf(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

/** utime + stime of a process, from /proc/<pid>/stat (in clock ticks of 10 ms on Linux). */
export function cpuMsOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Busy CPU of the whole machine so far (user, nice, system, irq, softirq from /proc/stat), in ms; null where there is no /proc. */
export function machineCpuMs(): number | null {
  try {
    const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq …, in clock ticks of 10 ms.
    return (f[0] + f[1] + f[2] + f[5] + f[6]) * 10;
  } catch {
    return null;
  }
}

/** How to ask a server whether it is ready: a GET of `path` with `headers` answered 2xx. */
interface ReadyProbe {
  path: string;
  headers?: Record<string, string>;
}

const HEALTH_READY: ReadyProbe = { path: '/health/ready' };

async function waitReady(child: ChildProcess, url: string, probe: ReadyProbe, stderr: () => string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${stderr()}`);
    try {
      const res = await fetch(`${url}${probe.path}`, { headers: probe.headers });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not get ready within ${timeoutMs} ms: ${stderr()}`);
}

async function start(name: string, args: string[], env: Record<string, string>, probe = HEALTH_READY, cwd = ROOT): Promise<ServerProcess> {
  const port = await freePort();
  // stdout (the gateway's request log) goes straight to /dev/null: nobody pays for reading it.
  const out = fs.openSync('/dev/null', 'w');
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', out, 'pipe'],
  });
  fs.closeSync(out);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(child, url, probe, () => stderr);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    name,
    url,
    pid: child.pid!,
    rss: () => rssOf(child.pid!),
    cpuMs: () => cpuMsOf(child.pid!),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The gateway as it runs in production: `node dist/src/main.js`, NODE_ENV=production; `env`
 * adds settings of a section's own (the live section's subscription limits); `root`, another
 * checkout's build (bench/cpu-per-request.ts compares builds).
 */
export function startGateway(
  databaseUrl: string,
  options: { cpuProfileDir?: string; poolSize: number; env?: Record<string, string>; root?: string },
): Promise<ServerProcess> {
  // BENCH_GATEWAY_NODE_FLAGS: extra node flags for the gateway only, to try runtime settings.
  const flags = (process.env.BENCH_GATEWAY_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const args = options.cpuProfileDir
    ? [...flags, '--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`, 'dist/src/main.js']
    : [...flags, 'dist/src/main.js'];
  return start(
    'gateway',
    args,
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      DB_POOL_SIZE: String(options.poolSize),
      ...options.env,
    },
    HEALTH_READY,
    options.root ?? ROOT,
  );
}

/** The raw baseline (bench/baseline-server.ts), transpiled on load by ts-node; same pool size. */
export function startBaseline(databaseUrl: string, options: { poolSize: number }): Promise<ServerProcess> {
  return start('baseline', ['-r', 'ts-node/register/transpile-only', 'bench/baseline-server.ts'], {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DB_POOL_SIZE: String(options.poolSize),
  });
}

/**
 * The peer (bench/peer-server.ts: type-graphql, TypeORM, DataLoader, Apollo's standalone server),
 * transpiled on load by ts-node like the baseline; same pool size. Apollo has no health route:
 * it is ready when it answers `{ __typename }` (Apollo's documented GraphQL-level health check).
 */
export function startPeer(databaseUrl: string, options: { poolSize: number }): Promise<ServerProcess> {
  return start(
    'peer',
    ['-r', 'ts-node/register/transpile-only', 'bench/peer-server.ts'],
    { NODE_ENV: 'production', DATABASE_URL: databaseUrl, DB_POOL_SIZE: String(options.poolSize) },
    { path: '/graphql?query=%7B__typename%7D', headers: { 'apollo-require-preflight': 'true' } },
  );
}

/**
 * The local MariaDB/MySQL server's pid, to read its CPU time (null when it is not on this
 * machine or cannot be told apart): the only mariadbd/mysqld, or the one listening on `port`.
 */
export function databasePid(port: number): number | null {
  let candidates: number[];
  try {
    candidates = fs
      .readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number)
      .filter((pid) => {
        try {
          return ['mariadbd', 'mysqld'].includes(fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim());
        } catch {
          return false;
        }
      });
  } catch {
    return null;
  }
  if (candidates.length <= 1) return candidates[0] ?? null;
  // Several (a test's replica, say): the one holding the listening socket on the port.
  const hex = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    try {
      for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
        const f = line.trim().split(/\s+/);
        if (f[1]?.endsWith(hex) && f[3] === '0A') inodes.add(f[9]);
      }
    } catch {
      // no such table
    }
  }
  for (const pid of candidates) {
    try {
      if (
        fs.readdirSync(`/proc/${pid}/fd`).some((fd) => {
          try {
            return inodes.has(/^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1] ?? '');
          } catch {
            return false;
          }
        })
      )
        return pid;
    } catch {
      // not ours to read
    }
  }
  return null;
}
