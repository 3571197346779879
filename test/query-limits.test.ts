import { getIntrospectionQuery } from 'graphql';
import { startTestGateway, TestGateway } from './support/test-gateway';

describe('query limits', () => {
  let g: TestGateway;
  beforeAll(async () => { g = await startTestGateway({ seed: 'none' }); });
  afterAll(async () => { await g.close(); });

  /** Asserts the operation is refused with query-too-complex before the database is asked. */
  async function refused(query: string, variables?: Record<string, unknown>): Promise<string> {
    g.counter.reset();
    const res = await g.gql(query, variables);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'query-too-complex', status: 400 });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(g.counter.statements.filter((s) => !/session|application_tokens|users|employees|clients|liaison/i.test(s))).toEqual([]);
    return res.body.errors![0].message;
  }

  it('lets the Sandbox introspection query through', async () => {
    const res = await g.gql(getIntrospectionQuery());
    expect(res.status).toBe(200);
    expect(res.body.data.__schema.queryType.name).toBe('Query');
  });

  it('refuses an operation deeper than MAX_QUERY_DEPTH (default 10), counting through fragments', async () => {
    // Ten levels is allowed: appointments > data > order > appointments > ... > id.
    const ten = await g.gql(`{ appointments { data { order { appointments { order { appointments { order { appointments { id } } } } } } } } }`);
    expect(ten.status).toBe(200);
    const message = await refused(`
      { appointments { data { ...Deep } } }
      fragment Deep on Appointment { order { appointments { order { appointments { order { appointments { order { appointments { id } } } } } } } } }
    `);
    expect(message).toBe('The operation is 11 levels deep; the limit is 10.');
  });

  it('refuses more than MAX_QUERY_ALIASES (default 30) aliases', async () => {
    const thirty = Array.from({ length: 30 }, (_, i) => `a${i}: errorCatalog { value }`).join(' ');
    expect((await g.gql(`{ ${thirty} }`)).status).toBe(200);
    const flood = Array.from({ length: 31 }, (_, i) => `a${i}: errorCatalog { value }`).join(' ');
    expect(await refused(`{ ${flood} }`)).toBe('The operation has 31 aliases; the limit is 30.');
  });

  it('refuses an operation whose cost (rows asked for × fields) is over MAX_QUERY_COST, reading max from variables', async () => {
    const page = `appointments(max: $max) { data { id title customer { id name } contacts { id name }
      user { id name } photographer { id name } appointmentCategory { id name } order { id notes } } }`;
    expect((await g.gql(`query($max: Int) { ${page} }`, { max: 1000 })).status).toBe(200);
    const aliased = `query($max: Int) { ${Array.from({ length: 15 }, (_, i) => `p${i}: ${page}`).join(' ')} }`;
    expect((await g.gql(aliased, { max: 10 })).status).toBe(200);
    expect(await refused(aliased, { max: 1000 })).toMatch(/^The operation's estimated cost is \d+; the limit is 250000\./);
    // Costs are remembered per document and per value of the variables a cost depends on
    // (sizes and directives), never across values.
    expect((await g.gql(aliased, { max: 10 })).status).toBe(200);
    expect(await refused(aliased, { max: 1000 })).toMatch(/^The operation's estimated cost is/);
    const optional = `query($big: Boolean!, $offset: Int) { first: appointments(max: 1, offset: $offset) { data { id } }
      ${Array.from({ length: 15 }, (_, i) => `p${i}: ${page.replace('$max', '1000').replace('{ data', '@include(if: $big) { data')}`).join(' ')} }`;
    for (const offset of [0, 1]) {
      expect((await g.gql(optional, { big: false, offset })).status).toBe(200);
      expect(await refused(optional, { big: true, offset })).toMatch(/^The operation's estimated cost is/);
    }
  });

  it('refuses a document with more than MAX_QUERY_TOKENS (default 5000) tokens', async () => {
    const huge = `{ errorCatalog { ${Array.from({ length: 6000 }, () => 'value').join(' ')} } }`;
    expect(await refused(huge)).toMatch(/Document contains more tha[nt] 5000 tokens/);
  });
});
