import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');

// Inline code a reader would type: the npm scripts and Docker Compose.
const INLINE_COMMAND = /`((?:npm (?:start|test|run)\b|docker compose\b)[^`]*)`/g;

/**
 * The shell commands a README shows: every line of its ```sh blocks (continuation lines
 * joined, trailing `# comments` dropped) and the inline commands of its prose and tables,
 * each once, in order of appearance.
 */
export function readmeCommands(markdown: string): string[] {
  const found: string[] = [];
  const prose = markdown.replace(/^```(\w*)\n([\s\S]*?)^```$/gm, (_block, lang: string, body: string) => {
    if (lang === 'sh') {
      for (const line of body.replace(/\s*\\\n\s*/g, ' ').split('\n')) {
        const command = line.replace(/\s+#\s.*$/, '').trim();
        if (command && !command.startsWith('#')) found.push(command);
      }
    }
    return '';
  });
  for (const m of prose.matchAll(INLINE_COMMAND)) found.push(m[1].trim());
  return [...new Set(found)];
}

/** The environment of a fresh terminal: none of the variables the gateway reads, none of npm's or jest's. */
export function terminalEnv(extra: Record<string, string>): Record<string, string> {
  const gatewayVariables =
    /^(DATABASE_URL|DATABASE_REPLICA_URLS|SQLITE_FILE|PORT|HOST|NODE_ENV|LOG_LEVEL|LOG_FORMAT|MIGRATE_ON_START|SEED_ON_START|TEST_DB|JEST_WORKER_ID)$|^npm_/i;
  const env = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => v !== undefined && !gatewayVariables.test(k))) as Record<
    string,
    string
  >;
  return { ...env, ...extra };
}

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command` with `bash -c` in the repository root, as typed in a terminal there. */
export function runCommand(command: string, env: Record<string, string>, timeoutMs = 60_000): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', command], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ran over ${timeoutMs} ms:\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A long-running command started in a process group of its own, as a terminal's job is. */
export interface Started {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the first match of `pattern` in the output; rejects if the command exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** Ctrl-C: SIGINT to the whole group, then waits until no process of the group is left. */
  interrupt(timeoutMs?: number): Promise<void>;
}

export function startCommand(command: string, env: Record<string, string>): Started {
  const child = spawn('bash', ['-c', command], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d;
    for (const l of listeners) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  let exited = false;
  child.once('exit', () => {
    exited = true;
    for (const l of listeners) l();
  });
  const groupAlive = () => {
    try {
      process.kill(-child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  return {
    child,
    output: () => out,
    waitFor: (pattern, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no ${pattern} in ${timeoutMs} ms:\n${out}`));
        }, timeoutMs);
        function check() {
          const m = pattern.exec(out);
          if (m || exited) {
            clearTimeout(timer);
            listeners.delete(check);
            if (m) resolve(m);
            else reject(new Error(`${command} exited before printing ${pattern}:\n${out}`));
          }
        }
        listeners.add(check);
        check();
      }),
    interrupt: async (timeoutMs = 20_000) => {
      if (groupAlive()) process.kill(-child.pid!, 'SIGINT');
      const until = Date.now() + timeoutMs;
      while (groupAlive()) {
        if (Date.now() > until) {
          process.kill(-child.pid!, 'SIGKILL');
          throw new Error(`${command} still running ${timeoutMs} ms after Ctrl-C:\n${out}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}
