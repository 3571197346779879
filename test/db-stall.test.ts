import pino from 'pino';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/config';
import { createDataSource } from '../src/database/data-source';
import { poolStats } from '../src/database/health';
import { select } from '../src/database/statements';
import { createGateway, Gateway } from '../src/app';
import { PrivateMariaDb } from './support/private-mariadb';
import { createTestSession, createTestUser } from './support/test-users';

/*
 * A database that stops answering without going away (its process frozen with SIGSTOP: the
 * sockets stay open, nothing answers). Requests must end by their deadline with
 * database-unavailable, readiness must say so within a second, and once the server goes on
 * (SIGCONT) everything must work again by itself. MySQL only: a private mariadbd of its own.
 */
const describeMysql = process.env.TEST_DB === 'mysql' ? describe : describe.skip;

const REQUEST_TIMEOUT_MS = 2000;
const STATEMENT_TIMEOUT_MS = 1000;
// Generous: the machine is shared; what matters is that nothing waits for the server to come back.
const MARGIN_MS = 1500;

async function timed<T>(work: Promise<T>): Promise<{ ms: number; value: T }> {
  const started = Date.now();
  const value = await work;
  return { ms: Date.now() - started, value };
}

describeMysql('a stalled MySQL', () => {
  let server: PrivateMariaDb;
  let db: DataSource;
  let gateway: Gateway;
  let url: string;
  let headers: Record<string, string>;

  beforeAll(async () => {
    server = await PrivateMariaDb.create('stall');
    await server.start();
    await server.query('CREATE DATABASE gw CHARACTER SET utf8mb4');
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: server.url('gw'),
      DB_CONNECT_TIMEOUT_MS: '1000',
      DB_POOL_SIZE: '4',
      REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    });
    db = createDataSource(config);
    await db.initialize();
    await db.runMigrations();
    await createTestUser(db, { reference: 'ops', record: 'employee' });
    const token = await createTestSession(db, 'ops', { application: 'planox2', rememberMe: true }, new Date());
    headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-application': 'planox2' };
    gateway = await createGateway(config, db, pino({ level: 'silent' }));
    url = `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}`;
  }, 120_000);

  afterAll(async () => {
    // Never leave a frozen server behind, nor close a pool against one.
    server?.resume();
    await gateway?.stop();
    if (db?.isInitialized) await db.destroy().catch(() => undefined);
    await server?.destroy();
  });

  const post = async (query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      body: (await res.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] },
    };
  };
  const ask = () => post('{ appointments(max: 1) { paging { total } } }');
  // A page direct reads answer (DIRECT_READS, on MySQL) rather than Apollo: bound by the same deadline.
  const askDirect = () => post('{ appointmentsConnection(first: 1) { nodes { id title } } }');
  const create = (reference: string) =>
    post('mutation ($input: CreateAppointmentInput!) { createAppointment(input: $input) { id } }', {
      input: { reference, title: 'stall', startDate: '2026-01-05T09:00:00Z', endDate: '2026-01-05T10:00:00Z' },
    });
  const ready = async () => (await fetch(`${url}/health/ready`)).status;

  it('answers database-unavailable by the deadline, is not ready within a second, and recovers by itself', async () => {
    expect((await ask()).body.data.appointments.paging.total).toBe(0);
    expect(await ready()).toBe(200);

    server.pause();
    try {
      // Twice the pool's size of requests, so some wait for a connection, and a write among them.
      const requests = Promise.all([
        ...Array.from({ length: 5 }, () => timed(ask())),
        ...Array.from({ length: 2 }, () => timed(askDirect())),
        timed(create('stalled')),
      ]);
      const readiness = timed(ready());
      const answers = await requests;
      const probe = await readiness;
      for (const { ms, value } of answers) {
        expect(value.status).toBe(503);
        expect(value.retryAfter).toMatch(/^\d+$/);
        expect(value.body.errors?.map((e) => e.extensions.code)).toEqual(['database-unavailable']);
        expect(JSON.stringify(value.body)).not.toMatch(/ETIMEDOUT|127\.0\.0\.1|timeout/i);
        expect(ms).toBeLessThan(REQUEST_TIMEOUT_MS + MARGIN_MS);
      }
      expect(probe.value).toBe(503);
      expect(probe.ms).toBeLessThan(3000);

      // A second wave, the pool now holding only connections that never finished their handshake.
      const again = await timed(ask());
      expect(again.value.status).toBe(503);
      expect(again.ms).toBeLessThan(REQUEST_TIMEOUT_MS + MARGIN_MS);
    } finally {
      server.resume();
    }

    const resumed = Date.now();
    for (;;) {
      const r = await ask();
      if (r.status === 200 && r.body.data?.appointments) break;
      if (Date.now() - resumed > 10_000) throw new Error(`no answer 10 s after the server went on: ${JSON.stringify(r.body)}`);
      await new Promise((res) => setTimeout(res, 100));
    }
    expect(await ready()).toBe(200);
    // No connection is left stuck: a burst larger than the pool is served in full.
    const burst = await Promise.all(Array.from({ length: 8 }, () => ask()));
    expect(burst.map((r) => r.status)).toEqual(Array(8).fill(200));
    const written = await create('after-stall');
    expect(written.body.errors).toBeUndefined();
    expect(written.body.data.createAppointment.id).toBeTruthy();
    expect(poolStats(db).waiting).toBe(0);
  }, 120_000);

  it('gives up on a statement at its limit and never hands its connection out again', async () => {
    // One connection in the pool: the statement given up on can only have run on it.
    const single = createDataSource(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: server.url('gw'), DB_POOL_SIZE: '1', DB_CONNECT_TIMEOUT_MS: '1000' }),
    );
    await single.initialize();
    const connectionId = async (scope = { db: single }) =>
      Number(((await select(scope, 'primary', 'SELECT CONNECTION_ID() AS id', [], { timeoutMs: 500 })) as { id: number }[])[0].id);
    try {
      const before = await connectionId();
      server.pause();
      try {
        const started = Date.now();
        await expect(connectionId()).rejects.toMatchObject({ code: 'DB_STATEMENT_TIMEOUT' });
        expect(Date.now() - started).toBeLessThan(2000);
        expect(poolStats(single).open).toBe(0);
        // A request that has ended sends nothing and does not wait.
        const ended = new AbortController();
        ended.abort(new Error('the client went away'));
        await expect(select({ db: single, signal: ended.signal }, 'primary', 'SELECT 1', [])).rejects.toThrow('the client went away');
      } finally {
        server.resume();
      }
      expect(await connectionId()).not.toBe(before);
    } finally {
      await single.destroy();
    }
  }, 60_000);
});
