import pino from 'pino';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/config';
import { createDataSource } from '../src/database/data-source';
import { createGateway, Gateway } from '../src/app';
import { PrivateMariaDb } from './support/private-mariadb';
import { createTestSession, createTestUser } from './support/test-users';

// A private MariaDB of its own is stopped and started here: MySQL only.
const describeMysql = process.env.TEST_DB === 'mysql' ? describe : describe.skip;

/** The request finishes within `ms`, or the test fails: an outage must never leave a request hanging. */
async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

describeMysql('a MySQL outage', () => {
  let server: PrivateMariaDb;
  let db: DataSource;
  let gateway: Gateway;
  let url: string;
  let headers: Record<string, string>;

  beforeAll(async () => {
    server = await PrivateMariaDb.create('outage');
    await server.start();
    await server.query('CREATE DATABASE gw CHARACTER SET utf8mb4');
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: server.url('gw'), DB_CONNECT_TIMEOUT_MS: '1000', DB_POOL_SIZE: '4' });
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
    await gateway?.stop();
    if (db?.isInitialized) await db.destroy().catch(() => undefined);
    await server?.destroy();
  });

  const ask = async () => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: '{ appointments(max: 1) { paging { total } } }' }),
    });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      body: (await res.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] },
    };
  };
  const ready = async () => (await fetch(`${url}/health/ready`)).status;

  it('fails fast with database-unavailable while MySQL is down, says not ready, and recovers by itself', async () => {
    expect((await ask()).body.data.appointments.paging.total).toBe(0);
    expect(await ready()).toBe(200);

    // Traffic keeps flowing while the server goes away and comes back.
    let traffic = true;
    const answers: { status: number; codes: string[] }[] = [];
    const loop = (async () => {
      while (traffic) {
        const r = await within(15_000, ask());
        answers.push({ status: r.status, codes: (r.body.errors ?? []).map((e) => e.extensions.code) });
        await new Promise((res) => setTimeout(res, 20));
      }
    })();

    await server.stop();
    const down = await within(10_000, ask());
    expect(down.status).toBe(503);
    expect(down.retryAfter).toMatch(/^\d+$/);
    expect(down.body.errors?.[0].extensions.code).toBe('database-unavailable');
    expect(down.body.errors?.[0].message).toBe('The database is not answering. Please try again later.');
    expect(JSON.stringify(down.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|connect/i);
    expect(await within(10_000, ready())).toBe(503);

    await server.start();
    const deadline = Date.now() + 30_000;
    while ((await ready()) !== 200) {
      if (Date.now() > deadline) throw new Error('the gateway did not become ready after MySQL came back');
      await new Promise((res) => setTimeout(res, 200));
    }
    traffic = false;
    await loop;

    const after = await ask();
    expect(after.status).toBe(200);
    expect(after.body.data.appointments.paging.total).toBe(0);
    // Every answer during the outage was either data or the catalog's database-unavailable.
    for (const a of answers) {
      expect(a.codes.every((c) => c === 'database-unavailable')).toBe(true);
    }
    expect(answers.some((a) => a.codes.length > 0)).toBe(true);
  }, 120_000);
});
