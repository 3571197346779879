import { randomUUID } from 'node:crypto';
import { newStamp } from '../src/domain/stamp';
import { Appointment, AppointmentCategory, Contact, Customer, Employee, Order, User } from '../src/database/entities';
import { TestChangeSource } from './support/test-change-source';
import { GraphQLResponse, startTestGateway, TestGateway } from './support/test-gateway';
import { connectSubscriber } from './support/test-subscriber';

/*
 * Who may do what, on whose rows: every operation × every kind of caller × a row of the caller's
 * own customer and a row of another customer. `ok` = answered with data; `hidden` = behaves as if
 * the row did not exist (not-found for a look-up or write, absent from a list); `denied` =
 * permission-denied. Add an operation by adding a row to OPERATIONS.
 */

type Outcome = 'ok' | 'hidden' | 'denied';
type Caller = 'employee' | 'liaison' | 'client' | 'app-token';

interface Row {
  apptId: number;
  reference: string;
  uuid: string;
  stamp: string;
  orderId: number;
  orderReference: string;
  orderStamp: string;
  customerId: number;
  customerReference: string;
  /** A contact of the row's customer. */
  contactId: number;
  /** Reference data, the same for every row: a category and a photographer. */
  categoryId: number;
  categoryReference: string;
  photographerId: number;
  photographerReference: string;
}

interface Operation {
  name: string;
  /** The response field the operation answers in. */
  field: string;
  run(g: TestGateway, headers: Record<string, string>, row: Row): Promise<GraphQLResponse>;
  /** For lists: whether the row is in the answer. */
  listed?(data: any, row: Row): boolean;
  expect: Record<Caller, [own: Outcome, foreign: Outcome]>;
}

const READ: Operation['expect'] = {
  employee: ['ok', 'ok'],
  'app-token': ['ok', 'ok'],
  liaison: ['ok', 'hidden'],
  client: ['ok', 'hidden'],
};
const UPDATE: Operation['expect'] = {
  employee: ['ok', 'ok'],
  'app-token': ['ok', 'ok'],
  liaison: ['ok', 'hidden'],
  client: ['denied', 'denied'],
};
/** Reference data: every caller reads every row (a photographer's email masked for non-staff, see catalog-query.test.ts). */
const EVERYONE: Operation['expect'] = {
  employee: ['ok', 'ok'],
  'app-token': ['ok', 'ok'],
  liaison: ['ok', 'ok'],
  client: ['ok', 'ok'],
};
const STAFF: Operation['expect'] = {
  employee: ['ok', 'ok'],
  'app-token': ['ok', 'ok'],
  liaison: ['denied', 'denied'],
  client: ['denied', 'denied'],
};

/** A photographer of one's own (one per gateway), for availability: the row's appointment is made theirs. */
const photographers = new WeakMap<TestGateway, Promise<number>>();
function photographerOf(g: TestGateway): Promise<number> {
  let id = photographers.get(g);
  if (!id) {
    id = (async () => {
      const user = await g.db.getRepository(User).save({ reference: 'M-PHOTOGRAPHER', name: 'Matrix', email: null, createdAt: new Date() });
      await g.db.getRepository(Employee).save({ userId: user.id, photographer: true, title: null });
      return user.id;
    })();
    photographers.set(g, id);
  }
  return id;
}

/** Fed to the gateway in place of the change table's poller, so that subscription rows can report changes. */
const changes = new TestChangeSource();

/**
 * A subscription as one operation of the matrix: subscribes over the socket, reports a change of
 * the row until an event arrives (or `waitMs` passes: the row is hidden), and answers as HTTP
 * would: the event as `data[field]`, or the errors the subscription was refused with.
 */
async function subscribeOnce(
  g: TestGateway,
  headers: Record<string, string>,
  field: string,
  query: string,
  variables: Record<string, unknown>,
  report: () => void,
  waitMs = 600,
): Promise<GraphQLResponse> {
  const s = connectSubscriber(g, { Authorization: headers.authorization, 'X-Application': headers['x-application'] });
  try {
    const sub = s.subscribe(query, variables);
    const deadline = Date.now() + waitMs;
    while (!sub.results.length && !sub.error && Date.now() < deadline) {
      report();
      await new Promise((r) => setTimeout(r, 25));
    }
    const first = sub.results[0];
    if (sub.error) return { status: 200, headers: new Headers(), body: { data: { [field]: null }, errors: sub.error } };
    return { status: 200, headers: new Headers(), body: { data: { [field]: first?.data?.[field] ?? null }, errors: first?.errors } };
  } finally {
    await s.dispose();
  }
}

const OPERATIONS: Operation[] = [
  {
    name: 'appointmentChanged (subscription)',
    field: 'appointmentChanged',
    expect: READ,
    listed: (data, r) => data?.id === String(r.apptId),
    run: (g, h, r) =>
      subscribeOnce(g, h, 'appointmentChanged', 'subscription { appointmentChanged { id appointment { id } } }', {}, () =>
        changes.emit({ entity: 'appointment', kind: 'UPDATED', rowId: r.apptId, customerId: r.customerId, updatedAtMt: r.stamp }),
      ),
  },
  {
    name: 'orderChanged (subscription)',
    field: 'orderChanged',
    expect: READ,
    run: (g, h, r) =>
      subscribeOnce(
        g,
        h,
        'orderChanged',
        'subscription($id: ID!) { orderChanged(id: $id) { id order { id } } }',
        { id: String(r.orderId) },
        () => changes.emit({ entity: 'order', kind: 'UPDATED', rowId: r.orderId, customerId: r.customerId, updatedAtMt: r.orderStamp }),
      ),
  },
  {
    name: 'appointment(id)',
    field: 'appointment',
    expect: READ,
    run: (g, h, r) => g.gql('query($id: ID!) { appointment(id: $id) { id } }', { id: String(r.apptId) }, h),
  },
  {
    name: 'appointmentByReference',
    field: 'appointmentByReference',
    expect: READ,
    run: (g, h, r) => g.gql('query($r: String!) { appointmentByReference(reference: $r) { id } }', { r: r.reference }, h),
  },
  {
    name: 'appointmentByUuid',
    field: 'appointmentByUuid',
    expect: READ,
    run: (g, h, r) => g.gql('query($u: String!) { appointmentByUuid(uuid: $u) { id } }', { u: r.uuid }, h),
  },
  {
    name: 'appointments (list + total)',
    field: 'appointments',
    expect: READ,
    run: (g, h, r) =>
      g.gql('query($ids: [ID!]) { appointments(filter: { ids: $ids }) { paging { total } data { id } } }', { ids: [String(r.apptId)] }, h),
    listed: (d, r) => d.paging.total === 1 && d.data.length === 1 && d.data[0].id === String(r.apptId),
  },
  {
    name: 'appointmentsConnection',
    field: 'appointmentsConnection',
    expect: READ,
    run: (g, h, r) =>
      g.gql(
        'query($ids: [ID!]) { appointmentsConnection(filter: { ids: $ids }) { totalCount nodes { id } } }',
        { ids: [String(r.apptId)] },
        h,
      ),
    listed: (d, r) => d.totalCount === 1 && d.nodes.length === 1 && d.nodes[0].id === String(r.apptId),
  },
  {
    // The whole feed, page by page: the row's CREATED change (and the appointment it shows) is in it or left out.
    name: 'appointmentChanges',
    field: 'appointmentChanges',
    expect: READ,
    async run(g, h) {
      const doc =
        'query($after: String) { appointmentChanges(after: $after, first: 1000) { edges { node { kind appointmentId appointment { id } } } pageInfo { hasNextPage endCursor } } }';
      const edges: unknown[] = [];
      let after: string | null = null;
      for (;;) {
        const res: GraphQLResponse = await g.gql(doc, { after }, h);
        const page: any = res.body.data?.appointmentChanges;
        if (!page) return res;
        edges.push(...page.edges);
        after = page.pageInfo.endCursor;
        if (!page.pageInfo.hasNextPage) return { ...res, body: { data: { appointmentChanges: { edges } } } };
      }
    },
    listed: (d, r) =>
      d.edges.some(
        (e: { node: { kind: string; appointmentId: string; appointment: { id: string } | null } }) =>
          e.node.kind === 'CREATED' && e.node.appointmentId === String(r.apptId) && e.node.appointment?.id === String(r.apptId),
      ),
  },
  {
    name: 'order(id)',
    field: 'order',
    expect: READ,
    run: (g, h, r) => g.gql('query($id: ID!) { order(id: $id) { id } }', { id: String(r.orderId) }, h),
  },
  {
    name: 'orderByReference',
    field: 'orderByReference',
    expect: READ,
    run: (g, h, r) => g.gql('query($r: String!) { orderByReference(reference: $r) { id } }', { r: r.orderReference }, h),
  },
  {
    name: 'orders (list + total)',
    field: 'orders',
    expect: READ,
    run: (g, h, r) =>
      g.gql('query($ids: [ID!]) { orders(filter: { ids: $ids }) { paging { total } data { id } } }', { ids: [String(r.orderId)] }, h),
    listed: (d, r) => d.paging.total === 1 && d.data.length === 1 && d.data[0].id === String(r.orderId),
  },
  {
    name: 'ordersConnection',
    field: 'ordersConnection',
    expect: READ,
    run: (g, h, r) =>
      g.gql('query($ids: [ID!]) { ordersConnection(filter: { ids: $ids }) { totalCount nodes { id } } }', { ids: [String(r.orderId)] }, h),
    listed: (d, r) => d.totalCount === 1 && d.nodes.length === 1 && d.nodes[0].id === String(r.orderId),
  },
  {
    name: 'customer(id)',
    field: 'customer',
    expect: READ,
    run: (g, h, r) => g.gql('query($id: ID!) { customer(id: $id) { id } }', { id: String(r.customerId) }, h),
  },
  {
    name: 'customerByReference',
    field: 'customerByReference',
    expect: READ,
    run: (g, h, r) => g.gql('query($r: String!) { customerByReference(reference: $r) { id } }', { r: r.customerReference }, h),
  },
  {
    name: 'customers (list + total)',
    field: 'customers',
    expect: READ,
    run: (g, h, r) =>
      g.gql('query($ids: [ID!]) { customers(filter: { ids: $ids }) { paging { total } data { id } } }', { ids: [String(r.customerId)] }, h),
    listed: (d, r) => d.paging.total === 1 && d.data.length === 1 && d.data[0].id === String(r.customerId),
  },
  {
    name: 'customersConnection',
    field: 'customersConnection',
    expect: READ,
    run: (g, h, r) =>
      g.gql(
        'query($ids: [ID!]) { customersConnection(filter: { ids: $ids }) { totalCount nodes { id } } }',
        { ids: [String(r.customerId)] },
        h,
      ),
    listed: (d, r) => d.totalCount === 1 && d.nodes.length === 1 && d.nodes[0].id === String(r.customerId),
  },
  {
    name: 'appointmentCategory(id)',
    field: 'appointmentCategory',
    expect: EVERYONE,
    run: (g, h, r) => g.gql('query($id: ID!) { appointmentCategory(id: $id) { id } }', { id: String(r.categoryId) }, h),
  },
  {
    name: 'appointmentCategoryByReference',
    field: 'appointmentCategoryByReference',
    expect: EVERYONE,
    run: (g, h, r) => g.gql('query($r: String!) { appointmentCategoryByReference(reference: $r) { id } }', { r: r.categoryReference }, h),
  },
  {
    name: 'appointmentCategories (list + total)',
    field: 'appointmentCategories',
    expect: EVERYONE,
    run: (g, h, r) =>
      g.gql(
        'query($ids: [ID!]) { appointmentCategories(filter: { ids: $ids }) { paging { total } data { id } } }',
        { ids: [String(r.categoryId)] },
        h,
      ),
    listed: (d, r) => d.paging.total === 1 && d.data.length === 1 && d.data[0].id === String(r.categoryId),
  },
  {
    name: 'appointmentCategoriesConnection',
    field: 'appointmentCategoriesConnection',
    expect: EVERYONE,
    run: (g, h, r) =>
      g.gql(
        'query($ids: [ID!]) { appointmentCategoriesConnection(filter: { ids: $ids }) { totalCount nodes { id } } }',
        { ids: [String(r.categoryId)] },
        h,
      ),
    listed: (d, r) => d.totalCount === 1 && d.nodes.length === 1 && d.nodes[0].id === String(r.categoryId),
  },
  {
    name: 'photographer(id)',
    field: 'photographer',
    expect: EVERYONE,
    run: (g, h, r) => g.gql('query($id: ID!) { photographer(id: $id) { id } }', { id: String(r.photographerId) }, h),
  },
  {
    name: 'photographerByReference',
    field: 'photographerByReference',
    expect: EVERYONE,
    run: (g, h, r) => g.gql('query($r: String!) { photographerByReference(reference: $r) { id } }', { r: r.photographerReference }, h),
  },
  {
    name: 'photographers (list + total)',
    field: 'photographers',
    expect: EVERYONE,
    run: (g, h, r) =>
      g.gql(
        'query($ids: [ID!]) { photographers(filter: { ids: $ids }) { paging { total } data { id } } }',
        { ids: [String(r.photographerId)] },
        h,
      ),
    listed: (d, r) => d.paging.total === 1 && d.data.length === 1 && d.data[0].id === String(r.photographerId),
  },
  {
    name: 'photographersConnection',
    field: 'photographersConnection',
    expect: EVERYONE,
    run: (g, h, r) =>
      g.gql(
        'query($ids: [ID!]) { photographersConnection(filter: { ids: $ids }) { totalCount nodes { id } } }',
        { ids: [String(r.photographerId)] },
        h,
      ),
    listed: (d, r) => d.totalCount === 1 && d.nodes.length === 1 && d.nodes[0].id === String(r.photographerId),
  },
  {
    name: 'contact(id)',
    field: 'contact',
    expect: READ,
    run: (g, h, r) => g.gql('query($id: ID!) { contact(id: $id) { id } }', { id: String(r.contactId) }, h),
  },
  {
    name: 'contacts(customerId)',
    field: 'contacts',
    expect: READ,
    run: (g, h, r) => g.gql('query($c: ID!) { contacts(customerId: $c) { data { id } } }', { c: String(r.customerId) }, h),
  },
  {
    name: 'contacts (every visible one, list + total)',
    field: 'contacts',
    expect: READ,
    run: (g, h, r) =>
      g.gql('query($ids: [ID!]) { contacts(filter: { ids: $ids }) { paging { total } data { id } } }', { ids: [String(r.contactId)] }, h),
    listed: (d, r) => d.paging.total === 1 && d.data.length === 1 && d.data[0].id === String(r.contactId),
  },
  {
    name: 'contactsConnection(customerId)',
    field: 'contactsConnection',
    expect: READ,
    run: (g, h, r) =>
      g.gql('query($c: ID!) { contactsConnection(customerId: $c) { totalCount nodes { id } } }', { c: String(r.customerId) }, h),
  },
  {
    name: 'contactsConnection (every visible one)',
    field: 'contactsConnection',
    expect: READ,
    run: (g, h, r) =>
      g.gql(
        'query($ids: [ID!]) { contactsConnection(filter: { ids: $ids }) { totalCount nodes { id } } }',
        { ids: [String(r.contactId)] },
        h,
      ),
    listed: (d, r) => d.totalCount === 1 && d.nodes.length === 1 && d.nodes[0].id === String(r.contactId),
  },
  {
    // Every role sees that the photographer is busy; `ok` = the busy time names the appointment, `hidden` = its id is null.
    name: 'photographerAvailability',
    field: 'photographerAvailability',
    expect: READ,
    run: async (g, h, r) => {
      const photographer = await photographerOf(g);
      await g.db.getRepository(Appointment).update({ id: r.apptId }, { photographerUserId: photographer });
      return g.gql(
        `query($p: ID!) { photographerAvailability(from: "2026-01-05T08:00:00Z", to: "2026-01-05T12:00:00Z", photographerIds: [$p]) {
          busy { appointmentId } } }`,
        { p: String(photographer) },
        h,
      );
    },
    listed: (d, r) => d.length === 1 && d[0].busy.some((b: { appointmentId: string | null }) => b.appointmentId === String(r.apptId)),
  },
  {
    name: 'updateAppointment',
    field: 'updateAppointment',
    expect: UPDATE,
    run: (g, h, r) =>
      g.gql(
        'mutation($id: ID!, $s: String!) { updateAppointment(id: $id, input: { title: "Moved", updatedAtMt: $s }) { id } }',
        { id: String(r.apptId), s: r.stamp },
        h,
      ),
  },
  {
    name: 'updateAppointmentByReference',
    field: 'updateAppointmentByReference',
    expect: UPDATE,
    run: (g, h, r) =>
      g.gql(
        'mutation($r: String!, $s: String!) { updateAppointmentByReference(reference: $r, input: { title: "Moved", updatedAtMt: $s }) { id } }',
        { r: r.reference, s: r.stamp },
        h,
      ),
  },
  {
    name: 'createAppointment (for the customer)',
    field: 'createAppointment',
    expect: STAFF,
    run: (g, h, r) =>
      g.gql(
        `mutation($c: ID!) { createAppointment(input: { title: "New", customerId: $c,
      startDate: "2026-03-01T10:00:00Z", endDate: "2026-03-01T11:00:00Z" }) { id } }`,
        { c: String(r.customerId) },
        h,
      ),
  },
  {
    name: 'upsertAppointment (existing reference)',
    field: 'upsertAppointment',
    expect: STAFF,
    run: (g, h, r) =>
      g.gql(
        'mutation($r: String!) { upsertAppointment(reference: $r, input: { title: "Upserted", startDate: "2026-03-01T10:00:00Z", endDate: "2026-03-01T11:00:00Z" }) { outcome } }',
        { r: r.reference },
        h,
      ),
  },
  {
    name: 'deleteAppointment',
    field: 'deleteAppointment',
    expect: STAFF,
    run: (g, h, r) => g.gql('mutation($id: ID!) { deleteAppointment(id: $id) { success } }', { id: String(r.apptId) }, h),
  },
  {
    name: 'deleteAppointmentByReference',
    field: 'deleteAppointmentByReference',
    expect: STAFF,
    run: (g, h, r) => g.gql('mutation($r: String!) { deleteAppointmentByReference(reference: $r) { success } }', { r: r.reference }, h),
  },
  {
    name: 'signOffOrder',
    field: 'signOffOrder',
    expect: STAFF,
    run: (g, h, r) =>
      g.gql(
        'mutation($o: ID!, $s: String!, $a: ID!) { signOffOrder(input: { orderId: $o, updatedAt: $s, appointment: { apptId: $a } }) { order { id } } }',
        { o: String(r.orderId), s: r.orderStamp, a: String(r.apptId) },
        h,
      ),
  },
];

const T0 = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));

describe('permissions: every operation × role × own and foreign rows', () => {
  let g: TestGateway;
  let own: number;
  let foreign: number;
  let referenceData: Pick<Row, 'categoryId' | 'categoryReference' | 'photographerId' | 'photographerReference'>;
  const callers = {} as Record<Caller, Record<string, string>>;
  let n = 0;

  /** A fresh order and appointment of `customerId`, so that writes never see each other's rows. */
  async function arrangeRow(customerId: number): Promise<Row> {
    n += 1;
    const orderStamp = newStamp(T0);
    const orderReference = `M-O${n}-${randomUUID().slice(0, 6)}`;
    const orderId = (
      await g.db.getRepository(Order).insert({
        reference: orderReference,
        customerId,
        notes: null,
        createdAt: T0,
        lastUpdated: T0,
        updatedAt: orderStamp,
      } as never)
    ).identifiers[0].id;
    const stamp = newStamp(T0);
    const reference = `M-A${n}-${randomUUID().slice(0, 6)}`;
    const uuid = randomUUID();
    const apptId = (
      await g.db.getRepository(Appointment).insert({
        uuid,
        reference,
        title: `Matrix ${n}`,
        customerId,
        orderId,
        startDate: T0,
        endDate: new Date(T0.getTime() + 3600_000),
        createdAt: T0,
        updatedAt: T0,
        updatedAtMt: stamp,
        createdBy: 'fixture',
        updatedBy: 'fixture',
      })
    ).identifiers[0].id;
    const contactId = (
      await g.db.getRepository(Contact).insert({ customerId, name: `Matrix ${n}`, email: `m${n}@example.com`, phone: null })
    ).identifiers[0].id as number;
    return {
      apptId,
      contactId,
      reference,
      uuid,
      stamp,
      orderId,
      orderReference,
      orderStamp,
      customerId,
      customerReference: customerId === own ? 'M-OWN' : 'M-FOREIGN',
      ...referenceData,
    };
  }

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none', changes });
    const customer = async (reference: string) =>
      (await g.db.getRepository(Customer).insert({ reference, name: reference, createdAt: T0 })).identifiers[0].id as number;
    own = await customer('M-OWN');
    foreign = await customer('M-FOREIGN');
    const third = await customer('M-THIRD');
    const categoryId = (await g.db.getRepository(AppointmentCategory).insert({ reference: 'm-category', name: 'Matrix' })).identifiers[0]
      .id;
    const photographerId = await g.createUser('m-photographer', 'employee');
    await g.db.getRepository(Employee).update({ userId: photographerId }, { photographer: true });
    referenceData = { categoryId, categoryReference: 'm-category', photographerId, photographerReference: 'm-photographer' };
    callers.employee = await g.tokenFor({ role: 'employee' });
    callers.liaison = await g.tokenFor({ role: 'liaison', customerIds: [own, third] });
    callers.client = await g.tokenFor({ role: 'client', customerIds: [own] });
    callers['app-token'] = g.headersFor(await g.createAppToken({ application: 'planox2', name: 'matrix' }), 'planox2');
  });
  afterAll(async () => {
    await g.close();
  });

  const cases = OPERATIONS.flatMap((op) =>
    (Object.keys(op.expect) as Caller[]).flatMap((caller) =>
      (['own', 'foreign'] as const).map((whose, i) => ({ op, caller, whose, expected: op.expect[caller][i] })),
    ),
  );

  it.each(cases.map((c) => [`${c.op.name} as ${c.caller} on a ${c.whose} row: ${c.expected}`, c] as const))('%s', async (_name, c) => {
    const row = await arrangeRow(c.whose === 'own' ? own : foreign);
    const res = await c.op.run(g, callers[c.caller], row);
    const data = res.body.data?.[c.op.field];
    const error = res.body.errors?.[0]?.extensions;
    let outcome: string;
    if (c.op.listed && !error) {
      outcome = data && c.op.listed(data, row) ? 'ok' : 'hidden';
    } else if (!error && data != null) {
      outcome = 'ok';
    } else if (error?.code === 'not-found' && data == null) {
      outcome = 'hidden';
    } else if (error?.code === 'permission-denied' && data == null) {
      outcome = 'denied';
    } else {
      outcome = `unexpected: ${JSON.stringify(res.body)}`;
    }
    expect(outcome).toBe(c.expected);
    if (c.expected !== 'ok') {
      // A refused or hidden write changed nothing.
      const after = await g.db.getRepository(Appointment).findOneBy({ id: row.apptId });
      expect(after?.updatedAtMt).toBe(row.stamp);
    }
  });

  it('covers every query, mutation and subscription of the schema (except viewer and errorCatalog, which need no row)', async () => {
    const res = await g.gql(
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }',
    );
    const { queryType, mutationType, subscriptionType } = res.body.data.__schema;
    const names = [...queryType.fields, ...(mutationType?.fields ?? []), ...(subscriptionType?.fields ?? [])].map(
      (f: { name: string }) => f.name,
    );
    const covered = new Set(OPERATIONS.map((op) => op.field).concat(['viewer', 'errorCatalog']));
    expect(names.filter((name: string) => !covered.has(name))).toEqual([]);
  });
});
