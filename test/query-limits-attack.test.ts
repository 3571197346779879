import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * The attacks of issue 15, replayed through the real gateway: each must be refused with
 * query-too-complex before anything touches the database, quickly, and without the process
 * growing. Durations are logged, never asserted tightly: only a bound no honest run comes near
 * (the attacks took 3 s and more before the limits failed closed).
 */

/** `n` fragments, each spreading the next one twice: 2^n copies of `leaf` once expanded. */
function doublingChain(n: number, leaf = 'id title'): { spread: string; fragments: string } {
  const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Appointment { ...F${i + 1} ...F${i + 1} }`);
  fragments.push(`fragment F${n} on Appointment { ${leaf} }`);
  return { spread: '...F0', fragments: fragments.join('\n') };
}

const ROW = 'id title note startDate endDate customer { name } contacts { name }';
const aliasedPages = (aliases: number, max: string) =>
  Array.from({ length: aliases }, (_, i) => `p${i}: appointments(max: ${max}) { data { ${ROW} } }`).join('\n');

describe('query limits under attack (issue 15)', () => {
  let g: TestGateway;
  let client: Record<string, string>;
  let orderId: string;

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'demo' });
    const [row] = await g.db.query(
      'SELECT customer_id, order_id FROM appointments WHERE order_id IS NOT NULL AND customer_id IS NOT NULL ORDER BY id LIMIT 1',
    );
    orderId = String(row.order_id);
    client = await g.tokenFor({ role: 'client', customerIds: [Number(row.customer_id)] });
  });
  afterAll(() => g.close());

  /** Sends `query` as the client and asserts it is refused with query-too-complex, no SQL run; returns the round trip in ms. */
  async function refused(query: string, variables?: Record<string, unknown>): Promise<{ ms: number; message: string }> {
    g.counter.reset();
    const started = performance.now();
    const res = await g.gql(query, variables, client);
    const ms = performance.now() - started;
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'query-too-complex', status: 400 });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(g.counter.statements).toEqual([]);
    return { ms, message: res.body.errors![0].message };
  }

  it('refuses twelve aliased pages of 1000 rows with two relations, max literal or variable', async () => {
    await refused(`{ ${aliasedPages(12, '1000')} }`);
    await refused(`query($max: Int) { ${aliasedPages(12, '$max')} }`, { max: 1000 });
    // Within the alias limit, the cost alone refuses it: each row is priced with its contacts.
    const cost = /^The operation's estimated cost is \d+; the limit is 900000\./;
    expect((await refused(`{ ${aliasedPages(9, '1000')} }`)).message).toMatch(cost);
    expect((await refused(`query($max: Int) { ${aliasedPages(9, '$max')} }`, { max: 1000 })).message).toMatch(cost);
    // The same document with small pages is an honest request.
    const small = await g.gql(`query($max: Int) { ${aliasedPages(9, '$max')} }`, { max: 5 }, client);
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
  });

  it.each([22, 40])('refuses a chain of %i fragments each spread twice, without holding the event loop', async (n) => {
    const { spread, fragments } = doublingChain(n);
    const query = `{ appointments(max: 1) { data { ${spread} } } }\n${fragments}`;
    expect(query.length).toBeLessThan(2500);
    const liveStarted = performance.now();
    const [outcome, liveMs] = await Promise.all([
      refused(query),
      g.http('/health/live').then((r) => {
        expect(r.status).toBe(200);
        return performance.now() - liveStarted;
      }),
    ]);
    console.log(`${n}-fragment chain refused in ${outcome.ms.toFixed(1)} ms; /health/live answered in ${liveMs.toFixed(1)} ms`);
    expect(outcome.message).toMatch(/cost|expands/);
    expect(outcome.ms).toBeLessThan(2000);
    expect(liveMs).toBeLessThan(2000);
  });

  it('refuses an over-cost operation with the fragment chain appended, rather than run it unpriced', async () => {
    const { spread, fragments } = doublingChain(22);
    await refused(`{ ${aliasedPages(9, '1000')} x: appointments(max: 1) { data { ${spread} } } }\n${fragments}`);
    // A chain too short to be over the limit by itself still counts, fragment by fragment.
    const short = doublingChain(3);
    const { message } = await refused(
      `{ ${aliasedPages(9, '1000')} x: appointments(max: 1) { data { ${short.spread} } } }\n${short.fragments}`,
    );
    expect(message).toMatch(/^The operation's estimated cost is \d+/);
  });

  it('prices nested to-many relations per parent: order.appointments three deep under 11 aliases is refused, the process does not grow', async () => {
    const twoDeep = `order(id: "${orderId}") { appointments { order { appointments { id title note } } } }`;
    const one = await g.gql(`{ ${twoDeep} }`, undefined, client);
    expect(one.status).toBe(200);
    expect(one.body.errors).toBeUndefined();
    const rss = process.memoryUsage().rss;
    const nested = `order(id: "${orderId}") { appointments { order { appointments { order { appointments { id title note } } } } } }`;
    expect((await refused(`{ ${nested} }`)).message).toMatch(/^The operation's estimated cost is/);
    await refused(`{ ${Array.from({ length: 11 }, (_, i) => `o${i}: ${nested}`).join('\n')} }`);
    const grown = process.memoryUsage().rss - rss;
    console.log(`resident size grew by ${(grown / 2 ** 20).toFixed(1)} MiB`);
    expect(grown).toBeLessThan(200 * 2 ** 20);
  });

  it('refuses an operation whose variables cannot be priced with the code graphql-js gives them, never runs it', async () => {
    g.counter.reset();
    const res = await g.gql(`query($max: Int) { ${aliasedPages(9, '$max')} }`, { max: 'all' }, client);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'invalid-param-type', params: ['max'] });
    expect(g.counter.statements).toEqual([]);
  });
});

describe('the response size bound (MAX_RESPONSE_BYTES)', () => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'demo', limits: { maxResponseBytes: 4096 } });
  });
  afterAll(() => g.close());

  it('replaces an answer larger than the bound with response-too-large', async () => {
    const res = await g.gql('{ appointments(max: 200) { data { id title note location startDate endDate } } }');
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({
      message: expect.stringMatching(/^The answer is \d+ bytes; the limit is 4096\./),
      extensions: { code: 'response-too-large', status: 400, requestId: res.headers.get('x-request-id') },
    });
    expect(g.logLines.find((l) => l.msg === 'request' && l.errorCodes?.includes('response-too-large'))).toBeDefined();
  });

  it('lets an answer within the bound through unchanged', async () => {
    const res = await g.gql('{ appointments(max: 2) { data { id } } }');
    expect(res.status).toBe(200);
    expect(res.body.data.appointments.data).toHaveLength(2);
  });
});
