import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cpuMsOf, freePort } from './processes';

/*
 * nginx as the scale-out section's load balancer: found on PATH (or /usr/sbin), installed from
 * Debian's packages when missing, and run as the bench's own foreground child process with a
 * generated config in a temp dir — never as a system service.
 */

export const NGINX_INSTALL_HINT =
  'install it with `apt-get install -y --no-install-recommends nginx-light` (Debian/Ubuntu, as root) or put an nginx binary on PATH';

export interface NginxBinary {
  path: string;
  /** e.g. "nginx/1.22.1" */
  version: string;
  /** `nginx -V` output: which modules were left out, so the config names no missing directive. */
  configure: string;
}

function executable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string, extra: string[] = []): string | null {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), ...extra];
  for (const dir of dirs) {
    if (executable(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

/** nginx on PATH, or where distributions put it (/usr/sbin is often not on a non-root PATH). */
export function findNginx(): string | null {
  return onPath('nginx', ['/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin']);
}

function describe(bin: string): NginxBinary | null {
  const r = spawnSync(bin, ['-V'], { encoding: 'utf8', timeout: 10_000 });
  const text = `${r.stderr ?? ''}${r.stdout ?? ''}`;
  const version = /nginx version: (\S+)/.exec(text)?.[1];
  return version ? { path: bin, version, configure: text } : null;
}

function aptGet(args: string[]): { ok: boolean; output: string } {
  const r = spawnSync('apt-get', args, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    encoding: 'utf8',
    timeout: 300_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

/**
 * nginx, installed from Debian's nginx-light when missing and we are root with apt-get; or why
 * there is none (the caller reports the section as not run instead of failing the whole run).
 */
export function ensureNginx(log: (msg: string) => void): { nginx: NginxBinary } | { missing: string } {
  let bin = findNginx();
  if (!bin) {
    if (process.getuid?.() !== 0 || !onPath('apt-get')) return { missing: `nginx missing (${NGINX_INSTALL_HINT})` };
    log(
      "nginx not found: installing Debian's nginx-light (apt-get install -y --no-install-recommends nginx-light); " +
        'the bench runs it only as its own child process, never as a service',
    );
    // Debian's postinst starts the service unless policy-rc.d says no (Docker images ship one
    // that does); without one, a temporary one keeps the install from starting a system nginx.
    const policy = '/usr/sbin/policy-rc.d';
    const ownPolicy = !fs.existsSync(policy);
    try {
      if (ownPolicy)
        fs.writeFileSync(
          policy,
          '#!/bin/sh\n# Written by the bench while it installs nginx-light, removed after: start no service.\nexit 101\n',
          { mode: 0o755 },
        );
      let r = aptGet(['install', '-y', '--no-install-recommends', 'nginx-light']);
      if (!r.ok) {
        log('  apt-get install failed; updating the package lists and trying once more');
        aptGet(['update']);
        r = aptGet(['install', '-y', '--no-install-recommends', 'nginx-light']);
      }
      if (!r.ok) {
        const tail = r.output.trim().split('\n').slice(-3).join(' / ');
        log(`  apt-get install nginx-light failed: ${tail}`);
        return { missing: `nginx missing: installing nginx-light with apt-get failed (${tail.slice(0, 200)}); ${NGINX_INSTALL_HINT}` };
      }
    } catch (err) {
      return { missing: `nginx missing: could not install it (${(err as Error).message}); ${NGINX_INSTALL_HINT}` };
    } finally {
      if (ownPolicy) fs.rmSync(policy, { force: true });
    }
    bin = findNginx();
    if (!bin) return { missing: `nginx missing: nginx-light installed but no nginx binary found; ${NGINX_INSTALL_HINT}` };
    log(`  installed ${bin}`);
  }
  const nginx = describe(bin);
  return nginx ? { nginx } : { missing: `nginx at ${bin} does not run (\`nginx -V\` failed); ${NGINX_INSTALL_HINT}` };
}

/** A running nginx in front of some gateway instances. */
export interface Balancer {
  url: string;
  pid: number;
  /** CPU time of the master and its worker, in ms. */
  cpuMs(): number | null;
  /** The tail of nginx's error log (e.g. why it answered 502), while it runs. */
  errorLog(): string;
  stop(): Promise<void>;
}

/** Direct children of a process (/proc/<pid>/task/<pid>/children, else a scan of /proc). */
function childrenOf(pid: number): number[] {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    const out: number[] = [];
    try {
      for (const d of fs.readdirSync('/proc')) {
        if (!/^\d+$/.test(d)) continue;
        try {
          const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
          if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) out.push(Number(d));
        } catch {
          // gone meanwhile
        }
      }
    } catch {
      // no /proc
    }
    return out;
  }
}

function config(dir: string, nginx: NginxBinary, port: number, upstreams: string[]): string {
  // Temp paths in the run's own dir, only for the modules this build has (nginx-light lacks some).
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .filter((m) => m === 'client_body' || !nginx.configure.includes(`--without-http_${m}_module`))
    .map((m) => `  ${m}_temp_path ${dir}/${m}_temp;`);
  return `# Generated by bench/nginx.ts for one bench run; removed when the run ends.
# One worker: the machine has 2 cores, shared by the gateway instances, MariaDB and autocannon.
# One worker proxies far more requests than the gateways can answer; a second would only
# compete with them for the same cores.
worker_processes 1;
error_log ${dir}/error.log warn;
pid ${dir}/nginx.pid;

events {
  worker_connections 1024;
}

http {
  access_log off;
${temp.join('\n')}

  upstream gateways {
${upstreams.map((u) => `    server ${new URL(u).host};`).join('\n')}
    # Idle connections to the gateways kept open (per worker): more than the bench's
    # connections, so no request pays for a new TCP connection to an instance.
    keepalive 32;
    # Under Node's default keepAliveTimeout (5 s): nginx drops an idle connection before the
    # gateway does, so it never reuses one the gateway is closing (a POST is not retried: a 502).
    keepalive_timeout 4s;
  }

  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://gateways;
      # HTTP/1.1 without "Connection: close": what lets the upstream connections be kept alive.
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      # A page of 100 is ~120 kB: buffered in memory rather than spilled to a temp file.
      proxy_buffer_size 16k;
      proxy_buffers 16 16k;
    }
  }
}
`;
}

/** Starts nginx in the foreground (`daemon off`) with a generated config, balancing over `upstreams` (base URLs). */
export async function startBalancer(nginx: NginxBinary, upstreams: string[], timeoutMs = 15_000): Promise<Balancer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'));
  // Started as root, nginx runs its worker as nobody: it must be able to reach its temp dirs.
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(conf, config(dir, nginx, port, upstreams));
  // -e: even the errors before the config is read go to the temp dir, not /var/log/nginx.
  const child: ChildProcess = spawn(nginx.path, ['-p', `${dir}/`, '-e', path.join(dir, 'error.log'), '-c', conf, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const errorLog = () => {
    try {
      return `${stderr}${fs.readFileSync(path.join(dir, 'error.log'), 'utf8')}`.trim().slice(-1500);
    } catch {
      return stderr.trim();
    }
  };
  const pids = () => (child.pid ? [child.pid, ...childrenOf(child.pid)] : []);
  // If the bench dies without stopping it, nginx must not outlive it: SIGTERM to the master
  // (not SIGKILL, which would leave its worker behind) as the bench process exits.
  const onExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', onExit);
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= new Promise<void>((resolve) => {
      const finish = () => {
        process.removeListener('exit', onExit);
        fs.rmSync(dir, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return finish();
      const workers = childrenOf(child.pid!);
      const force = setTimeout(() => {
        for (const pid of [child.pid!, ...workers]) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }, 5_000);
      child.once('exit', () => {
        clearTimeout(force);
        finish();
      });
      // SIGTERM: nginx's fast shutdown; the master stops its worker and exits.
      child.kill('SIGTERM');
    }));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}): ${errorLog()}`);
      try {
        if ((await fetch(`${url}/health/ready`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`nginx did not answer /health/ready within ${timeoutMs} ms: ${errorLog()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    url,
    pid: child.pid!,
    cpuMs: () => {
      const each = pids().map(cpuMsOf);
      return each.length && each.every((n) => n !== null) ? each.reduce((a, b) => a! + b!, 0) : null;
    },
    errorLog,
    stop,
  };
}
