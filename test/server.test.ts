import { SANDBOX_EXAMPLE } from '../src/graphql/sandbox-example';
import { startTestGateway, TestGateway } from './support/test-gateway';

describe('the gateway over HTTP', () => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'demo' });
  });
  afterAll(async () => {
    await g.close();
  });

  it('answers /health/live and /health/ready', async () => {
    const live = await g.http('/health/live');
    expect(live.status).toBe(200);
    const ready = await g.http('/health/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'up' });
  });

  it('lists demo appointments with their total and relations', async () => {
    const res = await g.gql(`{ appointments(max: 5) { paging { total max offset previousOffset nextOffset }
      data { id title startDate customer { reference } contacts { id } } } }`);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.appointments.paging).toEqual({ total: 300, max: 5, offset: 0, previousOffset: null, nextOffset: 5 });
    expect(res.body.data.appointments.data).toHaveLength(5);
  });

  it('reads an explicit null for a defaulted argument as its default, as the contract declares them nullable', async () => {
    const res = await g.gql(`{ appointments(max: null, offset: null, sort: null, order: null) { paging { max offset } }
      appointmentsConnection(first: null, sort: null, order: null) { edges { cursor } } }`);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.appointments.paging).toEqual({ max: 100, offset: 0 });
    expect(res.body.data.appointmentsConnection.edges).toHaveLength(100);
  });

  it('looks an appointment up by id, over POST and GET', async () => {
    const [row] = await g.db.query('SELECT id, title FROM appointments ORDER BY id LIMIT 1');
    const res = await g.gql('query($id: ID!) { appointment(id: $id) { id title } }', { id: String(row.id) });
    expect(res.body.data.appointment).toEqual({ id: String(row.id), title: row.title });
    const query = encodeURIComponent(`{ appointment(id: ${row.id}) { title } }`);
    const get = await g.http(`/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { appointment: { title: row.title } } });
  });

  it("answers an unknown id with null and not-found, in the seed's words", async () => {
    const res = await g.gql('{ appointment(id: 999999) { id } }');
    expect(res.status).toBe(200);
    expect(res.body.data.appointment).toBeNull();
    expect(res.body.errors![0].message).toBe("The appointment with the id 999999 doesn't exist.");
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'not-found', status: 404, params: ['id'] });
  });

  it('answers a malformed id with invalid-param-type', async () => {
    const res = await g.gql('{ appointment(id: "12abc") { id } }');
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'invalid-param-type', params: ['id'] });
  });

  it('answers a missing argument with missing-param and HTTP 400', async () => {
    const res = await g.gql('{ appointment { id } }');
    expect(res.status).toBe(400);
    expect(res.body.errors![0]).toMatchObject({
      message: 'id parameter is missing',
      extensions: { code: 'missing-param', params: ['id'] },
    });
  });

  it('answers an unknown field with invalid-query and a syntax error likewise', async () => {
    const unknown = await g.gql('{ appointments { nope } }');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors![0].extensions.code).toBe('invalid-query');
    const syntax = await g.gql('{ appointments { ');
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors![0].extensions.code).toBe('invalid-query');
  });

  it('names an unknown argument or field in params (#18), and the argument a literal of the wrong type is given to', async () => {
    const arg = await g.gql('{ appointments(nope: 1) { paging { total } } }');
    expect(arg.status).toBe(400);
    expect(arg.body.errors![0].extensions).toMatchObject({ code: 'invalid-query', params: ['nope'] });
    const field = await g.gql('{ appointments { paging { total } nope } }');
    expect(field.body.errors![0].extensions).toMatchObject({ code: 'invalid-query', params: ['nope'] });
    const literal = await g.gql('{ appointments(max: "ten") { paging { total } } }');
    expect(literal.body.errors![0].extensions).toMatchObject({ code: 'invalid-param-type', params: ['max'] });
    // A field both unknown and missing its argument elsewhere: every error keeps its own code.
    const both = await g.gql('{ appointment { id } nope }');
    expect(both.body.errors!.map((e: any) => [e.extensions.code, e.extensions.params])).toEqual([
      ['missing-param', ['id']],
      ['invalid-query', ['nope']],
    ]);
  });

  it('answers a required variable left out with missing-param naming it', async () => {
    const res = await g.gql('query($id: ID!) { appointment(id: $id) { id } }', {});
    expect(res.status).toBe(400);
    expect(res.body.errors![0]).toMatchObject({
      message: 'id parameter is missing',
      extensions: { code: 'missing-param', params: ['id'] },
    });
  });

  it('answers a variable of the wrong type with invalid-param-type', async () => {
    const res = await g.gql('query($max: Int) { appointments(max: $max) { paging { total } } }', { max: 'ten' });
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'invalid-param-type', params: ['max'] });
  });

  it('refuses a non-JSON POST, an undecodable body and a body without a query', async () => {
    const post = (body: string, type = 'application/json') =>
      g.http('/graphql', { method: 'POST', headers: { 'content-type': type }, body });
    const cases: [Response, string][] = [
      [await post('{"query":"{ errorCatalog { value } }"}', 'text/plain'), 'invalid-content-type'],
      [await post('{"query": '), 'invalid-encoded-params'],
      [await post('{"variables": {}}'), 'no-params-decoded'],
      [await post('[{"query":"{ errorCatalog { value } }"}]'), 'invalid-encoded-params'],
    ];
    for (const [res, code] of cases) {
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe(code);
    }
  });

  it('answers an unknown path with route-non-existent and 404', async () => {
    const res = await g.http('/api/v1/appointments');
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).errors[0].extensions).toMatchObject({ code: 'route-non-existent', status: 404 });
  });

  it('gives every response a request id, and every error carries it', async () => {
    const res = await g.gql('{ appointment(id: 999999) { id } }', undefined, { 'x-request-id': 'trace-123' });
    expect(res.headers.get('x-request-id')).toBe('trace-123');
    expect(res.body.errors![0].extensions.requestId).toBe('trace-123');
    const other = await g.http('/health/live');
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('exposes the error catalog with HTTP statuses', async () => {
    const res = await g.gql('{ errorCatalog { code value status } }');
    expect(res.body.data.errorCatalog).toEqual(
      expect.arrayContaining([
        { code: 'STALE_UPDATE', value: 'stale-update', status: 409 },
        { code: 'NOT_FOUND', value: 'not-found', status: 404 },
      ]),
    );
  });

  it('serves Apollo Sandbox to browsers in development', async () => {
    const res = await g.http('/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('embeddable-sandbox');
    // It opens with example operations.
    expect(html).toContain('UpcomingAppointments');
  });

  it('ships Sandbox example operations that are valid against the schema', async () => {
    const res = await g.gql(SANDBOX_EXAMPLE, undefined, undefined);
    // Several operations and no operationName: only the validation verdict matters here.
    expect(res.body.errors![0].message).toMatch(/Must provide operation name/);
    for (const name of ['Viewer', 'UpcomingAppointments', 'SearchByTitle', 'OneAppointment']) {
      const run = await g.http('/graphql', {
        method: 'POST',
        headers: { ...g.defaultHeaders, 'content-type': 'application/json' },
        body: JSON.stringify({ query: SANDBOX_EXAMPLE, operationName: name }),
      });
      const body = (await run.json()) as any;
      expect(body.errors).toBeUndefined();
    }
  });
});
