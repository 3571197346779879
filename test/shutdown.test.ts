import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const MAIN = path.join(__dirname, '..', 'dist', 'src', 'main.js');

/** Starts the built gateway on the embedded default and resolves with its port once it serves. */
function startGateway(dir: string): Promise<{ child: ChildProcess; port: number; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', PORT: '0', HOST: '127.0.0.1', SQLITE_FILE: path.join(dir, 'gw.sqlite') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /serving http:\/\/localhost:(\d+)\/graphql/.exec(out);
      if (m) resolve({ child, port: Number(m[1]), exited });
    });
    child.stderr!.on('data', (chunk) => {
      out += chunk;
    });
    setTimeout(() => reject(new Error(`the gateway did not start: ${out}`)), 60_000).unref();
  });
}

// The shutdown path is the same on both databases; it runs once, on the embedded default.
const describeOnce = process.env.TEST_DB === 'sqlite' ? describe : describe.skip;

describeOnce('graceful shutdown', () => {
  it('on SIGTERM stops accepting, finishes the request in flight, closes the database and exits 0', async () => {
    if (!fs.existsSync(MAIN)) throw new Error('dist/ is missing: `npm test` builds it first (npm run build)');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-shutdown-'));
    const { child, port, exited } = await startGateway(dir);

    // A request whose body is still arriving when SIGTERM comes: it is in flight.
    const body = JSON.stringify({ query: '{ errorCatalog { value } }' });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (c) => {
            text += c;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 300);
    });

    const answered = await response;
    // Answered in full (with whatever the auth rules say), not cut off.
    expect(answered.status).toBeGreaterThanOrEqual(200);
    expect(() => JSON.parse(answered.body)).not.toThrow();

    // New connections are refused while it drains or once it is gone.
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
    expect(await exited).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 90_000);
});
