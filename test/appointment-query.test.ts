import { Appointment, Customer, User } from '../src/database/entities';
import { startTestGateway, TestGateway } from './support/test-gateway';

/** Look-ups, filters, sorts, both paging styles and their bad inputs, over the demo data. */
describe('appointment queries', () => {
  let g: TestGateway;
  let all: Appointment[];

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'demo' });
    all = await g.db.getRepository(Appointment).find({ order: { id: 'ASC' } });
  });
  afterAll(() => g.close());

  const ids = (rows: { id: string }[]) => rows.map((r) => Number(r.id));
  const byCreated = (a: Appointment, b: Appointment) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id;

  async function page(args: Record<string, unknown>): Promise<{ paging: any; ids: number[] }> {
    const res = await g.gql(
      `query($filter: AppointmentFilter, $max: Int, $offset: Int, $sort: AppointmentSort, $order: SortOrder) {
      appointments(filter: $filter, max: $max, offset: $offset, sort: $sort, order: $order) {
        paging { total max offset previousOffset nextOffset } data { id } } }`,
      { max: 1000, ...args },
    );
    expect(res.body.errors).toBeUndefined();
    return { paging: res.body.data.appointments.paging, ids: ids(res.body.data.appointments.data) };
  }

  async function errorOf(query: string, variables: Record<string, unknown> = {}) {
    const res = await g.gql(query, variables);
    expect(res.body.errors).toHaveLength(1);
    return res.body.errors![0];
  }

  describe('look-ups', () => {
    it('finds an appointment by id, reference and uuid, with its relations', async () => {
      const a = all[5];
      const res = await g.gql(
        `query($id: ID!, $ref: String!, $uuid: String!) {
        byId: appointment(id: $id) { id reference uuid customer { id } }
        byRef: appointmentByReference(reference: $ref) { id }
        byUuid: appointmentByUuid(uuid: $uuid) { id } }`,
        { id: String(a.id), ref: a.reference, uuid: a.uuid },
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data).toEqual({
        byId: {
          id: String(a.id),
          reference: a.reference,
          uuid: a.uuid,
          customer: a.customerId == null ? null : { id: String(a.customerId) },
        },
        byRef: { id: String(a.id) },
        byUuid: { id: String(a.id) },
      });
    });

    it.each([
      ['appointment(id: "999999")', "The appointment with the id 999999 doesn't exist.", 'id'],
      ['appointmentByReference(reference: "NOPE-1")', "The appointment with the reference NOPE-1 doesn't exist.", 'reference'],
      [
        'appointmentByUuid(uuid: "00000000-0000-4000-a000-000000000000")',
        "The appointment with the uuid 00000000-0000-4000-a000-000000000000 doesn't exist.",
        'uuid',
      ],
    ])('%s is null with not-found', async (field, message, param) => {
      const res = await g.gql(`{ x: ${field} { id } }`);
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ x: null });
      expect(res.body.errors![0]).toMatchObject({ message, extensions: { code: 'not-found', status: 404, params: [param] } });
    });

    it('startDate/endDate and the *Utc fields agree; local and office fields come back as stored', async () => {
      const res = await g.gql(`{ appointments(max: 1000) { data { id startDate endDate dateStartUtc timeStartUtc dateStopUtc timeStopUtc
        dateStartLocal timeStartLocal dateStopLocal timeStopLocal dateStartOffice timeStartOffice dateStopOffice timeStopOffice } } }`);
      const stored = new Map(all.map((a) => [a.id, a]));
      for (const a of res.body.data.appointments.data) {
        expect(a.startDate).toBe(`${a.dateStartUtc}T${a.timeStartUtc}.000Z`);
        expect(a.endDate).toBe(`${a.dateStopUtc}T${a.timeStopUtc}.000Z`);
        const row = stored.get(Number(a.id))!;
        expect(a.startDate).toBe(row.startDate.toISOString());
        expect([
          a.dateStartLocal,
          a.timeStartLocal,
          a.dateStopLocal,
          a.timeStopLocal,
          a.dateStartOffice,
          a.timeStartOffice,
          a.dateStopOffice,
          a.timeStopOffice,
        ]).toEqual([
          row.dateStartLocal,
          row.timeStartLocal,
          row.dateStopLocal,
          row.timeStopLocal,
          row.dateStartOffice,
          row.timeStartOffice,
          row.dateStopOffice,
          row.timeStopOffice,
        ]);
      }
    });
  });

  describe('offset pages', () => {
    it('defaults to 100 by dateCreated ASC, ties broken by id, with a total counted over every page', async () => {
      const res = await g.gql('{ appointments { paging { total max offset previousOffset nextOffset } data { id } } }');
      const expected = [...all].sort(byCreated).map((a) => a.id);
      expect(res.body.data.appointments.paging).toEqual({ total: all.length, max: 100, offset: 0, previousOffset: null, nextOffset: 100 });
      expect(ids(res.body.data.appointments.data)).toEqual(expected.slice(0, 100));
    });

    it('walks the pages with previous/next offsets and never repeats or skips a row', async () => {
      const seen: number[] = [];
      let offset: number | null = 0;
      while (offset !== null) {
        const p = await page({ max: 70, offset, sort: 'START_DATE', order: 'DESC' });
        expect(p.paging.previousOffset).toBe(offset === 0 ? null : offset - 70);
        seen.push(...p.ids);
        offset = p.paging.nextOffset;
      }
      const expected = [...all].sort((a, b) => b.startDate.getTime() - a.startDate.getTime() || b.id - a.id).map((a) => a.id);
      expect(seen).toEqual(expected);
    });

    it('counts only when the query selects paging.total or paging.nextOffset', async () => {
      const counts = async (paging: string) => {
        g.counter.reset();
        const res = await g.gql(`{ appointments(max: 5, offset: 5) { ${paging} data { id } } }`);
        expect(res.body.errors).toBeUndefined();
        return { paging: res.body.data.appointments.paging ?? null, counts: g.counter.statements.filter((s) => /COUNT\(/i.test(s)).length };
      };
      expect(await counts('')).toEqual({ paging: null, counts: 0 });
      expect(await counts('paging { max offset previousOffset }')).toEqual({ paging: { max: 5, offset: 5, previousOffset: 0 }, counts: 0 });
      expect(await counts('paging { nextOffset }')).toEqual({ paging: { nextOffset: all.length > 10 ? 10 : null }, counts: 1 });
      expect(await counts('paging { total }')).toEqual({ paging: { total: all.length }, counts: 1 });
    });

    it('returns an empty page past the end, and only the count for max 0', async () => {
      expect(await page({ offset: 5000 })).toEqual({ paging: expect.objectContaining({ total: all.length, nextOffset: null }), ids: [] });
      g.counter.reset();
      expect((await page({ max: 0 })).paging).toEqual({ total: all.length, max: 0, offset: 0, previousOffset: null, nextOffset: null });
      expect(g.counter.count).toBe(1);
    });

    it.each([
      ['ID', (a: Appointment) => a.id],
      ['LAST_UPDATED', (a: Appointment) => a.updatedAt.getTime()],
      ['END_DATE', (a: Appointment) => a.endDate.getTime()],
      ['DATE_CREATED', (a: Appointment) => a.createdAt.getTime()],
      ['START_DATE', (a: Appointment) => a.startDate.getTime()],
    ] as const)('sorts by %s in both directions', async (sort, key) => {
      const asc = [...all].sort((a, b) => key(a) - key(b) || a.id - b.id).map((a) => a.id);
      expect((await page({ sort, order: 'ASC' })).ids).toEqual(asc);
      const desc = [...all].sort((a, b) => key(b) - key(a) || b.id - a.id).map((a) => a.id);
      expect((await page({ sort, order: 'DESC' })).ids).toEqual(desc);
    });

    it('sorts by TITLE and REFERENCE as the database orders text, ties by id', async () => {
      for (const [sort, column] of [
        ['TITLE', 'title'],
        ['REFERENCE', 'reference'],
      ]) {
        for (const order of ['ASC', 'DESC']) {
          const expected = (await g.db.query(`SELECT id FROM appointments ORDER BY ${column} ${order}, id ${order}`)).map((r: any) =>
            Number(r.id),
          );
          expect((await page({ sort, order })).ids).toEqual(expected);
        }
      }
    });
  });

  describe('filters', () => {
    const iso = (d: Date) => d.toISOString();

    it('filters each instant field by gt/gte/lt/lte', async () => {
      const mid = [...all].sort(byCreated)[150];
      for (const [field, get] of [
        ['dateCreated', (a: Appointment) => a.createdAt],
        ['lastUpdated', (a: Appointment) => a.updatedAt],
        ['startDate', (a: Appointment) => a.startDate],
        ['endDate', (a: Appointment) => a.endDate],
      ] as const) {
        const pivot = get(mid);
        const lower = new Date(pivot.getTime() - 20 * 86400_000);
        const cases: [Record<string, string>, (t: number) => boolean][] = [
          [{ gt: iso(pivot) }, (t) => t > pivot.getTime()],
          [{ gte: iso(pivot) }, (t) => t >= pivot.getTime()],
          [{ lt: iso(pivot) }, (t) => t < pivot.getTime()],
          [{ gte: iso(lower), lte: iso(pivot) }, (t) => t >= lower.getTime() && t <= pivot.getTime()],
          [{ gt: iso(lower), lt: iso(pivot) }, (t) => t > lower.getTime() && t < pivot.getTime()],
        ];
        for (const [range, keep] of cases) {
          const expected = all
            .filter((a) => keep(get(a).getTime()))
            .sort(byCreated)
            .map((a) => a.id);
          const p = await page({ filter: { [field]: range } });
          expect(p.ids).toEqual(expected);
          expect(p.paging.total).toBe(expected.length);
        }
      }
    });

    it('accepts instants with an offset', async () => {
      const pivot = all[10].startDate;
      const shifted = new Date(pivot.getTime() + 2 * 3600_000).toISOString().replace('.000Z', '+02:00');
      const expected = all.filter((a) => a.startDate.getTime() >= pivot.getTime()).length;
      expect((await page({ filter: { startDate: { gte: shifted } } })).paging.total).toBe(expected);
    });

    it('matches title patterns ignoring ASCII case, customerReference and employeeReference patterns in their exact case', async () => {
      const customers = new Map((await g.db.getRepository(Customer).find()).map((c) => [c.id, c.reference]));
      const users = new Map((await g.db.getRepository(User).find()).map((u) => [u.id, u.reference]));
      const cases: [Record<string, string>, (a: Appointment) => boolean][] = [
        [{ title: 'Drone flight*' }, (a) => a.title.startsWith('Drone flight')],
        [{ title: '*Oak St' }, (a) => a.title.endsWith('Oak St')],
        [{ title: '*shoot at 1*' }, (a) => a.title.includes('shoot at 1')],
        [{ title: all[3].title }, (a) => a.title === all[3].title],
        [{ customerReference: 'DEMO-C0*' }, (a) => a.customerId != null],
        [{ customerReference: '*C02' }, (a) => customers.get(a.customerId!) === 'DEMO-C02'],
        [{ customerReference: 'DEMO-C03' }, (a) => customers.get(a.customerId!) === 'DEMO-C03'],
        [{ employeeReference: 'emp-0*' }, (a) => a.userId != null],
        [{ employeeReference: '*01' }, (a) => users.get(a.userId!) === 'emp-01'],
        [{ employeeReference: 'emp-02', title: 'Photo*' }, (a) => users.get(a.userId!) === 'emp-02' && a.title.startsWith('Photo')],
      ];
      for (const [filter, keep] of cases) {
        const expected = all
          .filter(keep)
          .sort(byCreated)
          .map((a) => a.id);
        expect(expected.length).toBeGreaterThan(0);
        expect((await page({ filter })).ids).toEqual(expected);
      }
      // The title ignores ASCII case; references match in their exact case only.
      expect((await page({ filter: { title: 'DRONE FLIGHT*' } })).ids).toEqual((await page({ filter: { title: 'Drone flight*' } })).ids);
      for (const filter of [{ customerReference: 'demo-c0*' }, { customerReference: 'DEMO-C02 ' }, { employeeReference: 'EMP-0*' }]) {
        expect((await page({ filter })).paging.total).toBe(0);
      }
    });

    it('filters by ids, customer, photographer, order, flags and type', async () => {
      const withOrder = all.find((a) => a.orderId != null)!;
      const withPhotographer = all.find((a) => a.photographerUserId != null)!;
      const cases: [Record<string, unknown>, (a: Appointment) => boolean][] = [
        [{ ids: [String(all[7].id), String(all[2].id), '999999'] }, (a) => a.id === all[7].id || a.id === all[2].id],
        [{ ids: [] }, () => false],
        [{ customerId: String(all[0].customerId ?? all[1].customerId) }, (a) => a.customerId === (all[0].customerId ?? all[1].customerId)],
        [
          { photographerUserId: String(withPhotographer.photographerUserId) },
          (a) => a.photographerUserId === withPhotographer.photographerUserId,
        ],
        [{ orderId: String(withOrder.orderId) }, (a) => a.orderId === withOrder.orderId],
        [{ confirmed: true }, (a) => a.confirmed],
        [{ cancelled: true }, (a) => a.cancelled],
        [{ done: false, cancelled: false }, (a) => !a.done && !a.cancelled],
        [{ apptType: 'reshoot' }, (a) => a.apptType === 'reshoot'],
        [{ confirmed: null, title: null }, () => true],
      ];
      for (const [filter, keep] of cases) {
        const expected = all
          .filter(keep)
          .sort(byCreated)
          .map((a) => a.id);
        expect((await page({ filter })).ids).toEqual(expected);
      }
    });
  });

  describe('bad inputs', () => {
    const list =
      'query($filter: AppointmentFilter, $max: Int, $offset: Int) { appointments(filter: $filter, max: $max, offset: $offset) { paging { total } } }';
    const conn =
      'query($first: Int, $after: String, $filter: AppointmentFilter, $sort: AppointmentSort) { appointmentsConnection(first: $first, after: $after, filter: $filter, sort: $sort) { nodes { id } } }';

    it.each([
      [{ max: 1001 }, 'invalid-param', ['max']],
      [{ max: -1 }, 'invalid-param', ['max']],
      [{ offset: -1 }, 'invalid-param', ['offset']],
      [{ filter: { startDate: { gt: '2026-01-01T00:00:00Z', gte: '2026-01-01T00:00:00Z' } } }, 'invalid-param', ['filter.startDate']],
      [{ filter: { endDate: { lt: '2026-01-01T00:00:00Z', lte: '2026-01-01T00:00:00Z' } } }, 'invalid-param', ['filter.endDate']],
      [{ filter: { dateCreated: { gte: '2026-02-01T00:00:00Z', lt: '2026-01-01T00:00:00Z' } } }, 'invalid-param', ['filter.dateCreated']],
      [{ filter: { lastUpdated: { gt: '2026-01-01T00:00:00Z', lte: '2026-01-01T00:00:00Z' } } }, 'invalid-param', ['filter.lastUpdated']],
      [{ filter: { customerId: 'abc' } }, 'invalid-param-type', ['filter.customerId']],
      [{ filter: { ids: ['1', '0'] } }, 'invalid-param-type', ['filter.ids']],
    ])('appointments %j is %s', async (variables, code, params) => {
      const err = await errorOf(list, variables);
      expect(err.extensions).toMatchObject({ code, status: 400, params });
    });

    it("names an instant that is not ISO-8601 with the seed's message", async () => {
      const err = await errorOf(list, { filter: { startDate: { gte: '2016-08-1Z' } } });
      expect(err.message).toBe('Invalid datetime filter (not ISO-8601 formatted): [2016-08-1Z]');
      expect(err.extensions).toMatchObject({ code: 'invalid-datetime-format', status: 400, params: ['filter.startDate.gte'] });
    });

    it('accepts a one-instant range (gte = lte)', async () => {
      const at = all[0].startDate.toISOString();
      const p = await page({ filter: { startDate: { gte: at, lte: at } } });
      expect(p.ids).toContain(all[0].id);
    });

    it.each([[{ first: 1001 }], [{ first: -5 }]])('appointmentsConnection %j is invalid-param first', async (variables) => {
      expect((await errorOf(conn, variables)).extensions).toMatchObject({ code: 'invalid-param', params: ['first'] });
    });

    it('refuses a malformed, altered or foreign cursor with invalid-param after', async () => {
      const res = await g.gql(conn, { first: 2, sort: 'TITLE' });
      const cursor: string = (await g.gql('query { appointmentsConnection(first: 2, sort: TITLE) { pageInfo { endCursor } } }')).body.data
        .appointmentsConnection.pageInfo.endCursor;
      expect(res.body.errors).toBeUndefined();
      const [body, tag] = cursor.split('.');
      const tampered = Buffer.from(
        Buffer.from(body, 'base64url')
          .toString()
          .replace(/,(\d+)\]$/, ',1]'),
      ).toString('base64url');
      for (const [variables, what] of [
        [{ after: 'not a cursor' }, 'garbage'],
        [{ after: '' }, 'empty'],
        [{ after: `${tampered}.${tag}`, sort: 'TITLE' }, 'altered'],
        [{ after: `${body}.${tag.slice(0, -1)}A`, sort: 'TITLE' }, 'bad mac'],
        [{ after: cursor, sort: 'START_DATE' }, 'other sort'],
        [{ after: cursor, sort: 'TITLE', filter: { confirmed: true } }, 'other filter'],
      ] as const) {
        const err = await errorOf(conn, variables);
        expect({ what, code: err.extensions.code, params: err.extensions.params }).toEqual({
          what,
          code: 'invalid-param',
          params: ['after'],
        });
      }
      expect((await g.gql(conn, { first: 2, sort: 'TITLE', after: cursor })).body.errors).toBeUndefined();
    });
  });

  describe('connection', () => {
    const query = `query($first: Int, $after: String, $sort: AppointmentSort, $order: SortOrder, $filter: AppointmentFilter) {
      appointmentsConnection(first: $first, after: $after, sort: $sort, order: $order, filter: $filter) {
        edges { cursor node { id } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

    it('walks every row once, in order, with consistent edges, nodes and pageInfo', async () => {
      const seen: number[] = [];
      let after: string | null = null;
      for (let i = 0; i < 100; i++) {
        const res: any = await g.gql(query, { first: 47, after, sort: 'END_DATE', order: 'DESC' });
        const c: any = res.body.data.appointmentsConnection;
        expect(ids(c.nodes)).toEqual(c.edges.map((e: any) => Number(e.node.id)));
        expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
        expect(c.pageInfo.startCursor).toBe(c.edges[0]?.cursor ?? null);
        expect(c.pageInfo.endCursor).toBe(c.edges[c.edges.length - 1]?.cursor ?? null);
        seen.push(...ids(c.nodes));
        if (!c.pageInfo.hasNextPage) break;
        after = c.pageInfo.endCursor;
      }
      expect(seen).toEqual([...all].sort((a, b) => b.endDate.getTime() - a.endDate.getTime() || b.id - a.id).map((a) => a.id));
    });

    it('counts only when totalCount is selected', async () => {
      g.counter.reset();
      await g.gql('{ appointmentsConnection(first: 5) { nodes { id } } }');
      expect(g.counter.statements.filter((s) => /COUNT\(/i.test(s))).toHaveLength(0);
      g.counter.reset();
      const res = await g.gql('{ appointmentsConnection(first: 5, filter: { cancelled: true }) { totalCount nodes { id } } }');
      expect(g.counter.statements.filter((s) => /COUNT\(/i.test(s))).toHaveLength(1);
      expect(res.body.data.appointmentsConnection.totalCount).toBe(all.filter((a) => a.cancelled).length);
    });

    it('answers first: 0 with no edges and whether there is anything', async () => {
      const res = await g.gql(query, { first: 0 });
      expect(res.body.data.appointmentsConnection).toEqual({
        edges: [],
        nodes: [],
        pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
      });
    });
  });

  describe('relations', () => {
    const relations = `notificationParameters { customerName photographerName }
      customer { id reference name } appointmentCategory { id name } contacts { id name } user { id reference } photographer { id name } order { id reference }`;

    it('costs the same number of statements for a page of 1 and a page of 300, on both paging styles', async () => {
      const count = async (q: string) => {
        g.counter.reset();
        const res = await g.gql(q);
        expect(res.body.errors).toBeUndefined();
        return g.counter.count;
      };
      // Rows whose every relation is set, so that each loader has work on both page sizes.
      const full = all.filter((a) => a.customerId && a.orderId && a.photographerUserId && a.userId).map((a) => a.id);
      const oneFull = `ids: ["${full[0]}"]`;
      const allIds = `ids: [${all.map((a) => `"${a.id}"`).join(',')}]`;
      const one = await count(`{ appointments(max: 1, filter: { ${oneFull} }) { paging { total } data { id ${relations} } } }`);
      const many = await count(`{ appointments(max: 1000, filter: { ${allIds} }) { paging { total } data { id ${relations} } } }`);
      expect(one).toBe(many);
      // The ids, the count, the rows with their to-one relations joined, the contacts.
      expect(one).toBe(4);
      const oneConn = await count(`{ appointmentsConnection(first: 1, filter: { ${oneFull} }) { nodes { id ${relations} } } }`);
      const manyConn = await count(`{ appointmentsConnection(first: 1000) { nodes { id ${relations} } } }`);
      expect(oneConn).toBe(manyConn);
    });

    it('gives the notification parameters from the row and its relations', async () => {
      const a = all.find((x) => x.customerId && x.photographerUserId && x.timeStartLocal)!;
      const customer = await g.db.getRepository(Customer).findOneByOrFail({ id: a.customerId! });
      const res = await g.gql(
        `query($id: ID!) { appointment(id: $id) { notificationParameters {
        uuid reference title startDateLocal startTimeLocal endDateLocal endTimeLocal allday location customerName photographerName confirmed cancelled } } }`,
        { id: String(a.id) },
      );
      expect(res.body.data.appointment.notificationParameters).toEqual({
        uuid: a.uuid,
        reference: a.reference,
        title: a.title,
        startDateLocal: a.dateStartLocal,
        startTimeLocal: a.timeStartLocal,
        endDateLocal: a.dateStopLocal,
        endTimeLocal: a.timeStopLocal,
        allday: a.allday,
        location: a.location,
        customerName: customer.name,
        photographerName: a.photographerName,
        confirmed: a.confirmed,
        cancelled: a.cancelled,
      });
    });
  });
});
