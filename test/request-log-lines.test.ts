import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * The request lines are buffered and written to stdout in batches (src/http/logger.ts): a line
 * must still appear promptly when the gateway is quiet, and none may be lost when it stops right
 * after a burst of requests.
 */

const MAIN = path.join(__dirname, '..', 'dist', 'src', 'main.js');

interface Running {
  child: ChildProcess;
  port: number;
  exited: Promise<number | null>;
  /** Everything the gateway wrote to stdout so far. */
  out: () => string;
}

function startGateway(dir: string): Promise<Running> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      LOG_FORMAT: 'json',
      PORT: '0',
      HOST: '127.0.0.1',
      SQLITE_FILE: path.join(dir, 'gw.sqlite'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  // 'close', not 'exit': stdout has been read to its end by then.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /serving http:\/\/localhost:(\d+)\/graphql/.exec(out);
      if (m) resolve({ child, port: Number(m[1]), exited, out: () => out });
    });
    child.stderr!.on('data', (chunk) => {
      err += chunk;
    });
    setTimeout(() => reject(new Error(`the gateway did not start:\n${out}\n${err}`)), 60_000).unref();
  });
}

/** The request lines on stdout, by request id. */
function requestLines(out: string): Map<string, Record<string, unknown>> {
  const lines = new Map<string, Record<string, unknown>>();
  for (const text of out.split('\n')) {
    if (!text.startsWith('{')) continue;
    const line = JSON.parse(text) as Record<string, unknown>;
    if (line.msg === 'request') lines.set(line.requestId as string, line);
  }
  return lines;
}

function ask(port: number, requestId: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify({ query: '{ errorCatalog { value } }' }),
  });
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}

// The log path is the same on both databases; it runs once, on the embedded default.
const describeOnce = process.env.TEST_DB === 'sqlite' ? describe : describe.skip;

describeOnce('request lines on stdout', () => {
  let dir: string;
  beforeEach(() => {
    if (!fs.existsSync(MAIN)) throw new Error('dist/ is missing: `npm test` builds it first (npm run build)');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-log-lines-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the line of a lone request promptly, without waiting for more lines to fill the buffer', async () => {
    const g = await startGateway(dir);
    try {
      const { status } = await ask(g.port, 'lone-1');
      // Within the flush interval (100 ms); a buffer flushed only when full would hold it until exit.
      expect(await until(() => requestLines(g.out()).has('lone-1'), 2_000)).toBe(true);
      expect(requestLines(g.out()).get('lone-1')).toMatchObject({ method: 'POST', path: '/graphql', status });
    } finally {
      g.child.kill('SIGTERM');
      await g.exited;
    }
  }, 90_000);

  it('loses no line when it stops in the middle of a burst of requests', async () => {
    const g = await startGateway(dir);
    const ids = Array.from({ length: 300 }, (_, i) => `burst-${i}`);
    let stopped = false;
    const answered: string[] = [];
    // Stopped as the first answer arrives: the requests in flight finish during the shutdown and
    // their lines are the last the process writes, just before it exits.
    await Promise.all(
      ids.map(async (id) => {
        const answer = await ask(g.port, id).catch(() => null);
        if (!answer) return; // refused: it came after the stop
        answered.push(id);
        if (!stopped) {
          stopped = true;
          g.child.kill('SIGTERM');
        }
      }),
    );
    expect(await g.exited).toBe(0);
    expect(answered.length).toBeGreaterThan(0);
    const lines = requestLines(g.out());
    expect(answered.filter((id) => !lines.has(id))).toEqual([]);
    expect(g.out()).toContain('SIGTERM: finishing requests in flight');
  }, 90_000);
});
