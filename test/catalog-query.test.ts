import { AppointmentCategory, Contact, Customer, Employee, Liaison, User } from '../src/database/entities';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * The lists by id, name and reference over real HTTP: customersConnection, appointment
 * categories and photographers. Filters (patterns with literal %, _ and \), sorts both ways with
 * the id breaking ties, offset pages and keyset connections agreeing row for row, cursors bound
 * to their query, look-ups (missing, not a photographer, references compared exactly), what each
 * role sees of a photographer, and relations at a cost that does not grow with the page.
 */

const T0 = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));

type Row = { id: string; reference: string; name: string };
type Paged = { offset: (vars: Record<string, unknown>) => Promise<Row[]>; connection: (vars: Record<string, unknown>) => Promise<Row[]> };

/** The GraphQL names of a list by id, name and reference. */
const LISTS = {
  customers: { filter: 'CustomerFilter', sort: 'CustomerSort' },
  appointmentCategories: { filter: 'AppointmentCategoryFilter', sort: 'AppointmentCategorySort' },
  photographers: { filter: 'PhotographerFilter', sort: 'PhotographerSort' },
} as const;
type List = keyof typeof LISTS;

const offsetQuery = (
  list: List,
) => `query($filter: ${LISTS[list].filter}, $max: Int, $offset: Int, $sort: ${LISTS[list].sort}, $order: SortOrder) {
  ${list}(filter: $filter, max: $max, offset: $offset, sort: $sort, order: $order) {
    paging { total max offset previousOffset nextOffset } data { id reference name } } }`;
const connectionQuery = (
  list: List,
) => `query($filter: ${LISTS[list].filter}, $first: Int, $after: String, $sort: ${LISTS[list].sort}, $order: SortOrder) {
  ${list}Connection(filter: $filter, first: $first, after: $after, sort: $sort, order: $order) {
    totalCount edges { cursor node { id reference name } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

describe('catalog reads', () => {
  let g: TestGateway;
  const customers: Record<string, number> = {};
  const categories: Record<string, number> = {};
  const users: Record<string, number> = {};

  const insertCategory = async (reference: string, name: string) =>
    (categories[reference] = (await g.db.getRepository(AppointmentCategory).insert({ reference, name })).identifiers[0].id as number);

  /** A user with an employee record (a photographer or not) and an email. */
  const insertEmployee = async (reference: string, name: string, photographer: boolean) => {
    const id = (await g.db.getRepository(User).insert({ reference, name, email: `${reference}@example.com`, createdAt: T0 })).identifiers[0]
      .id as number;
    await g.db.getRepository(Employee).insert({ userId: id, photographer, title: null });
    return (users[reference] = id);
  };

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    for (const [reference, name] of [
      ['CC-S1', 'b'],
      ['CC-S2', 'a'],
      ['CC-S3', 'c'],
      ['CC-S4', 'a'],
    ]) {
      customers[reference] = (await g.db.getRepository(Customer).insert({ reference, name, createdAt: T0 })).identifiers[0].id as number;
    }
    // 300 customers with two contacts each, for the statement counts.
    const many = Array.from({ length: 300 }, (_, i) => ({ reference: `CC-M${String(i).padStart(3, '0')}`, name: `m${i}`, createdAt: T0 }));
    const manyIds = (await g.db.getRepository(Customer).insert(many)).identifiers.map((x) => x.id as number);
    await g.db
      .getRepository(Contact)
      .insert(manyIds.flatMap((customerId) => ['amy', 'zed'].map((name) => ({ customerId, name, email: null, phone: null }))));

    await insertCategory('photo_shoot', 'Photo shoot');
    await insertCategory('Photo_Shoot', 'Photo shoot, upper');
    await insertCategory('meeting', 'Meeting');
    await insertCategory('call50%', '50% call');
    await insertCategory('a_b', 'a_b');
    await insertCategory('axb', 'axb');
    await insertCategory('back\\slash', 'Back\\slash');
    for (const [reference, name] of [
      ['srt-1', 'b'],
      ['srt-2', 'a'],
      ['srt-3', 'c'],
      ['srt-4', 'a'],
    ]) {
      await insertCategory(reference, name);
    }

    await insertEmployee('ph-1', 'Pat 50% Off', true);
    await insertEmployee('ph-2', 'pat_two', true);
    await insertEmployee('ph-3', 'patXtwo', true);
    await insertEmployee('PH-4', 'Back\\slash', true);
    for (const [reference, name] of [
      ['phs-1', 'b'],
      ['phs-2', 'a'],
      ['phs-3', 'c'],
      ['phs-4', 'a'],
    ]) {
      await insertEmployee(reference, name, true);
    }
    await insertEmployee('emp-np', 'Not a photographer', false);
  });
  afterAll(() => g.close());

  const gqlOk = async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
    const res = await g.gql(query, variables, headers);
    expect(res.body.errors).toBeUndefined();
    return res.body.data;
  };

  /** Both paging styles of a list: the rows of one offset page, and every row of a connection walked page by page. */
  const paged = (list: List, headers?: Record<string, string>): Paged => ({
    offset: async (vars) => (await gqlOk(offsetQuery(list), vars, headers))[list].data,
    connection: async (vars) => {
      const rows: Row[] = [];
      let after: string | null = null;
      for (let page = 0; page < 50; page++) {
        const c: any = (await gqlOk(connectionQuery(list), { ...vars, first: 1, after }, headers))[`${list}Connection`];
        rows.push(...c.edges.map((e: { node: Row }) => e.node));
        expect(c.nodes.map((n: { id: string }) => n.id)).toEqual(c.edges.map((e: { node: Row }) => e.node.id));
        expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
        if (!c.pageInfo.hasNextPage) return rows;
        expect(c.pageInfo.endCursor).toBe(c.edges[c.edges.length - 1].cursor);
        after = c.pageInfo.endCursor;
      }
      throw new Error('the connection did not end');
    },
  });
  const refs = (rows: Row[]) => rows.map((r) => r.reference);

  /** The references a filter lists, in ID order: the same through the offset page and the connection. */
  const listed = async (list: List, filter: Record<string, unknown>) => {
    const viaOffset = refs(await paged(list).offset({ filter }));
    expect(refs(await paged(list).connection({ filter }))).toEqual(viaOffset);
    return viaOffset;
  };

  describe('filters (the same on both paging styles)', () => {
    it.each([
      [{ reference: 'photo_shoot' }, ['photo_shoot']],
      [{ reference: 'Photo*' }, ['Photo_Shoot']],
      [{ reference: 'photo*' }, ['photo_shoot']],
      [{ reference: 'photo_shoot ' }, []],
      // `%`, `_` and `\` are literal: `a_b` is not `a` then any character.
      [{ reference: 'a_b' }, ['a_b']],
      [{ reference: 'a_*' }, ['a_b']],
      [{ reference: 'call50%' }, ['call50%']],
      [{ reference: 'call%' }, []],
      [{ reference: 'back\\*' }, ['back\\slash']],
      [{ name: 'photo shoot*' }, ['photo_shoot', 'Photo_Shoot']],
      [{ name: 'PHOTO SHOOT' }, ['photo_shoot']],
      [{ name: '50%*' }, ['call50%']],
      [{ name: '*_*' }, ['a_b']],
      [{ name: 'back\\slash' }, ['back\\slash']],
      [{ name: 'a*', reference: 'srt-*' }, ['srt-2', 'srt-4']],
    ])('appointmentCategories %j lists %j', async (filter, expected) => {
      expect(await listed('appointmentCategories', filter)).toEqual(expected);
    });

    it.each([
      [{ reference: 'ph-*' }, ['ph-1', 'ph-2', 'ph-3']],
      [{ reference: 'PH-*' }, ['PH-4']],
      [{ name: 'pat*' }, ['ph-1', 'ph-2', 'ph-3']],
      [{ name: 'PAT_TWO' }, ['ph-2']],
      [{ name: '*50%*' }, ['ph-1']],
      [{ name: '*\\*' }, ['PH-4']],
      // An employee who is not a photographer is no row of the list.
      [{ reference: 'emp-np' }, []],
      [{ name: 'Not a photographer' }, []],
    ])('photographers %j lists %j', async (filter, expected) => {
      expect(await listed('photographers', filter)).toEqual(expected);
    });

    it('lists only the ids asked for (a non-photographer id is none of them)', async () => {
      const ids = [categories['meeting'], categories['a_b'], 999999].map(String);
      expect(await listed('appointmentCategories', { ids })).toEqual(['meeting', 'a_b']);
      expect(await listed('photographers', { ids: [users['phs-3'], users['emp-np']].map(String) })).toEqual(['phs-3']);
      expect(await listed('customers', { ids: [customers['CC-S3'], customers['CC-S1']].map(String) })).toEqual(['CC-S1', 'CC-S3']);
      expect(await listed('appointmentCategories', { ids: [] })).toEqual([]);
    });
  });

  describe('sorts and paging', () => {
    const SETS: [List, string, string[]][] = [
      ['customers', 'CC-S*', ['CC-S1', 'CC-S2', 'CC-S3', 'CC-S4']],
      ['appointmentCategories', 'srt-*', ['srt-1', 'srt-2', 'srt-3', 'srt-4']],
      ['photographers', 'phs-*', ['phs-1', 'phs-2', 'phs-3', 'phs-4']],
    ];
    // Names b, a, c, a: the two a's are ordered by id, in the sort's direction.
    const ORDERS: [string, string, number[]][] = [
      ['ID', 'ASC', [0, 1, 2, 3]],
      ['ID', 'DESC', [3, 2, 1, 0]],
      ['NAME', 'ASC', [1, 3, 0, 2]],
      ['NAME', 'DESC', [2, 0, 3, 1]],
      ['REFERENCE', 'ASC', [0, 1, 2, 3]],
      ['REFERENCE', 'DESC', [3, 2, 1, 0]],
    ];
    const cases = SETS.flatMap(([list, pattern, set]) =>
      ORDERS.map(([sort, order, at]) => [list, sort, order, pattern, at.map((i) => set[i])] as const),
    );

    it.each(cases)(
      '%s by %s %s: offset pages and the connection agree, ties broken by id',
      async (list, sort, order, pattern, expected) => {
        const vars = { filter: { reference: pattern }, sort, order };
        const p = paged(list);
        expect(refs(await p.offset(vars))).toEqual(expected);
        const onePerPage = await Promise.all([0, 1, 2, 3].map((offset) => p.offset({ ...vars, max: 1, offset })));
        expect(onePerPage.flatMap(refs)).toEqual(expected);
        expect(refs(await p.connection(vars))).toEqual(expected);
      },
    );

    it.each(Object.keys(LISTS) as List[])('%s: paging, totals and defaults', async (list) => {
      const [, pattern] = SETS.find(([l]) => l === list)!;
      const page = (await gqlOk(offsetQuery(list), { filter: { reference: pattern }, max: 2, offset: 1 }))[list];
      expect(page.paging).toEqual({ total: 4, max: 2, offset: 1, previousOffset: 0, nextOffset: 3 });
      const none = (await gqlOk(offsetQuery(list), { filter: { reference: pattern }, max: 0 }))[list];
      expect(none).toEqual({ data: [], paging: { total: 4, max: 0, offset: 0, previousOffset: null, nextOffset: null } });
      // Explicit nulls mean the defaults: ID ASC, 100 rows from the start.
      const nulls = (await gqlOk(offsetQuery(list), { filter: { reference: pattern }, sort: null, order: null, max: null, offset: null }))[
        list
      ];
      expect(nulls.paging.max).toBe(100);
      const first = (await gqlOk(connectionQuery(list), { filter: { reference: pattern }, first: 3 }))[`${list}Connection`];
      expect(first.totalCount).toBe(4);
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(first.edges.map((e: { node: Row }) => e.node.reference)).toEqual(refs(nulls.data).slice(0, 3));
      const rest = (await gqlOk(connectionQuery(list), { filter: { reference: pattern }, first: 3, after: first.pageInfo.endCursor }))[
        `${list}Connection`
      ];
      expect(rest.edges.map((e: { node: Row }) => e.node.reference)).toEqual(refs(nulls.data).slice(3));
      expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const empty = (await gqlOk(connectionQuery(list), { filter: { reference: 'none-*' } }))[`${list}Connection`];
      expect(empty).toEqual({
        totalCount: 0,
        edges: [],
        nodes: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      });
    });

    it('refuses a cursor of another query: another list, filter, sort or order, or an edited one', async () => {
      const cursorOf = async (list: List, vars: Record<string, unknown>) =>
        (await gqlOk(connectionQuery(list), { ...vars, first: 1 }))[`${list}Connection`].pageInfo.endCursor as string;
      const categoryCursor = await cursorOf('appointmentCategories', { filter: { reference: 'srt-*' } });
      const customerCursor = await cursorOf('customers', { filter: { reference: 'CC-S*' } });
      const appointmentCursor = (await gqlOk('{ appointmentsConnection(first: 1) { pageInfo { endCursor } } }')).appointmentsConnection
        .pageInfo.endCursor;
      const refused: [List, Record<string, unknown>][] = [
        ['photographers', { filter: { reference: 'srt-*' }, after: categoryCursor }],
        ['customers', { filter: { reference: 'srt-*' }, after: categoryCursor }],
        ['appointmentCategories', { filter: { reference: 'srt-1*' }, after: categoryCursor }],
        ['appointmentCategories', { filter: { reference: 'srt-*' }, order: 'DESC', after: categoryCursor }],
        ['appointmentCategories', { filter: { reference: 'srt-*' }, sort: 'NAME', after: categoryCursor }],
        ['appointmentCategories', { filter: { reference: 'srt-*' }, after: `${categoryCursor.slice(0, -1)}A` }],
        ['appointmentCategories', { filter: { reference: 'srt-*' }, after: 'not a cursor' }],
        ['customers', { filter: { reference: 'CC-S1*' }, after: customerCursor }],
      ];
      if (appointmentCursor) refused.push(['customers', { after: appointmentCursor }]);
      for (const [list, vars] of refused) {
        const res = await g.gql(connectionQuery(list), vars);
        expect({ list, vars, data: res.body.data, error: res.body.errors?.[0]?.extensions }).toEqual({
          list,
          vars,
          data: null,
          error: expect.objectContaining({ code: 'invalid-param', status: 400, params: ['after'] }),
        });
      }
    });
  });

  describe('look-ups', () => {
    it('finds a category and a photographer by id and by exact reference', async () => {
      const data = await gqlOk(
        `query($c: ID!, $p: ID!) { c: appointmentCategory(id: $c) { id reference name } cr: appointmentCategoryByReference(reference: "Photo_Shoot") { id }
          p: photographer(id: $p) { id reference name email } pr: photographerByReference(reference: "PH-4") { id } }`,
        { c: String(categories['call50%']), p: String(users['ph-1']) },
      );
      expect(data).toEqual({
        c: { id: String(categories['call50%']), reference: 'call50%', name: '50% call' },
        cr: { id: String(categories['Photo_Shoot']) },
        p: { id: String(users['ph-1']), reference: 'ph-1', name: 'Pat 50% Off', email: 'ph-1@example.com' },
        pr: { id: String(users['PH-4']) },
      });
    });

    it.each([
      ['appointmentCategory(id: "999999")', 'appointmentCategory', 'id', "The appointment category with the id 999999 doesn't exist."],
      [
        'appointmentCategoryByReference(reference: "PHOTO_SHOOT")',
        'appointmentCategoryByReference',
        'reference',
        "The appointment category with the reference PHOTO_SHOOT doesn't exist.",
      ],
      [
        'appointmentCategoryByReference(reference: "meeting ")',
        'appointmentCategoryByReference',
        'reference',
        "The appointment category with the reference meeting  doesn't exist.",
      ],
      ['photographer(id: "999999")', 'photographer', 'id', "The photographer with the id 999999 doesn't exist."],
      [
        'photographerByReference(reference: "ph-4")',
        'photographerByReference',
        'reference',
        "The photographer with the reference ph-4 doesn't exist.",
      ],
      [
        'photographerByReference(reference: "ph-*")',
        'photographerByReference',
        'reference',
        "The photographer with the reference ph-* doesn't exist.",
      ],
    ])('%s is null with not-found', async (call, field, param, message) => {
      const res = await g.gql(`{ ${call} { id } }`);
      expect(res.body.data).toEqual({ [field]: null });
      expect(res.body.errors![0]).toMatchObject({ message, extensions: { code: 'not-found', status: 404, params: [param] } });
    });

    it('answers a user who is not a photographer exactly as a missing one, by id and by reference', async () => {
      const shape = async (id: string, reference: string) => {
        const res = await g.gql(`{ a: photographer(id: "${id}") { id } b: photographerByReference(reference: "${reference}") { id } }`);
        return {
          data: res.body.data,
          errors: res.body
            .errors!.map((e) => [e.path, e.extensions.code, e.extensions.status, e.extensions.params])
            .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
        };
      };
      const notPhotographer = await shape(String(users['emp-np']), 'emp-np');
      const missing = await shape('999997', 'nobody-at-all');
      expect(notPhotographer).toEqual(missing);
      expect(notPhotographer.data).toEqual({ a: null, b: null });
      // The employee running every request here is no photographer either.
      const self = await g.gql('{ photographerByReference(reference: "test-employee") { id } }');
      expect(self.body.errors![0].extensions.code).toBe('not-found');
    });
  });

  describe('what each role sees', () => {
    let client: Record<string, string>;
    let liaison: Record<string, string>;
    let selfAsLiaison: Record<string, string>;
    beforeAll(async () => {
      client = await g.tokenFor({ role: 'client', customerIds: [customers['CC-S1']] });
      liaison = await g.tokenFor({ role: 'liaison', customerIds: [customers['CC-S1'], customers['CC-S2']] });
      // A photographer who is also a liaison, signed in where they act as the liaison.
      await g.db.getRepository(Liaison).insert({ userId: users['phs-1'] });
      selfAsLiaison = g.headersFor(await g.createSession('phs-1', { application: 'planoorder' }), 'planoorder');
    });

    const PHOTOGRAPHERS = `{ photographers(filter: { reference: "phs-*" }) { data { reference name email } }
      photographersConnection(filter: { reference: "phs-*" }) { nodes { reference email } }
      photographer(id: "ID") { reference email } }`;
    const emails = async (headers: Record<string, string>) => {
      const data = await gqlOk(PHOTOGRAPHERS.replace('ID', String(users['phs-2'])), undefined, headers);
      return {
        list: data.photographers.data.map((u: { reference: string; email: string | null }) => [u.reference, u.email]),
        connection: data.photographersConnection.nodes.map((u: { reference: string; email: string | null }) => [u.reference, u.email]),
        one: data.photographer.email,
      };
    };

    it('shows employees every photographer whole', async () => {
      const all = ['phs-1', 'phs-2', 'phs-3', 'phs-4'].map((r) => [r, `${r}@example.com`]);
      expect(await emails(g.defaultHeaders)).toEqual({ list: all, connection: all, one: 'phs-2@example.com' });
    });

    it('shows liaisons and clients every photographer, with id, reference and name but no email but their own', async () => {
      const masked = ['phs-1', 'phs-2', 'phs-3', 'phs-4'].map((r) => [r, null]);
      for (const headers of [client, liaison]) expect(await emails(headers)).toEqual({ list: masked, connection: masked, one: null });
      const own = masked.map(([r, e]) => [r, r === 'phs-1' ? 'phs-1@example.com' : e]);
      expect(await emails(selfAsLiaison)).toEqual({ list: own, connection: own, one: null });
      const names = await gqlOk('{ photographers(filter: { reference: "phs-2" }) { data { id reference name } } }', undefined, client);
      expect(names.photographers.data).toEqual([{ id: String(users['phs-2']), reference: 'phs-2', name: 'a' }]);
    });

    it('shows every role every category', async () => {
      for (const headers of [client, liaison, g.defaultHeaders]) {
        const data = await gqlOk('{ appointmentCategories(filter: { reference: "srt-*" }) { paging { total } } }', undefined, headers);
        expect(data.appointmentCategories.paging.total).toBe(4);
      }
    });

    it('lists through customersConnection only the customers in scope, and answers a foreign cursor position as nothing', async () => {
      const conn = async (headers: Record<string, string>) =>
        refs(await paged('customers', headers).connection({ filter: { reference: 'CC-S*' } }));
      expect(await conn(client)).toEqual(['CC-S1']);
      expect(await conn(liaison)).toEqual(['CC-S1', 'CC-S2']);
      expect(await conn(g.defaultHeaders)).toEqual(['CC-S1', 'CC-S2', 'CC-S3', 'CC-S4']);
      const total = await gqlOk('{ customersConnection(filter: { reference: "CC-S*" }) { totalCount } }', undefined, liaison);
      expect(total.customersConnection.totalCount).toBe(2);
    });
  });

  describe('statements', () => {
    it('answers Customer.contacts for a page of 1 or 300 customers with the same statements, on both paging styles', async () => {
      const OFFSET = `query($n: Int) { customers(filter: { reference: "CC-M*" }, max: $n) { data { reference contacts { name } } } }`;
      const CONNECTION = `query($n: Int) { customersConnection(filter: { reference: "CC-M*" }, first: $n) {
        edges { cursor node { reference contacts { name } } } pageInfo { hasNextPage } } }`;
      const statements = async (query: string, n: number) => {
        g.counter.reset();
        const data = await gqlOk(query, { n });
        const rows = data.customers?.data ?? data.customersConnection.edges.map((e: { node: unknown }) => e.node);
        expect(rows).toHaveLength(n);
        for (const c of rows) expect(c.contacts).toEqual([{ name: 'amy' }, { name: 'zed' }]);
        return g.counter.count;
      };
      const offsetOne = await statements(OFFSET, 1);
      expect(await statements(OFFSET, 300)).toBe(offsetOne);
      // The page's ids, their rows, their contacts (no paging selected: no COUNT).
      expect(offsetOne).toBe(3);
      const connectionOne = await statements(CONNECTION, 1);
      expect(await statements(CONNECTION, 300)).toBe(connectionOne);
      // The page's rows, their contacts.
      expect(connectionOne).toBe(2);
    });

    it('counts only when paging.total or totalCount is selected', async () => {
      g.counter.reset();
      await gqlOk('{ appointmentCategories { data { id } } photographersConnection { nodes { id } } }');
      expect(g.counter.count).toBe(3);
      g.counter.reset();
      await gqlOk('{ appointmentCategories { paging { total } data { id } } photographersConnection { totalCount nodes { id } } }');
      expect(g.counter.count).toBe(5);
    });
  });

  describe('bad input', () => {
    const lists = Object.keys(LISTS) as List[];
    const OFFSET_FAULTS: [string, Record<string, unknown>, string, string[]][] = [
      ['max 1001', { max: 1001 }, 'invalid-param', ['max']],
      ['max -1', { max: -1 }, 'invalid-param', ['max']],
      ['offset -1', { offset: -1 }, 'invalid-param', ['offset']],
      ['a filter id that is no id', { filter: { ids: ['1', 'x'] } }, 'invalid-param-type', ['filter.ids']],
      ['1001 filter ids', { filter: { ids: Array.from({ length: 1001 }, (_, i) => String(i + 1)) } }, 'invalid-param', ['filter.ids']],
      ['a name pattern of 256 characters', { filter: { name: 'n'.repeat(256) } }, 'invalid-param', ['filter.name']],
      ['a reference pattern of 256 characters', { filter: { reference: 'r'.repeat(256) } }, 'invalid-param', ['filter.reference']],
    ];
    it.each(lists.flatMap((list) => OFFSET_FAULTS.map((f) => [list, ...f] as const)))(
      '%s with %s is %s',
      async (list, _label, variables, code, params) => {
        const res = await g.gql(offsetQuery(list), variables);
        expect(res.body.data).toBeNull();
        expect(res.body.errors![0].extensions).toMatchObject({ code, status: 400, params });
      },
    );

    it.each(
      lists.flatMap((list) =>
        [
          [{ first: 1001 }, 'invalid-param', ['first']],
          [{ first: -1 }, 'invalid-param', ['first']],
          [{ filter: { ids: ['0'] } }, 'invalid-param-type', ['filter.ids']],
        ].map(([vars, code, params]) => [list, vars, code, params] as const),
      ),
    )('%sConnection %j is %s', async (list, variables, code, params) => {
      const res = await g.gql(connectionQuery(list), variables as Record<string, unknown>);
      expect(res.body.errors![0].extensions).toMatchObject({ code, status: 400, params });
    });

    it.each([
      ['{ appointmentCategory(id: "abc") { id } }', 'invalid-param-type', ['id']],
      ['{ photographer(id: "-1") { id } }', 'invalid-param-type', ['id']],
    ])('%s is %s', async (query, code, params) => {
      const res = await g.gql(query);
      expect(res.body.errors![0].extensions).toMatchObject({ code, status: 400, params });
    });
  });
});
