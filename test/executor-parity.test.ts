import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { Appointment, Order } from '../src/database/entities';
import { createGateway, Gateway } from '../src/app';
import { SANDBOX_EXAMPLE } from '../src/graphql/sandbox-example';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * The gateway executes with graphql-jit (GRAPHQL_EXECUTOR=jit, the default) for speed; this
 * checks that a client cannot tell: the same requests, against graphql-js on the same data,
 * get the same status and the same body (request ids aside), answers and errors alike.
 */

const read = (...parts: string[]) => fs.readFileSync(path.join(__dirname, '..', 'graphql', ...parts), 'utf8');
const view = (name: string) => `${read('fragments', `${name}.graphql`)}\n${read('operations', `${name}.graphql`)}`;

interface Request {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

function withoutRequestIds(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body), (key, value) => (key === 'requestId' ? undefined : value));
}

describe('graphql-jit answers as graphql-js does', () => {
  let g: TestGateway;
  let reference: Gateway;
  let referenceUrl: string;
  let a: Appointment;
  let order: Order;

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'demo' });
    expect(g.config.executor).toBe('jit');
    reference = await createGateway({ ...g.config, executor: 'graphql-js' }, g.db, pino({ level: 'silent' }));
    referenceUrl = `http://127.0.0.1:${await reference.listen(0, '127.0.0.1')}/graphql`;
    a = (await g.db.getRepository(Appointment).find({ order: { id: 'ASC' } })).find(
      (x) => x.customerId && x.orderId && x.photographerUserId,
    )!;
    order = await g.db.getRepository(Order).findOneByOrFail({ id: a.orderId! });
  });
  afterAll(async () => {
    await reference?.stop();
    await g?.close();
  });

  async function both(r: Request) {
    const body = JSON.stringify({ query: r.query, variables: r.variables, operationName: r.operationName });
    const headers = { ...g.defaultHeaders, 'content-type': 'application/json' };
    const [jit, js] = await Promise.all(
      [g.url + '/graphql', referenceUrl].map(async (url) => {
        const res = await fetch(url, { method: 'POST', headers, body });
        return { status: res.status, body: withoutRequestIds(await res.json()) };
      }),
    );
    return { jit, js };
  }

  const reads = (): Request[] => [
    ...['Viewer', 'UpcomingAppointments', 'SearchByTitle', 'OneAppointment'].map((op) => ({
      name: `Sandbox ${op}`,
      query: SANDBOX_EXAMPLE,
      operationName: op,
    })),
    { name: 'Sandbox without an operation name', query: SANDBOX_EXAMPLE },
    { name: 'default view', query: view('appointment-default'), variables: { uuid: a.uuid } },
    { name: 'scheduler view', query: view('appointment-uss-scheduler-view'), variables: { id: String(a.id) } },
    { name: 'availability view', query: view('appointment-uss-availability-view'), variables: { id: String(a.id) } },
    { name: 'notification parameters', query: view('appointment-notification-parameters'), variables: { id: String(a.id) } },
    { name: 'scheduler list', query: read('operations', 'scheduler-appointments.graphql'), variables: {} },
    {
      name: 'page with relations, aliases, fragments, directives and typename',
      query: `query P($first: Int!, $withOrder: Boolean!) {
        appointmentsConnection(first: $first, sort: START_DATE, order: DESC) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          edges { cursor node { ...F t: title __typename order @include(if: $withOrder) { id status lineItems { id name } } } }
        }
      }
      fragment F on Appointment { id startDate endDate allday customer { id name } contacts { id name email } photographer { reference } }`,
      variables: { first: 7, withOrder: true },
    },
    {
      name: 'offset page with a filter and a total',
      query:
        'query { appointments(filter: { title: "*o*" }, max: 5, offset: 2, sort: TITLE, order: DESC) { paging { total max offset nextOffset } data { id title } } }',
    },
    {
      name: 'order with everything',
      query: `query($id: ID!) { order(id: $id) { id status customer { name } lineItems { id name quantity completedQuantity } appointments { id } signOffs { id } } }`,
      variables: { id: String(order.id) },
    },
    {
      name: 'by reference',
      query: 'query($r: String!) { appointmentByReference(reference: $r) { id reference } }',
      variables: { r: a.reference },
    },
    { name: 'introspection', query: '{ __schema { queryType { name } } __type(name: "Appointment") { fields { name } } }' },
    { name: 'error catalog', query: '{ errorCatalog { code status } }' },
    // Errors: not found, bad and missing variables, a bad cursor, limits, a resolver's refusal.
    { name: 'not found', query: 'query($id: ID!) { appointment(id: $id) { id } }', variables: { id: '999999' } },
    { name: 'missing variable', query: 'query($id: ID!) { appointment(id: $id) { id } }', variables: {} },
    {
      name: 'variable of the wrong type',
      query: 'query($id: ID!, $n: Int) { appointment(id: $id) { id } }',
      variables: { id: 1.5, n: 'x' },
    },
    { name: 'bad id text', query: 'query($id: ID!) { appointment(id: $id) { id } }', variables: { id: 'abc' } },
    { name: 'bad cursor', query: 'query { appointmentsConnection(first: 2, after: "nope") { nodes { id } } }' },
    { name: 'page too large', query: 'query { appointments(max: 5000) { data { id } } }' },
    {
      name: 'bad filter variable',
      query: 'query($f: AppointmentFilter) { appointments(filter: $f) { data { id } } }',
      variables: { f: { startDate: { gte: 'tomorrow' } } },
    },
    {
      name: 'unknown enum value in a variable',
      query: 'query($s: AppointmentSort) { appointments(sort: $s) { data { id } } }',
      variables: { s: 'NOPE' },
    },
    {
      name: 'null for a non-null field of an input',
      query: 'mutation($i: CreateAppointmentInput!) { createAppointment(input: $i) { id } }',
      variables: { i: { title: null, startDate: 'x', endDate: 'y' } },
    },
    {
      name: 'a refused create',
      query: 'mutation($i: CreateAppointmentInput!) { createAppointment(input: $i) { id } }',
      variables: { i: { title: 'x'.repeat(300), startDate: '2026-01-01T10:00:00Z', endDate: '2026-01-01T11:00:00Z' } },
    },
    {
      name: 'wrong type inside an input',
      query: 'mutation($i: CreateAppointmentInput!) { createAppointment(input: $i) { id } }',
      variables: { i: { title: 't', startDate: '2026-01-01T10:00:00Z', endDate: '2026-01-01T11:00:00Z', timeDurationS: 'long' } },
    },
    {
      name: 'a stale update',
      query: 'mutation($id: ID!, $i: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $i) { id } }',
      variables: { id: String(a.id), i: { updatedAtMt: '1999-01-01 00:00:00', title: 'x' } },
    },
  ];

  it('answers every read and every refusal identically', async () => {
    for (const r of reads()) {
      const { jit, js } = await both(r);
      expect({ name: r.name, ...jit }).toEqual({ name: r.name, ...js });
    }
  });

  it('writes as graphql-js does: the same fields, the same outcome', async () => {
    const upsert =
      'mutation($r: String!, $i: UpsertAppointmentInput!) { upsertAppointment(reference: $r, input: $i) { outcome appointment { reference title } } }';
    const input = { title: 'Parity', startDate: '2026-03-01T10:00:00Z', endDate: '2026-03-01T11:00:00Z' };
    const first = await both({ name: 'upsert', query: upsert, variables: { r: 'PARITY-1', i: input } });
    // One of them created the row, the other found it unchanged; otherwise the answers agree.
    expect([first.jit.body, first.js.body].map((b: any) => b.data.upsertAppointment.outcome).sort()).toEqual(['CREATED', 'UNCHANGED']);
    const again = await both({ name: 'upsert again', query: upsert, variables: { r: 'PARITY-1', i: input } });
    expect(again.jit).toEqual(again.js);
  });
});
