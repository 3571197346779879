import { randomUUID } from 'node:crypto';
import { newStamp } from '../src/domain/stamp';
import { Appointment, Customer, Order, OrderLineItem, OrderSignOff } from '../src/database/entities';
import { insertAppointment } from './appointment-mutations.fixtures';
import { tableChecksum } from './support/table-checksum';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * Order reads over real HTTP: every filter (patterns with literal %, _ and \), every sort in both
 * directions with the id tie-break, offset pages and connection pages (a cursor of another query
 * refused), the look-up by reference, the row rules of every role, Customer.orders, and the
 * relations of a page loaded in the same number of statements for 1 row as for 300.
 */

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const at = (hours: number) => new Date(T0 + hours * 3600_000);
const iso = (hours: number) => at(hours).toISOString();

/** The fixture orders: key → reference, customer, signed off at (hours after T0), created at, last written at. */
const ORDERS: [key: number, reference: string | null, customer: string, signedOff: number | null, created: number, updated: number][] = [
  [1, 'OL-A1', 'OL-C1', null, 1, 10],
  [2, 'OL-A2', 'OL-C1', 5, 2, 9],
  [3, 'ol-a3', 'OL-C2', null, 3, 8],
  [4, 'OL_X', 'OL-C2', 4, 4, 7],
  [5, 'OL-50%', 'ol-c3', null, 5, 6],
  [6, null, 'ol-c3', null, 6, 5],
  [7, 'OL-B1', 'OL-C1', 4, 2, 10],
  [8, 'OL\\Z', 'ol-c3', null, 7, 4],
];

const PAGE = `query($filter: OrderFilter, $max: Int, $offset: Int, $sort: OrderSort, $order: SortOrder) {
  orders(filter: $filter, max: $max, offset: $offset, sort: $sort, order: $order) {
    paging { total max offset previousOffset nextOffset } data { id reference } } }`;

const CONNECTION = `query($filter: OrderFilter, $first: Int, $after: String, $sort: OrderSort, $order: SortOrder) {
  ordersConnection(filter: $filter, first: $first, after: $after, sort: $sort, order: $order) {
    totalCount edges { cursor node { id } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

describe('order lists', () => {
  let g: TestGateway;
  const customers: Record<string, number> = {};
  /** Fixture key → order id. */
  const ids: Record<number, number> = {};
  const keysOf = (list: { id: string }[]) => list.map((o) => Number(Object.keys(ids).find((k) => String(ids[Number(k)]) === o.id)));

  const insertCustomer = async (reference: string) =>
    (customers[reference] = (await g.db.getRepository(Customer).insert({ reference, name: reference, createdAt: at(0) })).identifiers[0]
      .id as number);
  const orderRow = (reference: string | null, customerId: number, signedOff: number | null, created: number, updated: number) => ({
    reference,
    customerId,
    notes: null,
    status: signedOff === null ? 'open' : 'signed_off',
    signedOffAt: signedOff === null ? null : at(signedOff),
    signOffCount: signedOff === null ? 0 : 1,
    createdAt: at(created),
    lastUpdated: at(updated),
    updatedAt: newStamp(at(updated)),
  });

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    for (const reference of ['OL-C1', 'OL-C2', 'ol-c3']) await insertCustomer(reference);
    for (const [key, reference, customer, signedOff, created, updated] of ORDERS) {
      ids[key] = (await g.db.getRepository(Order).insert(orderRow(reference, customers[customer], signedOff, created, updated) as never))
        .identifiers[0].id as number;
    }
  });
  afterAll(() => g.close());

  const page = async (variables: Record<string, unknown>, headers?: Record<string, string>) => {
    const res = await g.gql(PAGE, variables, headers);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.orders as { paging: Record<string, number | null>; data: { id: string; reference: string | null }[] };
  };
  const connection = async (variables: Record<string, unknown>, headers?: Record<string, string>) => {
    const res = await g.gql(CONNECTION, variables, headers);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.ordersConnection;
  };
  /** Every row of a connection, page by page (`first` each), checking pageInfo on the way. */
  const walk = async (variables: Record<string, unknown>, first: number, headers?: Record<string, string>) => {
    const seen: { id: string }[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const c = await connection({ ...variables, first, after }, headers);
      expect(c.nodes).toEqual(c.edges.map((e: { node: { id: string } }) => e.node));
      expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(c.pageInfo.endCursor).toBe(c.edges.length ? c.edges[c.edges.length - 1].cursor : null);
      seen.push(...c.nodes);
      if (!c.pageInfo.hasNextPage) return { keys: keysOf(seen), totalCount: c.totalCount as number };
      after = c.pageInfo.endCursor;
    }
    throw new Error('the connection never ended');
  };

  describe('filters', () => {
    const c = (reference: string) => () => customers[reference];
    it.each<[string, Record<string, unknown> | (() => Record<string, unknown>), number[]]>([
      ['nothing', {}, [1, 2, 7, 3, 4, 5, 6, 8]],
      ['a reference prefix, exact in case', { reference: 'OL-A*' }, [1, 2]],
      ['a lower-case reference prefix', { reference: 'ol-a*' }, [3]],
      ['an exact reference', { reference: 'OL-A1' }, [1]],
      ['a reference in another case', { reference: 'ol-A1' }, []],
      ['a reference with a trailing space', { reference: 'OL-A1 ' }, []],
      ['a literal _', { reference: 'OL_*' }, [4]],
      ['a literal %', { reference: '*%' }, [5]],
      ['a literal \\', { reference: 'OL\\*' }, [8]],
      ['customerId', () => ({ customerId: String(c('OL-C1')()) }), [1, 2, 7]],
      ['customerIds', () => ({ customerIds: [String(c('ol-c3')()), String(c('OL-C2')())] }), [3, 4, 5, 6, 8]],
      ['no customerIds', { customerIds: [] }, []],
      ['a customerReference prefix', { customerReference: 'OL-C*' }, [1, 2, 7, 3, 4]],
      ['an exact customerReference', { customerReference: 'ol-c3' }, [5, 6, 8]],
      ['a customerReference in another case', { customerReference: 'OL-C3' }, []],
      ['status signed_off', { status: ['signed_off'] }, [2, 7, 4]],
      ['status open', { status: ['open'] }, [1, 3, 5, 6, 8]],
      ['both statuses', { status: ['signed_off', 'open', 'open'] }, [1, 2, 7, 3, 4, 5, 6, 8]],
      ['no status', { status: [] }, []],
      ['signed off', { signedOff: true }, [2, 7, 4]],
      ['never signed off', { signedOff: false }, [1, 3, 5, 6, 8]],
      ['createdAt gte/lt', { createdAt: { gte: iso(2), lt: iso(4) } }, [2, 7, 3]],
      ['createdAt gt/lte', { createdAt: { gt: iso(2), lte: iso(4) } }, [3, 4]],
      ['lastUpdated lt', { lastUpdated: { lt: iso(7) } }, [5, 6, 8]],
      ['signedOffAt in an hour', { signedOffAt: { gte: iso(4), lt: iso(5) } }, [7, 4]],
      ['signedOffAt from an instant', { signedOffAt: { gte: iso(0) } }, [2, 7, 4]],
      ['a customer and signed off', () => ({ customerId: String(c('OL-C1')()), signedOff: true }), [2, 7]],
      ['ids', () => ({ ids: [String(ids[8]), String(ids[1]), '999999'] }), [1, 8]],
      ['no ids', { ids: [] }, []],
    ])('%s', async (_name, filterOf, expected) => {
      const filter = typeof filterOf === 'function' ? filterOf() : filterOf;
      const p = await page({ filter });
      expect(keysOf(p.data)).toEqual(expected);
      expect(p.paging.total).toBe(expected.length);
      const all = await walk({ filter }, 3);
      expect(all).toEqual({ keys: expected, totalCount: expected.length });
    });
  });

  describe('sorts and paging', () => {
    it.each<[string, string, number[]]>([
      ['ID', 'ASC', [1, 2, 3, 4, 5, 6, 7, 8]],
      ['ID', 'DESC', [8, 7, 6, 5, 4, 3, 2, 1]],
      ['CREATED_AT', 'ASC', [1, 2, 7, 3, 4, 5, 6, 8]],
      ['CREATED_AT', 'DESC', [8, 6, 5, 4, 3, 7, 2, 1]],
      ['LAST_UPDATED', 'ASC', [8, 6, 5, 4, 3, 2, 1, 7]],
      ['LAST_UPDATED', 'DESC', [7, 1, 2, 3, 4, 5, 6, 8]],
      // Never signed off (null) first ascending, last descending; 4 and 7 were signed off at the same instant.
      ['SIGNED_OFF_AT', 'ASC', [1, 3, 5, 6, 8, 4, 7, 2]],
      ['SIGNED_OFF_AT', 'DESC', [2, 7, 4, 8, 6, 5, 3, 1]],
      // Byte order: - (2D) < \ (5C) < _ (5F) < lower case; no reference first ascending.
      ['REFERENCE', 'ASC', [6, 5, 1, 2, 7, 8, 4, 3]],
      ['REFERENCE', 'DESC', [3, 4, 8, 7, 2, 1, 5, 6]],
    ])('%s %s, the id breaking ties: whole, by offset pages and by connection pages', async (sort, order, expected) => {
      expect(keysOf((await page({ sort, order })).data)).toEqual(expected);
      const pages = await Promise.all([0, 3, 6].map((offset) => page({ sort, order, max: 3, offset })));
      expect(pages.flatMap((p) => keysOf(p.data))).toEqual(expected);
      expect(pages.map((p) => [p.paging.previousOffset, p.paging.nextOffset])).toEqual([
        [null, 3],
        [0, 6],
        [3, null],
      ]);
      for (const first of [1, 3]) expect(await walk({ sort, order }, first)).toEqual({ keys: expected, totalCount: 8 });
    });

    it('defaults to CREATED_AT ASC, also for explicit nulls', async () => {
      const p = await page({ filter: null, sort: null, order: null, max: null, offset: null });
      expect(keysOf(p.data)).toEqual([1, 2, 7, 3, 4, 5, 6, 8]);
      expect(p.paging).toEqual({ total: 8, max: 100, offset: 0, previousOffset: null, nextOffset: null });
      const c = await connection({ filter: null, sort: null, order: null, first: null, after: null });
      expect(keysOf(c.nodes)).toEqual([1, 2, 7, 3, 4, 5, 6, 8]);
    });

    it('answers paging alone for max 0, an empty page beyond the end, and an empty connection for first 0', async () => {
      expect(await page({ max: 0 })).toEqual({ data: [], paging: { total: 8, max: 0, offset: 0, previousOffset: null, nextOffset: null } });
      expect((await page({ offset: 20 })).data).toEqual([]);
      const c = await connection({ first: 0 });
      expect(c).toMatchObject({ nodes: [], totalCount: 8, pageInfo: { hasNextPage: true, startCursor: null, endCursor: null } });
    });

    it('refuses a cursor of another query, an altered cursor and an appointment cursor, naming after', async () => {
      const byCreated = await connection({ first: 2 });
      const cursor = byCreated.pageInfo.endCursor as string;
      const a = await insertAppointment(g.db, { customerId: customers['OL-C1'] });
      const appointments = await g.gql(`{ appointmentsConnection(filter: { ids: ["${a.id}"] }, first: 1) { pageInfo { endCursor } } }`);
      const appointmentCursor = appointments.body.data.appointmentsConnection.pageInfo.endCursor as string;
      const [body, mac] = cursor.split('.');
      for (const variables of [
        { after: cursor, sort: 'ID' },
        { after: cursor, order: 'DESC' },
        { after: cursor, filter: { signedOff: false } },
        { after: `${body}x.${mac}` },
        { after: 'not-a-cursor' },
        { after: appointmentCursor },
      ]) {
        const res = await g.gql(CONNECTION, { first: 2, ...variables });
        // The connection is non-null: the error nulls the whole answer.
        expect(res.body.data).toBeNull();
        expect(res.body.errors![0].extensions).toMatchObject({ code: 'invalid-param', status: 400, params: ['after'] });
      }
      // The same query takes it.
      expect(keysOf((await connection({ first: 2, after: cursor })).nodes)).toEqual([7, 3]);
      await g.db.getRepository(Appointment).delete({ id: a.id });
    });
  });

  describe('look-ups', () => {
    it('finds an order by id and by exact reference, with its relations', async () => {
      const res = await g.gql(
        `query($id: ID!, $r: String!) { byId: order(id: $id) { id reference }
          byRef: orderByReference(reference: $r) { id status signedOffAt customer { reference } lineItems { id } signOffs { id } appointments { id } } }`,
        { id: String(ids[1]), r: 'OL_X' },
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data).toEqual({
        byId: { id: String(ids[1]), reference: 'OL-A1' },
        byRef: {
          id: String(ids[4]),
          status: 'signed_off',
          signedOffAt: iso(4),
          customer: { reference: 'OL-C2' },
          lineItems: [],
          signOffs: [],
          appointments: [],
        },
      });
    });

    it.each(['ol-a1', 'OL-A1 ', ' OL-A1', 'OL-A*', 'OL-NONE', ''])('orderByReference(%j) is null with not-found', async (reference) => {
      const res = await g.gql('query($r: String!) { orderByReference(reference: $r) { id } }', { r: reference });
      expect(res.body.data).toEqual({ orderByReference: null });
      expect(res.body.errors![0]).toMatchObject({
        message: `The order with the reference ${reference} doesn't exist.`,
        extensions: { code: 'not-found', status: 404, params: ['reference'] },
      });
    });
  });

  describe('row rules', () => {
    let client: Record<string, string>;
    let liaison: Record<string, string>;
    beforeAll(async () => {
      client = await g.tokenFor({ role: 'client', customerIds: [customers['OL-C1']] });
      liaison = await g.tokenFor({ role: 'liaison', customerIds: [customers['OL-C1'], customers['OL-C2']] });
    });

    it("lists only the orders in scope: a client its customer's, a liaison its customers', in both paging styles", async () => {
      expect(keysOf((await page({}, client)).data)).toEqual([1, 2, 7]);
      expect((await page({}, client)).paging.total).toBe(3);
      expect(await walk({}, 2, client)).toEqual({ keys: [1, 2, 7], totalCount: 3 });
      expect(keysOf((await page({ sort: 'REFERENCE', order: 'DESC' }, liaison)).data)).toEqual([3, 4, 7, 2, 1]);
      expect(await walk({ sort: 'SIGNED_OFF_AT' }, 2, liaison)).toEqual({ keys: [1, 3, 4, 7, 2], totalCount: 5 });
      // A filter naming a foreign customer or order finds nothing, as if it did not exist.
      const foreign = { customerIds: [String(customers['ol-c3'])] };
      expect((await page({ filter: foreign }, liaison)).paging.total).toBe(0);
      expect((await page({ filter: { ids: [String(ids[5])] } }, client)).paging.total).toBe(0);
      expect((await page({ filter: { customerReference: 'ol-c3' } }, liaison)).paging.total).toBe(0);
    });

    it('answers a foreign order exactly as a missing one, by id and by reference', async () => {
      for (const headers of [client, liaison]) {
        const foreign = await g.gql(
          `{ a: order(id: "${ids[5]}") { id } b: orderByReference(reference: "OL-50%") { id } }`,
          undefined,
          headers,
        );
        const missing = await g.gql(
          '{ a: order(id: "999998") { id } b: orderByReference(reference: "OL-NONE") { id } }',
          undefined,
          headers,
        );
        expect(foreign.body.data).toEqual({ a: null, b: null });
        const shape = (r: typeof foreign) =>
          r.body
            .errors!.map((e) => [e.path, e.extensions.code, e.extensions.status, e.extensions.params])
            .sort((x, y) => String(x[0]).localeCompare(String(y[0])));
        expect(shape(foreign)).toEqual(shape(missing));
      }
    });

    it('answers Customer.orders of the customers in scope, oldest first: the first page of orders(filter: { customerId })', async () => {
      const res = await g.gql('{ customers(sort: REFERENCE) { data { reference orders { id } } } }', undefined, liaison);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.customers.data.map((c: any) => [c.reference, keysOf(c.orders)])).toEqual([
        ['OL-C1', [1, 2, 7]],
        ['OL-C2', [3, 4]],
      ]);
      const all = await g.gql('{ customers(sort: REFERENCE) { data { reference orders { id } } } }');
      expect(all.body.data.customers.data.map((c: any) => [c.reference, keysOf(c.orders)])).toEqual([
        ['OL-C1', [1, 2, 7]],
        ['OL-C2', [3, 4]],
        ['ol-c3', [5, 6, 8]],
      ]);
    });
  });

  describe('bad input', () => {
    it.each<[string, Record<string, unknown>, string, string[]]>([
      ['max 1001', { max: 1001 }, 'invalid-param', ['max']],
      ['max -1', { max: -1 }, 'invalid-param', ['max']],
      ['offset -1', { offset: -1 }, 'invalid-param', ['offset']],
      ['an id that is no number', { filter: { ids: ['1', 'x'] } }, 'invalid-param-type', ['filter.ids']],
      ['1001 ids', { filter: { ids: Array.from({ length: 1001 }, (_, i) => String(i + 1)) } }, 'invalid-param', ['filter.ids']],
      ['a customerId that is no number', { filter: { customerId: 'abc' } }, 'invalid-param-type', ['filter.customerId']],
      ['a customer id 0', { filter: { customerIds: ['0'] } }, 'invalid-param-type', ['filter.customerIds']],
      [
        '1001 customerIds',
        { filter: { customerIds: Array.from({ length: 1001 }, (_, i) => String(i + 1)) } },
        'invalid-param',
        ['filter.customerIds'],
      ],
      ['an unknown status', { filter: { status: ['open', 'closed'] } }, 'invalid-param', ['filter.status']],
      ['a status in another case', { filter: { status: ['OPEN'] } }, 'invalid-param', ['filter.status']],
      ['a reference pattern of 256 characters', { filter: { reference: 'r'.repeat(256) } }, 'invalid-param', ['filter.reference']],
      [
        'a customerReference pattern of 256 characters',
        { filter: { customerReference: 'r'.repeat(256) } },
        'invalid-param',
        ['filter.customerReference'],
      ],
      ['an instant not in ISO-8601', { filter: { createdAt: { gte: '2016-08-1Z' } } }, 'invalid-datetime-format', ['filter.createdAt.gte']],
      [
        'an instant without an offset',
        { filter: { lastUpdated: { lt: '2026-01-05 09:00:00' } } },
        'invalid-datetime-format',
        ['filter.lastUpdated.lt'],
      ],
      ['a range from after to before', { filter: { createdAt: { gte: iso(2), lte: iso(1) } } }, 'invalid-param', ['filter.createdAt']],
      ['gt and gte together', { filter: { signedOffAt: { gt: iso(1), gte: iso(1) } } }, 'invalid-param', ['filter.signedOffAt']],
      ['an empty open range', { filter: { signedOffAt: { gt: iso(1), lt: iso(1) } } }, 'invalid-param', ['filter.signedOffAt']],
    ])('%s: orders and ordersConnection are %s, changing nothing', async (_name, variables, code, params) => {
      const before = await tableChecksum(g.db);
      for (const query of [PAGE, CONNECTION]) {
        const { max, offset, ...rest } = variables as { max?: number; offset?: number };
        const vars = query === PAGE ? variables : { ...rest, ...(max !== undefined ? { first: max } : {}) };
        if (query === CONNECTION && offset !== undefined) continue;
        const res = await g.gql(query, vars);
        expect(res.body.data).toBeNull();
        expect(res.body.errors![0].extensions).toMatchObject({
          code,
          status: 400,
          params: query === CONNECTION && params[0] === 'max' ? ['first'] : params,
        });
      }
      expect(await tableChecksum(g.db)).toBe(before);
    });

    it.each([
      ['{ orderByReference { id } }', 'missing-param', ['reference']],
      ['{ orders(sort: NAME) { data { id } } }', 'invalid-param-type', ['sort']],
      ['{ orders(filter: { signedOff: "yes" }) { data { id } } }', 'invalid-param-type', ['filter']],
    ])('%s is %s', async (query, code, params) => {
      const res = await g.gql(query);
      expect(res.body.errors![0].extensions).toMatchObject({ code, status: 400 });
      expect(res.body.errors![0].extensions.params).toEqual(expect.arrayContaining(params));
    });
  });

  describe('statements per page, whatever its size', () => {
    /** 30 customers with 10 orders each; each order with a line item, a sign-off and an appointment. Then one customer with 105. */
    beforeAll(async () => {
      const orders: ReturnType<typeof orderRow>[] = [];
      for (let c = 1; c <= 30; c++) {
        const customerId = await insertCustomer(`OLB-${String(c).padStart(2, '0')}`);
        for (let i = 0; i < 10; i++) orders.push(orderRow(`OLB-${c}-${i}`, customerId, i % 2 ? 20 + i : null, 100 + c * 10 + i, 200));
      }
      const big = await insertCustomer('OLB-BIG');
      for (let i = 0; i < 105; i++) orders.push(orderRow(`OLB-BIG-${i}`, big, null, 1000 - i, 200));
      const orderIds: number[] = [];
      for (let i = 0; i < orders.length; i += 100) {
        const inserted = await g.db.getRepository(Order).insert(orders.slice(i, i + 100) as never);
        orderIds.push(...inserted.identifiers.map((x) => x.id as number));
      }
      const bulk = orderIds.slice(0, 300);
      await g.db
        .getRepository(OrderLineItem)
        .insert(bulk.map((orderId) => ({ orderId, name: 'Photos', quantity: 2, completedQuantity: 1, lastUpdated: at(200) })) as never);
      await g.db.getRepository(OrderSignOff).insert(
        bulk.map((orderId) => ({
          orderId,
          appointmentId: null,
          outcome: 'done',
          notes: null,
          signedBy: 'fixture',
          signedIn: 'planox2',
          signedAt: at(20),
        })) as never,
      );
      for (let i = 0; i < bulk.length; i += 100) {
        await g.db.getRepository(Appointment).insert(
          bulk.slice(i, i + 100).map((orderId, j) => ({
            uuid: randomUUID(),
            reference: `OLB-A-${i + j}`,
            title: 'Shoot',
            orderId,
            customerId: null,
            startDate: at(300),
            endDate: at(301),
            createdAt: at(0),
            updatedAt: at(0),
            updatedAtMt: newStamp(at(0)),
            createdBy: 'fixture',
            updatedBy: 'fixture',
          })),
        );
      }
    }, 60_000);

    const RELATIONS = 'id reference customer { id reference } lineItems { id } appointments { id } signOffs { id }';
    const count = async (query: string, variables: Record<string, unknown>, check: (data: any) => void) => {
      g.counter.reset();
      const res = await g.gql(query, variables);
      expect(res.body.errors).toBeUndefined();
      check(res.body.data);
      return g.counter.count;
    };
    const checkOrders = (n: number) => (list: any[]) => {
      expect(list).toHaveLength(n);
      for (const o of list) {
        expect(o.customer.reference).toMatch(/^OLB-\d\d$/);
        expect([o.lineItems.length, o.appointments.length, o.signOffs.length]).toEqual([1, 1, 1]);
      }
    };

    it('an offset page of 1 or 300 orders with customer, lineItems, appointments and signOffs', async () => {
      const query = `query($max: Int) { orders(filter: { customerReference: "OLB-*" }, max: $max, sort: ID) { data { ${RELATIONS} } } }`;
      const statements = (max: number) => count(query, { max }, (d) => checkOrders(max)(d.orders.data));
      const one = await statements(1);
      expect(await statements(300)).toBe(one);
      // The page's ids, its rows, then one statement per relation (no paging selected: no COUNT).
      expect(one).toBe(6);
    });

    it('a connection page of 1 or 300 orders with the same relations', async () => {
      const query = `query($first: Int) { ordersConnection(filter: { customerReference: "OLB-*" }, first: $first, sort: ID) {
        edges { cursor node { ${RELATIONS} } } } }`;
      const statements = (first: number) =>
        count(query, { first }, (d) => checkOrders(first)(d.ordersConnection.edges.map((e: any) => e.node)));
      const one = await statements(1);
      expect(await statements(300)).toBe(one);
      // The page's rows, then one statement per relation.
      expect(one).toBe(5);
    });

    it('Customer.orders for a page of 1 or 30 customers in one statement, at most 100 per customer', async () => {
      const query = `query($max: Int) { customers(filter: { reference: "OLB-*" }, max: $max) { data { reference orders { id reference } } } }`;
      const statements = (max: number) =>
        count(query, { max }, (d) => {
          expect(d.customers.data).toHaveLength(max);
          for (const c of d.customers.data) {
            const n = Number(c.reference.slice(4));
            expect(c.orders.map((o: any) => o.reference)).toEqual(Array.from({ length: 10 }, (_, i) => `OLB-${n}-${i}`));
          }
        });
      const one = await statements(1);
      expect(await statements(30)).toBe(one);
      // The page's ids, its rows, their orders.
      expect(one).toBe(3);
      const big = await g.gql(`{ customerByReference(reference: "OLB-BIG") { id orders { id } } }`);
      const first = await page({ filter: { customerId: big.body.data.customerByReference.id }, max: 100 });
      expect(big.body.data.customerByReference.orders).toHaveLength(100);
      expect(big.body.data.customerByReference.orders.map((o: any) => o.id)).toEqual(first.data.map((o) => o.id));
      expect(first.paging.nextOffset).toBe(100);
    });
  });
});
