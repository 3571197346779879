import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config/config';

const ROOT = path.join(__dirname, '..');
const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');
const SERVING = /serving http:\/\/localhost:\d+\/graphql/;

/**
 * Starts the built gateway on a fresh SQLite file and returns its stdout up to the line that
 * says where it serves, then stops it. `tty` runs it under `script`, which gives it a terminal.
 */
async function firstLines(env: Record<string, string>, tty = false): Promise<string> {
  if (!fs.existsSync(MAIN)) throw new Error('dist/ is missing: `npm test` builds it first (npm run build)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'log-format-'));
  const fullEnv = { PATH: process.env.PATH ?? '', SQLITE_FILE: path.join(dir, 'g.sqlite'), PORT: '0', HOST: '127.0.0.1', ...env };
  const child: ChildProcess = tty
    ? spawn('script', ['-qfec', `${process.execPath} ${MAIN}`, '/dev/null'], {
        env: fullEnv,
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true,
      })
    : spawn(process.execPath, [MAIN], { env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  try {
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no serving line in 30 s:\n${out}`)), 30_000);
      child.stdout!.on('data', (d: Buffer) => {
        out += d;
        if (SERVING.test(out)) {
          clearTimeout(timer);
          resolve(out);
        }
      });
      child.stderr!.on('data', (d: Buffer) => {
        out += d;
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited ${code} before serving:\n${out}`));
      });
    });
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const lines = (out: string) => out.split(/\r?\n/).filter(Boolean);
const isJson = (line: string) => {
  try {
    return typeof JSON.parse(line) === 'object';
  } catch {
    return false;
  }
};
// pino-pretty: `[HH:MM:ss.l] INFO: message`, coloured in a terminal.
// eslint-disable-next-line no-control-regex -- the escape that starts a colour
const PRETTY = /^\[\d\d:\d\d:\d\d\.\d{3}\] (?:\x1b\[\d+m)?INFO/;

// Nothing here depends on the database kind: run once, in the sqlite project.
(process.env.TEST_DB === 'sqlite' ? describe : describe.skip)('log format', () => {
  it('is JSON lines when stdout is not a terminal', async () => {
    const out = lines(await firstLines({}));
    expect(out.length).toBeGreaterThan(0);
    expect(out.filter((l) => !isJson(l))).toEqual([]);
    expect(JSON.parse(out.find((l) => SERVING.test(l))!)).toMatchObject({ level: 30, msg: expect.stringMatching(SERVING) });
  });

  it('is pretty with LOG_FORMAT=pretty, whatever stdout is', async () => {
    const out = lines(await firstLines({ LOG_FORMAT: 'pretty' }));
    expect(out.filter((l) => !PRETTY.test(l))).toEqual([]);
  });

  it('is pretty when stdout is a terminal, also in production', async () => {
    const out = lines(await firstLines({ NODE_ENV: 'production' }, true));
    expect(out.filter((l) => !PRETTY.test(l))).toEqual([]);
  });

  it('is JSON in a terminal with LOG_FORMAT=json', async () => {
    const out = lines(await firstLines({ LOG_FORMAT: 'json' }, true));
    expect(out.filter((l) => !isJson(l))).toEqual([]);
  });

  it('refuses any other LOG_FORMAT at boot, naming the variable', () => {
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(ConfigError);
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow('LOG_FORMAT must be pretty or json, got "xml"');
    const run = spawnSync(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? '', LOG_FORMAT: 'xml' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('error: LOG_FORMAT must be pretty or json, got "xml"\n');
  });
});
