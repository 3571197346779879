import http from 'node:http';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { createGateway, Gateway } from '../src/app';
import { createDataSource } from '../src/database/data-source';
import { requestHash } from '../src/idempotency/idempotent-request';
import { IdempotencyRepository } from '../src/idempotency/idempotency.repository';
import { IdempotencyService } from '../src/idempotency/idempotency.service';
import { DAY, MINUTE, TestClock } from './support/test-clock';
import { GraphQLResponse, startTestGateway, TestGateway } from './support/test-gateway';

/*
 * Idempotent retries of mutations over real HTTP, on both databases: a retry with the same
 * Idempotency-Key and body is answered with the first answer and writes nothing; the key is the
 * token's; a cut connection followed by retries ends with the write applied exactly once.
 */

const CREATE = 'mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { id title updatedAtMt } }';
const READ = 'query { appointments(max: 1) { paging { max } } }';

const input = (title: string) => ({ title, startDate: '2026-03-02T09:00:00Z', endDate: '2026-03-02T10:00:00Z' });

describe('Idempotency-Key', () => {
  const clock = new TestClock(new Date(Date.UTC(2026, 2, 1, 12)));
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none', clock: clock.now });
  });
  afterAll(async () => {
    await g.close();
  });

  const count = async (title: string) => Number((await g.db.query('SELECT COUNT(*) AS n FROM appointments WHERE title = ?', [title]))[0].n);
  const keysStored = async (key: string) =>
    Number((await g.db.query('SELECT COUNT(*) AS n FROM idempotency_keys WHERE idempotency_key = ?', [key]))[0].n);
  const create = (key: string, title: string, headers: Record<string, string> = {}) =>
    g.gql(CREATE, { input: input(title) }, { 'idempotency-key': key, ...headers });
  const service = () => new IdempotencyService(new IdempotencyRepository(), DAY, clock.now);

  it('answers a retry with the first answer, without writing again', async () => {
    const first = await create('k-same', 'same twice');
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await create('k-same', 'same twice');
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    expect(await count('same twice')).toBe(1);
    expect(g.logLines.filter((l) => l.idempotentReplay)).toHaveLength(1);
  });

  it('takes the same variables in another key order for the same request', async () => {
    const first = await g.gql(CREATE, { input: input('key order') }, { 'idempotency-key': 'k-order' });
    const { title, startDate, endDate } = input('key order');
    const again = await g.gql(CREATE, { input: { endDate, startDate, title } }, { 'idempotency-key': 'k-order' });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await count('key order')).toBe(1);
  });

  it('refuses the same key with another request as invalid-param naming the header, writing nothing', async () => {
    await create('k-other', 'first body');
    const other = await create('k-other', 'second body');
    expect(other.status).toBe(400);
    expect(other.body.errors?.[0].extensions).toMatchObject({ code: 'invalid-param', params: ['Idempotency-Key'] });
    expect(other.body.errors?.[0].message).toMatch(/used with another request/);
    expect(await count('second body')).toBe(0);
    expect(await count('first body')).toBe(1);
    // Another operation text, the same variables: another request too.
    const renamed = await g.gql(CREATE.replace('updatedAtMt', ''), { input: input('first body') }, { 'idempotency-key': 'k-other' });
    expect(renamed.body.errors?.[0].extensions.code).toBe('invalid-param');
  });

  it('keeps keys apart per token: another token with the same key and body writes again', async () => {
    await create('k-token', 'per token');
    const otherToken = await g.createSession('test-employee', { application: 'planox2', rememberMe: true });
    const other = await create('k-token', 'per token', g.headersFor(otherToken));
    expect(other.body.errors).toBeUndefined();
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    expect(await count('per token')).toBe(2);
  });

  it('compares keys exactly: a key differing only in case is another key', async () => {
    await create('k-Case', 'case');
    const lower = await create('k-case', 'case');
    expect(lower.headers.get('idempotent-replayed')).toBeNull();
    expect(await count('case')).toBe(2);
  });

  it('stores a refused write too, and replays its error', async () => {
    const bad = { title: 'refused', startDate: '2026-03-02T10:00:00Z', endDate: '2026-03-02T09:00:00Z' };
    const first = await g.gql(CREATE, { input: bad }, { 'idempotency-key': 'k-refused' });
    expect(first.body.errors?.[0].extensions.code).toBe('date-validation-error');
    const again = await g.gql(CREATE, { input: bad }, { 'idempotency-key': 'k-refused' });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.status).toBe(first.status);
    expect(again.body).toEqual(first.body);
    expect(await count('refused')).toBe(0);
  });

  it('records nothing for a request refused at authentication', async () => {
    const res = await create('k-unauthenticated', 'no token', { authorization: 'Bearer gws_unknown' });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].extensions.code).toBe('invalid-token');
    expect(await keysStored('k-unauthenticated')).toBe(0);
  });

  it('answers a query carrying a key, recording nothing', async () => {
    const res = await g.gql(READ, {}, { 'idempotency-key': 'k-query' });
    expect(res.body.errors).toBeUndefined();
    expect(res.headers.get('idempotent-replayed')).toBeNull();
    expect(await keysStored('k-query')).toBe(0);
  });

  it.each([
    ['empty', ''],
    ['256 characters', 'k'.repeat(256)],
    ['not ASCII', 'clé'],
  ])('refuses a key that is %s as invalid-param naming the header, on a mutation or a query', async (_, key) => {
    for (const query of [CREATE, READ]) {
      const res = await g.gql(query, query === CREATE ? { input: input('bad key') } : {}, { 'idempotency-key': key });
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'invalid-param', params: ['Idempotency-Key'] });
    }
    expect(await count('bad key')).toBe(0);
  });

  it('accepts a key of 255 printable characters', async () => {
    const key = ' !~'.repeat(85);
    expect((await create(key, 'long key')).body.errors).toBeUndefined();
    expect((await create(key, 'long key')).headers.get('idempotent-replayed')).toBe('true');
    expect(await count('long key')).toBe(1);
  });

  it('answers idempotency-in-progress (409, Retry-After) while the first request is unanswered, then its answer', async () => {
    const variables = { input: input('in progress') };
    const claim = await service().claim({ db: g.db }, g.token, {
      key: 'k-pending',
      requestHash: requestHash({ query: CREATE, variables }, 'planox2'),
    });
    expect(claim.kind).toBe('won');
    const res = await g.gql(CREATE, variables, { 'idempotency-key': 'k-pending' });
    expect(res.status).toBe(409);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'idempotency-in-progress', status: 409, params: ['Idempotency-Key'] });
    expect(await count('in progress')).toBe(0);
    const stored = JSON.stringify({ data: { createAppointment: { id: '1', title: 'in progress', updatedAtMt: 'x' } } });
    await service().complete({ db: g.db }, (claim as { id: number }).id, 200, stored);
    const after = await g.gql(CREATE, variables, { 'idempotency-key': 'k-pending' });
    expect(after.headers.get('idempotent-replayed')).toBe('true');
    expect(JSON.stringify(after.body)).toBe(stored);
  });

  it('lets one of concurrent duplicates write; the others get its answer or in-progress', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => create('k-burst', 'burst')));
    expect(await count('burst')).toBe(1);
    const fresh = answers.filter((a) => a.status === 200 && !a.headers.get('idempotent-replayed'));
    expect(fresh).toHaveLength(1);
    for (const a of answers) {
      if (a.status === 200) expect(a.body).toEqual(fresh[0].body);
      else expect([a.status, a.body.errors?.[0].extensions.code]).toEqual([409, 'idempotency-in-progress']);
    }
  });

  /** Sends a create over node:http and destroys the socket once `cut` resolves (or the answer comes), never reading the answer. */
  function sendAndCut(key: string, title: string, cut: () => Promise<void>): Promise<void> {
    const body = JSON.stringify({ query: CREATE, variables: { input: input(title) } });
    return new Promise((resolve) => {
      const req = http.request(`${g.url}/graphql`, {
        method: 'POST',
        headers: {
          ...g.defaultHeaders,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'idempotency-key': key,
        },
      });
      const done = () => {
        req.destroy();
        resolve();
      };
      req.on('error', done);
      req.on('response', done);
      req.end(body, () => void cut().then(done));
    });
  }

  /** Retries until the answer is not idempotency-in-progress. */
  async function retryUntilAnswered(key: string, title: string): Promise<GraphQLResponse> {
    for (let i = 0; i < 100; i += 1) {
      const res = await create(key, title);
      if (res.status !== 409) return res;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('still in progress after 100 retries');
  }

  it('applies a write exactly once when the connection is cut right after sending and the client retries', async () => {
    await sendAndCut('k-cut-early', 'cut early', async () => undefined);
    const res = await retryUntilAnswered('k-cut-early', 'cut early');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.createAppointment.title).toBe('cut early');
    expect(await count('cut early')).toBe(1);
  });

  it('finishes the first attempt after its client went away, and gives its answer to the retry', async () => {
    await sendAndCut('k-cut-claimed', 'cut claimed', async () => {
      // Cut once the key is claimed: the mutation is then running or done.
      while ((await keysStored('k-cut-claimed')) === 0) await new Promise((r) => setTimeout(r, 2));
    });
    const res = await retryUntilAnswered('k-cut-claimed', 'cut claimed');
    expect(res.headers.get('idempotent-replayed')).toBe('true');
    expect(res.body.data.createAppointment.title).toBe('cut claimed');
    expect(await count('cut claimed')).toBe(1);
  });

  it('forgets a key after the retention period: the same request then runs again', async () => {
    await create('k-expiry', 'expiry');
    clock.advance(DAY - MINUTE);
    expect((await create('k-expiry', 'expiry')).headers.get('idempotent-replayed')).toBe('true');
    expect(await count('expiry')).toBe(1);
    clock.advance(2 * MINUTE);
    const later = await create('k-expiry', 'expiry');
    expect(later.body.errors).toBeUndefined();
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(await count('expiry')).toBe(2);
    // The expired row was replaced, not kept beside the new one.
    expect(await keysStored('k-expiry')).toBe(1);
  });

  it('sweeps expired keys, at most the number asked for per run', async () => {
    await create('k-sweep-1', 'sweep 1');
    await create('k-sweep-2', 'sweep 2');
    await create('k-sweep-3', 'sweep 3');
    clock.advance(DAY + MINUTE);
    const live = await create('k-sweep-live', 'sweep live');
    expect(live.body.errors).toBeUndefined();
    const total = async () => Number((await g.db.query('SELECT COUNT(*) AS n FROM idempotency_keys'))[0].n);
    const before = await total();
    expect(await service().sweep({ db: g.db }, 2)).toBe(2);
    expect(await total()).toBe(before - 2);
    while ((await service().sweep({ db: g.db }, 100)) > 0);
    expect(await keysStored('k-sweep-live')).toBe(1);
    expect(await total()).toBe(1);
  });
});

describe('Idempotency-Key across two gateway instances', () => {
  let g: TestGateway;
  let otherDb: DataSource;
  let other: Gateway;
  let otherUrl: string;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    otherDb = await createDataSource(g.config).initialize();
    other = await createGateway(g.config, otherDb, pino({ level: 'silent' }));
    otherUrl = `http://127.0.0.1:${await other.listen(0, '127.0.0.1')}/graphql`;
  });
  afterAll(async () => {
    await other?.stop();
    if (otherDb?.isInitialized) await otherDb.destroy();
    await g?.close();
  });

  it('replays on the second instance what the first answered', async () => {
    const first = await g.gql(CREATE, { input: input('two instances') }, { 'idempotency-key': 'k-two' });
    expect(first.body.errors).toBeUndefined();
    const res = await fetch(otherUrl, {
      method: 'POST',
      headers: { ...g.defaultHeaders, 'content-type': 'application/json', 'idempotency-key': 'k-two' },
      body: JSON.stringify({ query: CREATE, variables: { input: input('two instances') } }),
    });
    expect(res.headers.get('idempotent-replayed')).toBe('true');
    expect(await res.json()).toEqual(first.body);
    const [{ n }] = await g.db.query('SELECT COUNT(*) AS n FROM appointments WHERE title = ?', ['two instances']);
    expect(Number(n)).toBe(1);
  });
});
