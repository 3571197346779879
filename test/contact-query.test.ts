import { Contact, Customer } from '../src/database/entities';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * Contact reads over real HTTP, as every other record type reads: contact(id), contacts (of one
 * customer or of every visible one) and contactsConnection, with their filter (patterns with a
 * literal %, _ and \), sorts with the id tie-break, both paging styles agreeing, Contact.customer
 * loaded without a statement per contact, the row rules of every role (a foreign contact or
 * customer answered exactly as a missing one), and bad input naming the argument.
 */

const T0 = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));

const PAGE = `query($customerId: ID, $filter: ContactFilter, $max: Int, $offset: Int, $sort: ContactSort, $order: SortOrder) {
  contacts(customerId: $customerId, filter: $filter, max: $max, offset: $offset, sort: $sort, order: $order) {
    paging { total max offset previousOffset nextOffset } data { id name email customerId } } }`;

const CONNECTION = `query($customerId: ID, $filter: ContactFilter, $first: Int, $after: String, $sort: ContactSort, $order: SortOrder) {
  contactsConnection(customerId: $customerId, filter: $filter, first: $first, after: $after, sort: $sort, order: $order) {
    totalCount edges { cursor node { id name } } nodes { id name } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

type Row = { id: string; name: string; email: string | null; customerId: string | null };
type Page = { paging: Record<string, number | null>; data: Row[] };

describe('contact reads', () => {
  let g: TestGateway;
  const customers: Record<string, number> = {};
  const contacts: Record<string, number> = {};

  const customer = async (reference: string) =>
    (customers[reference] = (await g.db.getRepository(Customer).insert({ reference, name: reference, createdAt: T0 })).identifiers[0]
      .id as number);
  const contact = async (key: string, customerRef: string | null, name: string, email: string | null) =>
    (contacts[key] = (
      await g.db
        .getRepository(Contact)
        .insert({ customerId: customerRef === null ? null : customers[customerRef], name, email, phone: null })
    ).identifiers[0].id as number);

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    // Filters: literal %, _ and \ in names and emails.
    await customer('CT-F');
    await contact('ann', 'CT-F', 'Ann 50% Off', 'ann.50%@f.example');
    await contact('bob_', 'CT-F', 'bob_smith', 'bob_smith@f.example');
    await contact('bobX', 'CT-F', 'bobXsmith', 'bobxsmith@f.example');
    await contact('back', 'CT-F', 'back\\slash', 'back\\slash@f.example');
    await contact('zed', 'CT-F', 'Zed', 'ZED@F.EXAMPLE');
    await contact('none', 'CT-F', 'No Mail', null);
    // Sorts: names and emails with ties (broken by id), one contact without email.
    await customer('CT-S');
    await contact('s1', 'CT-S', 'b', 'z@s.example');
    await contact('s2', 'CT-S', 'a', null);
    await contact('s3', 'CT-S', 'c', 'a@s.example');
    await contact('s4', 'CT-S', 'a', 'z@s.example');
    // Row rules: an own, a second own (the liaison's) and a foreign customer; a contact of no customer.
    await customer('CT-OWN');
    await customer('CT-SIBLING');
    await customer('CT-FOREIGN');
    await contact('own', 'CT-OWN', 'Own', 'own@r.example');
    await contact('sibling', 'CT-SIBLING', 'Sibling', 'sibling@r.example');
    await contact('foreign', 'CT-FOREIGN', 'Foreign', 'foreign@r.example');
    await contact('orphan', null, 'Orphan', 'orphan@r.example');
    // Statements: 300 contacts over 30 customers.
    for (let c = 0; c < 30; c++) {
      const ref = `CT-M${String(c).padStart(2, '0')}`;
      await customer(ref);
      const values = Array.from({ length: 10 }, (_, i) => ({
        customerId: customers[ref],
        name: `many ${String(c * 10 + i).padStart(3, '0')}`,
        email: null,
        phone: null,
      }));
      await g.db.getRepository(Contact).insert(values);
    }
  });
  afterAll(() => g.close());

  const ok = async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
    const res = await g.gql(query, variables, headers);
    expect(res.body.errors).toBeUndefined();
    return res.body.data;
  };
  const page = async (variables: Record<string, unknown>, headers?: Record<string, string>): Promise<Page> =>
    (await ok(PAGE, variables, headers)).contacts;
  const keys = (rows: { id: string }[]) => rows.map((r) => Object.keys(contacts).find((k) => String(contacts[k]) === r.id) ?? r.id);
  /** Every row of the connection, page by page of `first`, following endCursor. */
  const walk = async (variables: Record<string, unknown>, first: number, headers?: Record<string, string>) => {
    const out: { id: string }[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const conn: any = (await ok(CONNECTION, { ...variables, first, after }, headers)).contactsConnection;
      expect(conn.nodes).toEqual(conn.edges.map((e: { node: unknown }) => e.node));
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      out.push(...conn.nodes);
      if (!conn.pageInfo.hasNextPage) return out;
      after = conn.pageInfo.endCursor;
    }
    throw new Error('the connection did not end');
  };

  describe('filters', () => {
    const F = () => String(customers['CT-F']);
    it.each([
      [{ name: 'ann*' }, ['ann']],
      [{ name: '*50%*' }, ['ann']],
      [{ name: '*50%' }, []],
      [{ name: '*% off' }, ['ann']],
      // `_` is literal: bob_smith, not bobXsmith.
      [{ name: 'bob_smith' }, ['bob_']],
      [{ name: 'bob_*' }, ['bob_']],
      [{ name: 'bob*' }, ['bob_', 'bobX']],
      [{ name: 'BOBXSMITH' }, ['bobX']],
      // `\` is literal too.
      [{ name: 'back\\*' }, ['back']],
      [{ name: 'BACK\\SLASH' }, ['back']],
      [{ name: 'back*slash' }, ['back']],
      [{ name: 'back\\\\slash' }, []],
      [{ email: '*@f.example' }, ['ann', 'back', 'bob_', 'bobX', 'zed']],
      [{ email: 'zed@*' }, ['zed']],
      [{ email: 'ann.50%@*' }, ['ann']],
      [{ email: 'ann.50_@*' }, []],
      [{ email: 'back\\slash@f.example' }, ['back']],
      [{ email: '*' }, ['ann', 'back', 'bob_', 'bobX', 'zed']],
      [{ name: 'b*', email: 'bob*' }, ['bob_', 'bobX']],
    ])('%j lists %j (by name, ignoring ASCII case)', async (filter, expected) => {
      const p = await page({ customerId: F(), filter, sort: 'ID' });
      expect(keys(p.data).sort()).toEqual([...expected].sort());
      expect(p.paging.total).toBe(expected.length);
      // The same through the connection, and over every customer filtered by customerIds.
      expect(keys(await walk({ customerId: F(), filter, sort: 'ID' }, 100)).sort()).toEqual([...expected].sort());
      const every = await page({ filter: { ...filter, customerIds: [F()] }, sort: 'ID' });
      expect(keys(every.data).sort()).toEqual([...expected].sort());
    });

    it('lists only the ids asked for (and none for an empty list), and only the customers asked for', async () => {
      const p = await page({ filter: { ids: [String(contacts.s3), String(contacts.ann), '999999'] }, sort: 'ID' });
      expect(keys(p.data)).toEqual(['ann', 's3']);
      expect((await page({ filter: { ids: [] } })).paging.total).toBe(0);
      const two = await page({ filter: { customerIds: [String(customers['CT-S']), String(customers['CT-OWN'])] }, sort: 'ID' });
      expect(keys(two.data)).toEqual(['s1', 's2', 's3', 's4', 'own']);
      // With customerId, the filter narrows that customer's contacts.
      expect((await page({ customerId: String(customers['CT-S']), filter: { customerIds: [String(customers['CT-F'])] } })).data).toEqual(
        [],
      );
      expect(
        keys((await page({ customerId: String(customers['CT-S']), filter: { ids: [String(contacts.s3), String(contacts.ann)] } })).data),
      ).toEqual(['s3']);
    });
  });

  describe('paging and sorts', () => {
    const S = () => String(customers['CT-S']);

    it("pages one customer's contacts by name then id by default, with the total and the neighbouring offsets", async () => {
      const p = await page({ customerId: S(), max: 2, offset: 1 });
      expect(keys(p.data)).toEqual(['s4', 's1']);
      expect(p.paging).toEqual({ total: 4, max: 2, offset: 1, previousOffset: 0, nextOffset: 3 });
      const none = await page({ customerId: S(), max: 0 });
      expect(none).toEqual({ data: [], paging: { total: 4, max: 0, offset: 0, previousOffset: null, nextOffset: null } });
      expect(keys((await page({ customerId: S(), sort: null, order: null, max: null, offset: null })).data)).toEqual([
        's2',
        's4',
        's1',
        's3',
      ]);
      expect((await page({ customerId: S(), offset: 10 })).data).toEqual([]);
    });

    it.each([
      ['ID', 'ASC', ['s1', 's2', 's3', 's4']],
      ['ID', 'DESC', ['s4', 's3', 's2', 's1']],
      ['NAME', 'ASC', ['s2', 's4', 's1', 's3']],
      ['NAME', 'DESC', ['s3', 's1', 's4', 's2']],
      // No email first ascending, last descending.
      ['EMAIL', 'ASC', ['s2', 's3', 's1', 's4']],
      ['EMAIL', 'DESC', ['s4', 's1', 's3', 's2']],
    ])('sorts by %s %s with the id breaking ties, alike in offset pages and connection pages', async (sort, order, expected) => {
      const one = await page({ customerId: S(), sort, order });
      expect(keys(one.data)).toEqual(expected);
      const offsets = await Promise.all([0, 1, 2, 3].map((offset) => page({ customerId: S(), sort, order, max: 1, offset })));
      expect(offsets.flatMap((p) => keys(p.data))).toEqual(expected);
      for (const first of [1, 3, 4]) expect(keys(await walk({ customerId: S(), sort, order }, first))).toEqual(expected);
      // Without customerId, the same list through the filter.
      const byFilter = { filter: { customerIds: [S()] }, sort, order };
      expect(keys((await page(byFilter)).data)).toEqual(expected);
      expect(keys(await walk(byFilter, 1))).toEqual(expected);
    });

    it('answers the connection with its cursors, totalCount and an empty last page', async () => {
      const conn = (await ok(CONNECTION, { customerId: S(), first: 2 })).contactsConnection;
      expect(conn.totalCount).toBe(4);
      expect(keys(conn.nodes)).toEqual(['s2', 's4']);
      expect(conn.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: conn.edges[0].cursor });
      expect(conn.pageInfo.endCursor).toBe(conn.edges[1].cursor);
      // An edge's cursor continues after that edge.
      const afterFirst = (await ok(CONNECTION, { customerId: S(), first: 1, after: conn.edges[0].cursor })).contactsConnection;
      expect(keys(afterFirst.nodes)).toEqual(['s4']);
      const rest = (await ok(CONNECTION, { customerId: S(), first: 10, after: conn.pageInfo.endCursor })).contactsConnection;
      expect(keys(rest.nodes)).toEqual(['s1', 's3']);
      expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const empty = (await ok(CONNECTION, { customerId: S(), filter: { name: 'nobody*' } })).contactsConnection;
      expect(empty).toEqual({
        totalCount: 0,
        edges: [],
        nodes: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      });
    });
  });

  describe('look-ups', () => {
    it('finds a contact by id, with its customer', async () => {
      const data = await ok('query($id: ID!) { contact(id: $id) { id name email phone customerId customer { reference } } }', {
        id: String(contacts.ann),
      });
      expect(data.contact).toEqual({
        id: String(contacts.ann),
        name: 'Ann 50% Off',
        email: 'ann.50%@f.example',
        phone: null,
        customerId: String(customers['CT-F']),
        customer: { reference: 'CT-F' },
      });
      const orphan = await ok(`{ contact(id: "${contacts.orphan}") { name customerId customer { id } } }`);
      expect(orphan.contact).toEqual({ name: 'Orphan', customerId: null, customer: null });
    });

    it('is null with not-found for a contact that does not exist', async () => {
      const res = await g.gql('{ contact(id: "999999") { id } }');
      expect(res.body.data).toEqual({ contact: null });
      expect(res.body.errors![0]).toMatchObject({
        message: "The contact with the id 999999 doesn't exist.",
        extensions: { code: 'not-found', status: 404, params: ['id'] },
      });
    });
  });

  describe('row rules', () => {
    let client: Record<string, string>;
    let liaison: Record<string, string>;
    beforeAll(async () => {
      client = await g.tokenFor({ role: 'client', customerIds: [customers['CT-OWN']] });
      liaison = await g.tokenFor({ role: 'liaison', customerIds: [customers['CT-OWN'], customers['CT-SIBLING']] });
    });
    const R = { filter: { email: '*@r.example' }, sort: 'ID' };

    it('lists a client its own customer’s contacts, a liaison its customers’, staff every one (contacts of no customer too)', async () => {
      expect(keys((await page(R, client)).data)).toEqual(['own']);
      expect((await page({ max: 0 }, client)).paging.total).toBe(1);
      expect(keys((await page(R, liaison)).data)).toEqual(['own', 'sibling']);
      expect((await page({ max: 0 }, liaison)).paging.total).toBe(2);
      expect(keys((await page(R)).data)).toEqual(['own', 'sibling', 'foreign', 'orphan']);
      expect(keys(await walk(R, 1, client))).toEqual(['own']);
      expect(keys(await walk(R, 1, liaison))).toEqual(['own', 'sibling']);
      expect((await ok('{ contactsConnection { totalCount } }', undefined, liaison)).contactsConnection.totalCount).toBe(2);
      // A filter naming a foreign contact or customer leaves it out, as a missing one.
      const foreignIds = { filter: { ids: [String(contacts.foreign), String(contacts.orphan)] } };
      expect((await page(foreignIds, liaison)).paging.total).toBe(0);
      expect((await page({ filter: { customerIds: [String(customers['CT-FOREIGN'])] } }, liaison)).paging.total).toBe(0);
      expect((await page({ customerId: String(customers['CT-SIBLING']) }, liaison)).data.map((c) => c.name)).toEqual(['Sibling']);
    });

    it('answers a foreign contact, and the contacts of a foreign customer, exactly as missing ones', async () => {
      const DOC = `query($id: ID!, $c: ID!) { a: contact(id: $id) { id } b: contacts(customerId: $c) { data { id } }
        c: contactsConnection(customerId: $c) { nodes { id } } }`;
      // Messages name the id sent: compared with the digits masked.
      const shape = (r: Awaited<ReturnType<TestGateway['gql']>>) =>
        r.body
          .errors!.map((e) => [e.path, e.extensions.code, e.extensions.status, e.extensions.params, e.message.replace(/\d+/g, 'N')])
          .sort((x, y) => String(x[0]).localeCompare(String(y[0])));
      for (const headers of [client, liaison]) {
        for (const id of [String(contacts.foreign), String(contacts.orphan)]) {
          const foreign = await g.gql(DOC, { id, c: String(customers['CT-FOREIGN']) }, headers);
          const missing = await g.gql(DOC, { id: '999998', c: '999998' }, headers);
          expect(foreign.body.data).toEqual({ a: null, b: null, c: null });
          expect(missing.body.data).toEqual({ a: null, b: null, c: null });
          expect(shape(foreign)).toEqual(shape(missing));
          expect(shape(foreign)).toHaveLength(3);
        }
      }
      // Staff see them.
      const staff = await ok(DOC, { id: String(contacts.foreign), c: String(customers['CT-FOREIGN']) });
      expect(staff).toEqual({
        a: { id: String(contacts.foreign) },
        b: { data: [{ id: String(contacts.foreign) }] },
        c: { nodes: [{ id: String(contacts.foreign) }] },
      });
    });

    it('answers Contact.customer for a visible contact, whose customer is visible too', async () => {
      const data = await ok(`{ contact(id: "${contacts.sibling}") { customer { reference } } }`, undefined, liaison);
      expect(data.contact.customer).toEqual({ reference: 'CT-SIBLING' });
    });
  });

  describe('statements', () => {
    it('answers Contact.customer for 1 or 300 contacts with the same statements, on both paging styles and with customerId', async () => {
      const OFFSET = `query($n: Int) { contacts(filter: { name: "many *" }, max: $n) { data { name customer { reference } } } }`;
      const CONN = `query($n: Int) { contactsConnection(filter: { name: "many *" }, first: $n) {
        edges { cursor node { name customer { reference } } } pageInfo { hasNextPage } } }`;
      const OF_CUSTOMER = `query($n: Int, $c: ID) { contacts(customerId: $c, max: $n) { data { name customer { reference } } } }`;
      const statements = async (query: string, n: number, expected: number, c?: string) => {
        g.counter.reset();
        const data = await ok(query, { n, c });
        const rows = data.contacts?.data ?? data.contactsConnection.edges.map((e: { node: unknown }) => e.node);
        expect(rows).toHaveLength(expected);
        for (const row of rows) expect(row.customer.reference).toMatch(/^CT-M\d\d$/);
        return g.counter.count;
      };
      const offsetOne = await statements(OFFSET, 1, 1);
      expect(await statements(OFFSET, 300, 300)).toBe(offsetOne);
      // The page's ids, their rows, their customers (no paging selected: no COUNT).
      expect(offsetOne).toBe(3);
      const connectionOne = await statements(CONN, 1, 1);
      expect(await statements(CONN, 300, 300)).toBe(connectionOne);
      // The page's rows, their customers.
      expect(connectionOne).toBe(2);
      // With customerId: the customer first (then shared by every contact's relation), the ids, the rows.
      const c = String(customers['CT-M07']);
      const ofCustomerOne = await statements(OF_CUSTOMER, 1, 1, c);
      expect(await statements(OF_CUSTOMER, 300, 10, c)).toBe(ofCustomerOne);
      expect(ofCustomerOne).toBe(3);
    });

    it('counts only when paging.total or totalCount is selected', async () => {
      g.counter.reset();
      await ok('{ contacts(max: 1) { data { id } } }');
      expect(g.counter.count).toBe(2);
      g.counter.reset();
      await ok('{ contacts(max: 1) { paging { total } data { id } } contactsConnection(first: 1) { totalCount nodes { id } } }');
      expect(g.counter.count).toBe(5);
    });
  });

  describe('bad input', () => {
    const many = Array.from({ length: 1001 }, (_, i) => String(i + 1));
    const FILTER_FAULTS: [string, Record<string, unknown>, string, string[]][] = [
      ['a filter id that is no id', { filter: { ids: ['1', 'x'] } }, 'invalid-param-type', ['filter.ids']],
      ['a filter customer id that is no id', { filter: { customerIds: ['0'] } }, 'invalid-param-type', ['filter.customerIds']],
      ['1001 filter ids', { filter: { ids: many } }, 'invalid-param', ['filter.ids']],
      ['1001 filter customer ids', { filter: { customerIds: many } }, 'invalid-param', ['filter.customerIds']],
      ['a name pattern of 256 characters', { filter: { name: 'n'.repeat(256) } }, 'invalid-param', ['filter.name']],
      ['an email pattern of 256 characters', { filter: { email: 'e'.repeat(256) } }, 'invalid-param', ['filter.email']],
      ['a customerId that is no id', { customerId: 'abc' }, 'invalid-param-type', ['customerId']],
      ['a customerId of 0', { customerId: '0' }, 'invalid-param-type', ['customerId']],
    ];
    const OFFSET_FAULTS: typeof FILTER_FAULTS = [
      ...FILTER_FAULTS,
      ['max 1001', { max: 1001 }, 'invalid-param', ['max']],
      ['max -1', { max: -1 }, 'invalid-param', ['max']],
      ['offset -1', { offset: -1 }, 'invalid-param', ['offset']],
    ];
    const CONNECTION_FAULTS: typeof FILTER_FAULTS = [
      ...FILTER_FAULTS,
      ['first 1001', { first: 1001 }, 'invalid-param', ['first']],
      ['first -1', { first: -1 }, 'invalid-param', ['first']],
      ['a cursor that is no cursor', { after: 'not a cursor' }, 'invalid-param', ['after']],
    ];

    it.each(OFFSET_FAULTS)('contacts with %s is %s', async (_label, variables, code, params) => {
      const res = await g.gql(PAGE, variables);
      expect({ data: res.body.data, error: res.body.errors?.[0]?.extensions }).toEqual({
        data: { contacts: null },
        error: expect.objectContaining({ code, status: 400, params }),
      });
    });

    it.each(CONNECTION_FAULTS)('contactsConnection with %s is %s', async (_label, variables, code, params) => {
      const res = await g.gql(CONNECTION, variables);
      expect({ data: res.body.data, error: res.body.errors?.[0]?.extensions }).toEqual({
        data: { contactsConnection: null },
        error: expect.objectContaining({ code, status: 400, params }),
      });
    });

    it.each([
      ['{ contact(id: "abc") { id } }', 'invalid-param-type', ['id']],
      ['{ contact(id: "0") { id } }', 'invalid-param-type', ['id']],
    ])('%s is %s', async (query, code, params) => {
      const res = await g.gql(query);
      expect(res.body.data).toEqual({ contact: null });
      expect(res.body.errors![0].extensions).toMatchObject({ code, status: 400, params });
    });

    it.each([
      ['a sort that is not a ContactSort', { sort: 'TITLE' }, ['sort']],
      ['a filter id of the wrong type', { filter: { ids: [{ a: 1 }] } }, ['filter']],
    ])('refuses %s as invalid-param-type (variable coercion)', async (_label, variables, params) => {
      for (const query of [PAGE, CONNECTION]) {
        const res = await g.gql(query, variables);
        expect(res.body.errors![0].extensions).toMatchObject({ code: 'invalid-param-type', status: 400 });
        expect(res.body.errors![0].extensions.params?.[0] ?? '').toContain(params[0]);
      }
    });

    it('refuses a cursor of another query: another list, customer, filter, sort or order, or an edited one', async () => {
      const S = String(customers['CT-S']);
      const cursor = (await ok(CONNECTION, { customerId: S, first: 1 })).contactsConnection.pageInfo.endCursor as string;
      const customerCursor = (await ok('{ customersConnection(first: 1) { pageInfo { endCursor } } }')).customersConnection.pageInfo
        .endCursor as string;
      const refused: Record<string, unknown>[] = [
        { customerId: S, after: customerCursor },
        { after: cursor },
        { customerId: String(customers['CT-F']), after: cursor },
        { customerId: S, filter: { name: 'a*' }, after: cursor },
        { customerId: S, sort: 'EMAIL', after: cursor },
        { customerId: S, order: 'DESC', after: cursor },
        { customerId: S, after: `${cursor.slice(0, -1)}${cursor.endsWith('A') ? 'B' : 'A'}` },
      ];
      for (const vars of refused) {
        const res = await g.gql(CONNECTION, vars);
        expect({ vars, data: res.body.data, error: res.body.errors?.[0]?.extensions }).toEqual({
          vars,
          data: { contactsConnection: null },
          error: expect.objectContaining({ code: 'invalid-param', status: 400, params: ['after'] }),
        });
      }
      // A contacts cursor is no customers cursor either.
      const res = await g.gql('query($a: String) { customersConnection(after: $a) { nodes { id } } }', { a: cursor });
      expect(res.body.errors![0].extensions).toMatchObject({ code: 'invalid-param', params: ['after'] });
    });
  });
});
