import fs from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery, Kind, parse } from 'graphql';
import { startTestGateway, TestGateway } from './support/test-gateway';

describe('query limits', () => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
  });
  afterAll(async () => {
    await g.close();
  });

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
    // Ten levels pass the depth rule; three to-many relations nested are then over the cost limit.
    const ten = await refused(
      `{ appointments(max: 1) { data { order { appointments { order { appointments { order { appointments { customer { id } } } } } } } } } }`,
    );
    expect(ten).toMatch(/^The operation's estimated cost is/);
    const message = await refused(`
      { appointments { data { ...Deep } } }
      fragment Deep on Appointment { order { appointments { order { appointments { order { appointments { order { appointments { id } } } } } } } } }
    `);
    expect(message).toBe('The operation is 11 levels deep; the limit is 10.');
  });

  it('refuses more than MAX_QUERY_ALIASES (default 10) aliases, counting through fragments', async () => {
    const ten = Array.from({ length: 10 }, (_, i) => `a${i}: errorCatalog { value }`).join(' ');
    expect((await g.gql(`{ ${ten} }`)).status).toBe(200);
    const flood = Array.from({ length: 11 }, (_, i) => `a${i}: errorCatalog { value }`).join(' ');
    expect(await refused(`{ ${flood} }`)).toBe('The operation has 11 aliases; the limit is 10.');
    // A fragment's aliases count once per spread.
    expect(
      await refused(`{ a: viewer { ...V } b: viewer { ...V } } fragment V on Viewer { r1: role r2: role r3: role r4: role r5: role }`),
    ).toBe('The operation has 12 aliases; the limit is 10.');
  });

  it('refuses an operation whose cost (rows asked for × fields) is over MAX_QUERY_COST (default 900000), reading max from variables', async () => {
    const page = `appointments(max: $max) { data { id title customer { id name } contacts { id name }
      user { id name } photographer { id name } appointmentCategory { id name } order { id notes } } }`;
    expect((await g.gql(`query($max: Int) { ${page} }`, { max: 1000 })).status).toBe(200);
    const aliased = `query($max: Int) { ${Array.from({ length: 8 }, (_, i) => `p${i}: ${page}`).join(' ')} }`;
    expect((await g.gql(aliased, { max: 10 })).status).toBe(200);
    expect(await refused(aliased, { max: 1000 })).toMatch(/^The operation's estimated cost is \d+; the limit is 900000\./);
    // Costs are remembered per document and per value of the variables a cost depends on
    // (sizes and directives), never across values.
    expect((await g.gql(aliased, { max: 10 })).status).toBe(200);
    expect(await refused(aliased, { max: 1000 })).toMatch(/^The operation's estimated cost is/);
    const optional = `query($big: Boolean!, $offset: Int) { first: appointments(max: 1, offset: $offset) { data { id } }
      ${Array.from({ length: 8 }, (_, i) => `p${i}: ${page.replace('$max', '1000').replace('{ data', '@include(if: $big) { data')}`).join(' ')} }`;
    for (const offset of [0, 1]) {
      expect((await g.gql(optional, { big: false, offset })).status).toBe(200);
      expect(await refused(optional, { big: true, offset })).toMatch(/^The operation's estimated cost is/);
    }
  });

  it('accepts every shipped operation (graphql/) at its largest page, and a page of 1000 in the AppointmentDefault view', async () => {
    const dir = path.join(__dirname, '..', 'graphql');
    const fragments = fs.readdirSync(path.join(dir, 'fragments')).map((f) => fs.readFileSync(path.join(dir, 'fragments', f), 'utf8'));
    // The fragments a document spreads (GraphQL refuses a document with an unused one).
    const withFragments = (document: string) =>
      [document, ...fragments.filter((f) => document.includes(`...${/fragment (\w+)/.exec(f)![1]}`))].join('\n');
    const appointment = { title: 'Limits', startDate: '2026-03-01T10:00:00Z', endDate: '2026-03-01T11:00:00Z' };
    // Variables that pass coercion; the look-ups and writes of records that do not exist fail
    // afterwards, in their resolvers, which is past every limit.
    const variables: Record<string, Record<string, unknown>> = {
      SchedulerAppointments: { first: 1000 },
      CreateAppointment: { input: appointment },
      UpdateAppointment: { id: '999999', input: { updatedAtMt: 'x' } },
      UpdateAppointmentByReference: { reference: 'none', input: { updatedAtMt: 'x' } },
      UpsertAppointment: { reference: 'limits-upsert', input: appointment },
      DeleteAppointment: { id: '999999' },
      DeleteAppointmentByReference: { reference: 'none' },
      SignOffOrder: { input: { orderId: '999999', updatedAt: 'x', appointment: { apptId: '999999' } } },
      DefaultPage: { max: 1000 },
      // The widest range and the finest grid.
      PhotographerAvailability: { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z', slotMinutes: 5, stepMinutes: 5 },
      // The create form's steps at their largest pages.
      FindCustomers: { name: '*', max: 1000 },
      CustomerContacts: { customerId: '999999', max: 1000 },
      AppointmentCategories: { max: 1000 },
      FreePhotographers: { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z', slotMinutes: 5 },
      CreateAppointmentByReferences: { input: { ...appointment, customerReference: 'none' } },
      OrdersConnection: { first: 1000 },
      OrderByReference: { reference: 'none' },
    };
    const documents = fs.readdirSync(path.join(dir, 'operations')).map((f) => fs.readFileSync(path.join(dir, 'operations', f), 'utf8'));
    documents.push('query DefaultPage($max: Int) { appointments(max: $max) { paging { total } data { ...AppointmentDefault } } }');
    const refusedBy = ['query-too-complex', 'invalid-query', 'invalid-param-type', 'missing-param'];
    const names: string[] = [];
    for (const document of documents) {
      for (const def of parse(document).definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        const name = def.name!.value;
        names.push(name);
        const res = await g.http('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: withFragments(document), operationName: name, variables: variables[name] ?? { uuid: 'none' } }),
        });
        const body = (await res.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
        const codes = (body.errors ?? []).map((e) => e.extensions.code);
        expect({ name, refused: codes.filter((c) => refusedBy.includes(c)) }).toEqual({ name, refused: [] });
        expect({ name, data: body.data !== undefined }).toEqual({ name, data: true });
      }
    }
    expect(names).toEqual(
      expect.arrayContaining([
        'SchedulerAppointments',
        'AppointmentDefaultByUuid',
        'SignOffOrder',
        'DefaultPage',
        'PhotographerAvailability',
        'FindCustomers',
        'CreateAppointmentByReferences',
        'OrdersConnection',
      ]),
    );
  });

  it('refuses a document with more than MAX_QUERY_TOKENS (default 5000) tokens', async () => {
    const huge = `{ errorCatalog { ${Array.from({ length: 6000 }, () => 'value').join(' ')} } }`;
    expect(await refused(huge)).toMatch(/Document contains more tha[nt] 5000 tokens/);
  });
});
