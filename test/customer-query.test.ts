import { Contact, Customer } from '../src/database/entities';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * Customer and contact reads over real HTTP: filters (patterns with literal % and _), paging,
 * sorts with the id tie-break, look-ups, the contacts relation loaded without a statement per
 * customer, the row rules of every role, and bad input naming the argument.
 */

const T0 = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));

const PAGE = `query($filter: CustomerFilter, $max: Int, $offset: Int, $sort: CustomerSort, $order: SortOrder) {
  customers(filter: $filter, max: $max, offset: $offset, sort: $sort, order: $order) {
    paging { total max offset previousOffset nextOffset } data { id reference name } } }`;

describe('customer reads', () => {
  let g: TestGateway;
  const ids: Record<string, number> = {};
  const contactIds: Record<string, number> = {};

  const insertCustomer = async (reference: string, name: string) =>
    (ids[reference] = (await g.db.getRepository(Customer).insert({ reference, name, createdAt: T0 })).identifiers[0].id as number);
  const insertContact = async (customer: string, name: string) =>
    (contactIds[`${customer}/${name}`] = (
      await g.db.getRepository(Contact).insert({ customerId: ids[customer], name, email: `${name}@example.com`, phone: null })
    ).identifiers[0].id as number);

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    await insertCustomer('CQ-A1', 'Alpha 50% Off');
    await insertCustomer('CQ-A2', 'alpha_two');
    await insertCustomer('cq-a3', 'Beta');
    await insertCustomer('CQ_X', 'Delta%');
    // Sorts: names with a tie (broken by id).
    await insertCustomer('CQ-S1', 'b');
    await insertCustomer('CQ-S2', 'a');
    await insertCustomer('CQ-S3', 'c');
    await insertCustomer('CQ-S4', 'a');
    for (let i = 1; i <= 30; i++) {
      const reference = `CQ-N${String(i).padStart(2, '0')}`;
      await insertCustomer(reference, `n${i}`);
      await insertContact(reference, 'zed');
      await insertContact(reference, 'amy');
    }
    await insertContact('CQ-S1', 'sam');
    await insertContact('CQ-S2', 'sue');
  });
  afterAll(() => g.close());

  const page = async (variables: Record<string, unknown>, headers?: Record<string, string>) => {
    const res = await g.gql(PAGE, variables, headers);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.customers as { paging: Record<string, number | null>; data: { id: string; reference: string; name: string }[] };
  };
  const refs = (p: { data: { reference: string }[] }) => p.data.map((c) => c.reference);

  describe('filters', () => {
    it.each([
      [{ reference: 'CQ-A*' }, ['CQ-A1', 'CQ-A2']],
      [{ reference: 'cq-a*' }, ['cq-a3']],
      [{ reference: 'CQ-A1' }, ['CQ-A1']],
      [{ reference: 'cq-A1' }, []],
      [{ reference: 'CQ-A1 ' }, []],
      // `_` and `%` are literal: `CQ_*` is not `CQ` followed by any character.
      [{ reference: 'CQ_*' }, ['CQ_X']],
      [{ reference: 'CQ%' }, []],
      [{ name: 'alpha*' }, ['CQ-A1', 'CQ-A2']],
      [{ name: 'ALPHA_TWO' }, ['CQ-A2']],
      [{ name: 'alpha_*' }, ['CQ-A2']],
      [{ name: '*50%*' }, ['CQ-A1']],
      [{ name: '*%' }, ['CQ_X']],
      [{ name: 'a*', reference: 'CQ-S*' }, ['CQ-S2', 'CQ-S4']],
    ])('%j lists %j', async (filter, expected) => {
      const p = await page({ filter });
      expect(refs(p)).toEqual(expected);
      expect(p.paging.total).toBe(expected.length);
    });

    it('lists only the ids asked for (and none for an empty list)', async () => {
      const p = await page({ filter: { ids: [String(ids['CQ-S3']), String(ids['CQ-A1']), '999999'] } });
      expect(refs(p)).toEqual(['CQ-A1', 'CQ-S3']);
      expect((await page({ filter: { ids: [] } })).paging.total).toBe(0);
    });
  });

  describe('paging and sorts', () => {
    it('pages with the total over all pages and the neighbouring offsets', async () => {
      const p = await page({ filter: { reference: 'CQ-S*' }, max: 2, offset: 1 });
      expect(refs(p)).toEqual(['CQ-S2', 'CQ-S3']);
      expect(p.paging).toEqual({ total: 4, max: 2, offset: 1, previousOffset: 0, nextOffset: 3 });
      const none = await page({ filter: { reference: 'CQ-S*' }, max: 0 });
      expect(none.data).toEqual([]);
      expect(none.paging.total).toBe(4);
      const beyond = await page({ filter: { reference: 'CQ-S*' }, offset: 10 });
      expect(beyond).toEqual({ data: [], paging: { total: 4, max: 100, offset: 10, previousOffset: 0, nextOffset: null } });
    });

    it.each([
      ['ID', 'ASC', ['CQ-S1', 'CQ-S2', 'CQ-S3', 'CQ-S4']],
      ['ID', 'DESC', ['CQ-S4', 'CQ-S3', 'CQ-S2', 'CQ-S1']],
      ['NAME', 'ASC', ['CQ-S2', 'CQ-S4', 'CQ-S1', 'CQ-S3']],
      ['NAME', 'DESC', ['CQ-S3', 'CQ-S1', 'CQ-S4', 'CQ-S2']],
      ['REFERENCE', 'ASC', ['CQ-S1', 'CQ-S2', 'CQ-S3', 'CQ-S4']],
      ['REFERENCE', 'DESC', ['CQ-S4', 'CQ-S3', 'CQ-S2', 'CQ-S1']],
    ])('sorts by %s %s with the id breaking ties', async (sort, order, expected) => {
      expect(refs(await page({ filter: { reference: 'CQ-S*' }, sort, order }))).toEqual(expected);
      // Page by page, the same order.
      const pages = [0, 1, 2, 3].map((offset) => page({ filter: { reference: 'CQ-S*' }, sort, order, max: 1, offset }));
      expect((await Promise.all(pages)).flatMap(refs)).toEqual(expected);
    });

    it('defaults to ID ASC, also for explicit nulls', async () => {
      expect(refs(await page({ filter: { reference: 'CQ-S*' }, sort: null, order: null, max: null, offset: null }))).toEqual([
        'CQ-S1',
        'CQ-S2',
        'CQ-S3',
        'CQ-S4',
      ]);
    });
  });

  describe('look-ups', () => {
    it('finds a customer by id and by exact reference', async () => {
      const res = await g.gql(
        'query($id: ID!, $r: String!) { byId: customer(id: $id) { id reference name } byRef: customerByReference(reference: $r) { id } }',
        { id: String(ids['CQ-A1']), r: 'CQ-A2' },
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data).toEqual({
        byId: { id: String(ids['CQ-A1']), reference: 'CQ-A1', name: 'Alpha 50% Off' },
        byRef: { id: String(ids['CQ-A2']) },
      });
    });

    it.each([
      ['customer(id: "999999")', 'customer', 'id', "The customer with the id 999999 doesn't exist."],
      [
        'customerByReference(reference: "cq-a1")',
        'customerByReference',
        'reference',
        "The customer with the reference cq-a1 doesn't exist.",
      ],
      [
        'customerByReference(reference: "CQ-A*")',
        'customerByReference',
        'reference',
        "The customer with the reference CQ-A* doesn't exist.",
      ],
    ])('%s is null with not-found', async (call, field, param, message) => {
      const res = await g.gql(`{ ${call} { id } }`);
      expect(res.body.data).toEqual({ [field]: null });
      expect(res.body.errors![0]).toMatchObject({ message, extensions: { code: 'not-found', status: 404, params: [param] } });
    });
  });

  describe('contacts', () => {
    it("lists a customer's contacts by name then id, with paging", async () => {
      const customerId = String(ids['CQ-N01']);
      const res = await g.gql('query($c: ID!) { contacts(customerId: $c) { paging { total nextOffset } data { id name email } } }', {
        c: customerId,
      });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.contacts).toEqual({
        paging: { total: 2, nextOffset: null },
        data: [
          { id: String(contactIds['CQ-N01/amy']), name: 'amy', email: 'amy@example.com' },
          { id: String(contactIds['CQ-N01/zed']), name: 'zed', email: 'zed@example.com' },
        ],
      });
      const second = await g.gql(
        'query($c: ID!) { contacts(customerId: $c, max: 1, offset: 1) { paging { total previousOffset } data { name } } }',
        {
          c: customerId,
        },
      );
      expect(second.body.data.contacts).toEqual({ paging: { total: 2, previousOffset: 0 }, data: [{ name: 'zed' }] });
    });

    it('is null with not-found for a customer that does not exist', async () => {
      const res = await g.gql('{ contacts(customerId: "999999") { data { id } } }');
      expect(res.body.data).toEqual({ contacts: null });
      expect(res.body.errors![0].extensions).toMatchObject({ code: 'not-found', params: ['customerId'] });
    });

    it('answers Customer.contacts by id, for every customer of a page, in one statement whatever the page size', async () => {
      const QUERY = `query($max: Int) { customers(filter: { reference: "CQ-N*" }, max: $max) { data { reference contacts { id name } } } }`;
      const statements = async (max: number) => {
        g.counter.reset();
        const res = await g.gql(QUERY, { max });
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data.customers.data).toHaveLength(max);
        for (const c of res.body.data.customers.data) {
          expect(c.contacts).toEqual([
            { id: String(contactIds[`${c.reference}/zed`]), name: 'zed' },
            { id: String(contactIds[`${c.reference}/amy`]), name: 'amy' },
          ]);
        }
        return g.counter.count;
      };
      const one = await statements(1);
      expect(await statements(30)).toBe(one);
      // The page's ids, its rows, their contacts (no paging selected: no COUNT).
      expect(one).toBe(3);
    });
  });

  describe('row rules', () => {
    let client: Record<string, string>;
    let liaison: Record<string, string>;
    beforeAll(async () => {
      client = await g.tokenFor({ role: 'client', customerIds: [ids['CQ-S1']] });
      liaison = await g.tokenFor({ role: 'liaison', customerIds: [ids['CQ-S1'], ids['CQ-S2']] });
    });

    it('lists only the customers in scope: a client its own, a liaison its customers, an employee every one', async () => {
      expect(refs(await page({}, client))).toEqual(['CQ-S1']);
      expect((await page({}, client)).paging.total).toBe(1);
      expect(refs(await page({}, liaison))).toEqual(['CQ-S1', 'CQ-S2']);
      expect(refs(await page({ filter: { reference: 'CQ-S*' } }, liaison))).toEqual(['CQ-S1', 'CQ-S2']);
      expect((await page({ max: 0 })).paging.total).toBe(38);
      // A filter naming a foreign id leaves it out, as a missing one.
      expect((await page({ filter: { ids: [String(ids['CQ-S3'])] } }, liaison)).paging.total).toBe(0);
    });

    it('answers a foreign customer exactly as a missing one, by id, by reference and for its contacts', async () => {
      for (const headers of [client, liaison]) {
        const foreign = await g.gql(
          `{ a: customer(id: "${ids['CQ-S3']}") { id } b: customerByReference(reference: "CQ-S3") { id } c: contacts(customerId: "${ids['CQ-S3']}") { data { id } } }`,
          undefined,
          headers,
        );
        const missing = await g.gql(
          '{ a: customer(id: "999998") { id } b: customerByReference(reference: "CQ-NONE") { id } c: contacts(customerId: "999998") { data { id } } }',
          undefined,
          headers,
        );
        expect(foreign.body.data).toEqual({ a: null, b: null, c: null });
        // Sorted by path: the three fields resolve concurrently, so their errors come in any order.
        const shape = (r: typeof foreign) =>
          r.body
            .errors!.map((e) => [e.path, e.extensions.code, e.extensions.params])
            .sort((x, y) => String(x[0]).localeCompare(String(y[0])));
        expect(shape(foreign)).toEqual(shape(missing));
      }
    });

    it('answers Customer.contacts of the customers in scope only', async () => {
      const res = await g.gql('{ customers { data { reference contacts { name } } } }', undefined, liaison);
      expect(res.body.data.customers.data).toEqual([
        { reference: 'CQ-S1', contacts: [{ name: 'sam' }] },
        { reference: 'CQ-S2', contacts: [{ name: 'sue' }] },
      ]);
      const own = await g.gql(`{ contacts(customerId: "${ids['CQ-S1']}") { data { name } } }`, undefined, client);
      expect(own.body.data.contacts.data).toEqual([{ name: 'sam' }]);
    });
  });

  describe('bad input', () => {
    it.each([
      [{ max: 1001 }, 'invalid-param', ['max']],
      [{ max: -1 }, 'invalid-param', ['max']],
      [{ offset: -1 }, 'invalid-param', ['offset']],
      [{ filter: { ids: ['1', 'x'] } }, 'invalid-param-type', ['filter.ids']],
      [{ filter: { ids: Array.from({ length: 1001 }, (_, i) => String(i + 1)) } }, 'invalid-param', ['filter.ids']],
      [{ filter: { name: 'n'.repeat(256) } }, 'invalid-param', ['filter.name']],
      [{ filter: { reference: 'r'.repeat(256) } }, 'invalid-param', ['filter.reference']],
    ])('customers %j is %s', async (variables, code, params) => {
      const res = await g.gql(PAGE, variables);
      expect(res.body.errors![0].extensions).toMatchObject({ code, status: 400, params });
    });

    it.each([
      ['{ customer(id: "abc") { id } }', 'invalid-param-type', ['id']],
      ['{ contacts(customerId: "0") { data { id } } }', 'invalid-param-type', ['customerId']],
      [`{ contacts(customerId: "1", max: 1001) { data { id } } }`, 'invalid-param', ['max']],
      [`{ contacts(customerId: "1", offset: -1) { data { id } } }`, 'invalid-param', ['offset']],
    ])('%s is %s', async (query, code, params) => {
      const res = await g.gql(query);
      expect(res.body.errors![0].extensions).toMatchObject({ code, status: 400, params });
    });
  });
});
