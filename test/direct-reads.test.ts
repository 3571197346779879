import pino from 'pino';
import { APPOINTMENT_SELECTION, OPERATIONS } from '../bench/operations';
import { createGateway, Gateway } from '../src/app';
import { testDbKind } from './support/test-database';
import { startTestGateway, TestGateway } from './support/test-gateway';

/*
 * Direct reads (DIRECT_READS on, src/graphql/direct-reads.ts) answer appointment look-ups and
 * appointmentsConnection pages with JSON text the database writes, bypassing Apollo. This
 * proves, over real HTTP on a real MariaDB, that a client cannot tell: every request below gets,
 * from the direct gateway and from a reference gateway with DIRECT_READS off on the same
 * database, the same status, the same content-type and the same body text (request ids aside;
 * JSON.stringify of the parsed body, so key ORDER counts, not only deep equality). It also
 * proves, through gateway.direct.counts, which requests the direct path answered itself and
 * which it handed to Apollo (declined): the benchmark's operations, every sort and cursor,
 * values that are hard to write as JSON, a dangling pointer, zero dates, not-found and bad
 * arguments, directives, liaisons and clients, and an answer over MAX_RESPONSE_BYTES.
 * On SQLite there is no direct path: gateway.direct is undefined, and the rest is skipped.
 */

const ON_MYSQL = testDbKind() === 'mysql';
const itMysql = ON_MYSQL ? it : it.skip;

/** What the direct path did with a request: answered it, declined it (Apollo answered), or never planned it (no count). */
type Outcome = 'answered' | 'declined' | 'unplanned';

interface Answer {
  status: number;
  contentType: string | null;
  text: string;
}

function withoutRequestIds(text: string): string {
  return JSON.stringify(JSON.parse(text, (key, value) => (key === 'requestId' ? undefined : value)));
}

async function post(url: string, headers: Record<string, string>, body: string): Promise<Answer> {
  const res = await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
  return { status: res.status, contentType: res.headers.get('content-type'), text: withoutRequestIds(await res.text()) };
}

interface Request {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  headers?: Record<string, string>;
}

/** A gateway listening on `url` (its GraphQL endpoint). */
interface Listening {
  gateway: Gateway;
  url: string;
}

/** A gateway over `g`'s database with `g`'s configuration changed by `change`, listening on a free port. */
async function gatewayOf(g: TestGateway, change: (config: TestGateway['config']) => TestGateway['config']): Promise<Listening> {
  const gateway = await createGateway(change(g.config), g.db, pino({ level: 'silent' }));
  return { gateway, url: `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}/graphql` };
}

/** The reference: `config` with DIRECT_READS off (and graphql-js over whole rows, as test/executor-parity.test.ts). */
const referenceConfig = (config: TestGateway['config']) => ({
  ...config,
  executor: 'graphql-js' as const,
  readColumns: 'all' as const,
  directReads: false,
});

/**
 * Sends `r` to the direct gateway and the reference; expects the same status, content-type and
 * body text, and returns the direct answer's body (parsed) with what the direct path did with it.
 */
async function compare(
  direct: Listening,
  referenceUrl: string,
  headers: Record<string, string>,
  r: Request,
): Promise<{ outcome: Outcome; body: any }> {
  const body = JSON.stringify({ query: r.query, variables: r.variables, operationName: r.operationName });
  const before = { ...direct.gateway.direct!.counts };
  const answer = await post(direct.url, r.headers ?? headers, body);
  const after = { ...direct.gateway.direct!.counts };
  const reference = await post(referenceUrl, r.headers ?? headers, body);
  expect(answer).toEqual(reference);
  const answered = after.answered - before.answered;
  const declined = after.declined - before.declined;
  expect(answered + declined).toBeLessThanOrEqual(1);
  return { outcome: answered ? 'answered' : declined ? 'declined' : 'unplanned', body: JSON.parse(answer.text) };
}

const BY_ID = `query($id: ID!) { appointment(id: $id) { ${APPOINTMENT_SELECTION} user { id reference name } } }`;
const COLUMNS_BY_ID = `query($id: ID!) { appointment(id: $id) {
  id uuid reference title location notes note startDate endDate createdAt updatedAt confirmedAt signedOffAt allday
  timeStartLocal timeStopLocal requestedTime requestedDate dateStartLocal timeDurationS windowTimeStart
  orderId customerId photographerUserId confirmed updatedAtMt __typename } }`;
const SORTS = ['DATE_CREATED', 'END_DATE', 'ID', 'LAST_UPDATED', 'REFERENCE', 'START_DATE', 'TITLE'];
const SORTED_PAGE = `query($sort: AppointmentSort, $order: SortOrder, $after: String) {
  appointmentsConnection(first: 3, sort: $sort, order: $order, after: $after) {
    totalCount edges { cursor node { id title reference startDate } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe('direct reads answer as the usual path does', () => {
  let g: TestGateway;
  let reference: Listening;
  /** A seeded appointment with customer, category, photographer, user and contacts. */
  let full: { id: number; reference: string; uuid: string; customerId: number };

  const run = (r: Request) => compare({ gateway: g.gateway, url: `${g.url}/graphql` }, reference.url, g.defaultHeaders, r);

  /** A new appointment (createAppointment over HTTP), then its columns as `sets` says, by SQL. */
  async function appointmentWith(sets: Record<string, unknown> = {}, input: Record<string, unknown> = {}): Promise<number> {
    const res = await g.gql('mutation($i: CreateAppointmentInput!) { createAppointment(input: $i) { id } }', {
      i: { title: 'Direct', startDate: '2026-05-01T10:00:00Z', endDate: '2026-05-01T11:00:00Z', ...input },
    });
    expect(res.body.errors).toBeUndefined();
    const id = Number(res.body.data.createAppointment.id);
    const columns = Object.keys(sets);
    if (columns.length) {
      await g.db.query(`UPDATE appointments SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [...Object.values(sets), id]);
    }
    return id;
  }

  /** Runs `statements` on one connection (session settings such as FOREIGN_KEY_CHECKS or sql_mode hold for it alone). */
  async function onOneConnection(statements: [string, unknown[]?][]): Promise<void> {
    const qr = g.db.createQueryRunner();
    try {
      for (const [sql, params] of statements) await qr.query(sql, params);
    } finally {
      await qr.release();
    }
  }

  beforeAll(async () => {
    g = await startTestGateway({ seed: ON_MYSQL ? 'demo' : 'none' });
    if (g.db.options.type !== 'mysql') return;
    reference = await gatewayOf(g, referenceConfig);
    expect(reference.gateway.direct).toBeUndefined();
    const [row] = await g.db.query(
      `SELECT a.id, a.reference, a.uuid, a.customer_id AS customerId FROM appointments a
       WHERE a.customer_id IS NOT NULL AND a.appointment_category_id IS NOT NULL AND a.photographer_user_id IS NOT NULL
         AND a.user_id IS NOT NULL AND a.reference IS NOT NULL
         AND EXISTS (SELECT 1 FROM appointment_contacts ac WHERE ac.appointment_id = a.id)
       ORDER BY a.id LIMIT 1`,
    );
    expect(row).toBeDefined();
    full = { id: Number(row.id), reference: row.reference, uuid: row.uuid, customerId: Number(row.customerId) };
  });
  afterAll(async () => {
    await reference?.gateway.stop();
    await g?.close();
  });

  it('has a direct path on MySQL/MariaDB only', () => {
    if (g.db.options.type !== 'mysql') {
      expect(g.gateway.direct).toBeUndefined();
      return;
    }
    expect(g.gateway.direct).toBeDefined();
    expect(g.config.directReads).toBe(true);
  });

  describe('answered directly', () => {
    itMysql("the benchmark's pages and look-ups", async () => {
      for (const operationName of ['BenchPage', 'BenchSlimPage'] as const) {
        const page = await run({ query: OPERATIONS[operationName], operationName, variables: { first: 100 } });
        expect(page.outcome).toBe('answered');
        expect(page.body.data.appointmentsConnection.nodes).toHaveLength(100);
        const next = await run({
          query: OPERATIONS[operationName],
          operationName,
          variables: { first: 100, after: page.body.data.appointmentsConnection.pageInfo.endCursor },
        });
        expect(next.outcome).toBe('answered');
      }
      const byId = await run({ query: OPERATIONS.BenchById, operationName: 'BenchById', variables: { id: String(full.id) } });
      expect(byId.outcome).toBe('answered');
      const a = byId.body.data.appointment;
      expect(a.customer).not.toBeNull();
      expect(a.appointmentCategory).not.toBeNull();
      expect(a.photographer).not.toBeNull();
      expect(a.contacts.length).toBeGreaterThan(0);
      const byRef = await run({ query: OPERATIONS.BenchByReference, variables: { reference: full.reference } });
      expect(byRef.outcome).toBe('answered');
      const byUuid = await run({ query: OPERATIONS.BenchByUuid, variables: { uuid: full.uuid } });
      expect(byUuid.outcome).toBe('answered');
      expect(byRef.body.data.appointmentByReference).toEqual(a);
      expect(byUuid.body.data.appointmentByUuid).toEqual(a);
      const withUser = await run({ query: BY_ID, variables: { id: String(full.id) } });
      expect(withUser.outcome).toBe('answered');
      expect(withUser.body.data.appointment.user).not.toBeNull();
    });

    itMysql('a connection with aliases, a named fragment, an inline fragment and __typename, and its next page', async () => {
      const query = `query Conn($first: Int!, $after: String) {
        page: appointmentsConnection(first: $first, after: $after, sort: TITLE, order: DESC) {
          __typename
          total: totalCount
          edges { cursor node { ...Bits ... on Appointment { when: startDate title } id __typename } __typename }
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor __typename }
          info: pageInfo { end: endCursor }
        }
      }
      fragment Bits on Appointment { id ref: reference customer { name __typename } ... { contacts { name } } }`;
      const first = await run({ query, variables: { first: 5 } });
      expect(first.outcome).toBe('answered');
      expect(Object.keys(first.body.data.page)).toEqual(['__typename', 'total', 'edges', 'pageInfo', 'info']);
      expect(Object.keys(first.body.data.page.edges[0].node)).toEqual(['id', 'ref', 'customer', 'contacts', 'when', 'title', '__typename']);
      const next = await run({ query, variables: { first: 5, after: first.body.data.page.pageInfo.endCursor } });
      expect(next.outcome).toBe('answered');
      expect(next.body.data.page.pageInfo.hasPreviousPage).toBe(true);
      const empty = await run({ query, variables: { first: 0 } });
      expect(empty.outcome).toBe('answered');
    });

    itMysql('every sort, both orders, and the page after each', async () => {
      for (const sort of SORTS) {
        for (const order of ['ASC', 'DESC']) {
          const page = await run({ query: SORTED_PAGE, variables: { sort, order } });
          expect([sort, order, page.outcome]).toEqual([sort, order, 'answered']);
          const after = page.body.data.appointmentsConnection.pageInfo.endCursor;
          const next = await run({ query: SORTED_PAGE, variables: { sort, order, after } });
          expect([sort, order, next.outcome]).toEqual([sort, order, 'answered']);
        }
      }
    });

    itMysql('a filtered page', async () => {
      const page = await run({
        query: OPERATIONS.BenchPage,
        variables: { first: 10, filter: { title: '*o*' } },
      });
      expect(page.outcome).toBe('answered');
    });
  });

  describe('values that are hard to write as JSON, answered directly', () => {
    const ODD =
      'say "quotes" \\ back\\slash\nnew line\ttab \u0000 \u0001 \u001f \u007f 📷 𝄞 é e\u0301 Ωmega ü </script> \u2028 \u2029 / \'single\'';

    itMysql('strings with quotes, backslashes, control characters, emoji, non-BMP and accented text', async () => {
      const id = await appointmentWith({ title: ODD, location: ODD, notes: ODD, note: `${ODD}\r\n${ODD}`, photographer_name: '📷' });
      const columns = await run({ query: COLUMNS_BY_ID, variables: { id: String(id) } });
      expect(columns.outcome).toBe('answered');
      expect(columns.body.data.appointment.title).toBe(ODD);
      const bench = await run({ query: OPERATIONS.BenchById, variables: { id: String(id) } });
      expect(bench.outcome).toBe('answered');
    });

    itMysql('null optional columns and relations', async () => {
      const id = await appointmentWith();
      const bench = await run({ query: BY_ID, variables: { id: String(id) } });
      expect(bench.outcome).toBe('answered');
      const a = bench.body.data.appointment;
      expect([a.reference, a.location, a.timeStartLocal, a.orderId, a.customer, a.user]).toEqual([null, null, null, null, null, null]);
      expect(a.contacts).toEqual([]);
    });

    itMysql('time columns negative or over 24 hours, dates and instants at the edges, flags other than 0 and 1', async () => {
      const id = await appointmentWith({
        time_start_local: '-01:30:00',
        time_stop_local: '30:00:00',
        requested_time: '838:59:59',
        time_start_office: '-838:59:59',
        start_date: '2026-05-01 10:00:00.123',
        end_date: '9999-12-31 23:59:59.999',
        confirmed_at: '1000-01-01 00:00:00.001',
        date_start_local: '1000-01-01',
        requested_date: '9999-12-31',
        confirmed: 2,
      });
      const columns = await run({ query: COLUMNS_BY_ID, variables: { id: String(id) } });
      expect(columns.outcome).toBe('answered');
      const a = columns.body.data.appointment;
      expect([a.timeStartLocal, a.timeStopLocal, a.startDate]).toEqual(['-01:30:00', '30:00:00', '2026-05-01T10:00:00.123Z']);
      const bench = await run({ query: OPERATIONS.BenchById, variables: { id: String(id) } });
      expect(bench.outcome).toBe('answered');
    });

    itMysql('a millisecond start date set through the API', async () => {
      const id = await appointmentWith({}, { startDate: '2026-05-01T10:00:00.123Z', endDate: '2026-05-01T11:00:00.999Z' });
      const columns = await run({ query: COLUMNS_BY_ID, variables: { id: String(id) } });
      expect(columns.outcome).toBe('answered');
      expect(columns.body.data.appointment.startDate).toBe('2026-05-01T10:00:00.123Z');
    });
  });

  itMysql('a dangling pointer at a missing customer reads as customer: null, answered directly', async () => {
    const id = await appointmentWith({}, { customerId: String(full.customerId) });
    await onOneConnection([
      ['SET FOREIGN_KEY_CHECKS=0'],
      ['UPDATE appointments SET customer_id = 999999 WHERE id = ?', [id]],
      ['SET FOREIGN_KEY_CHECKS=1'],
    ]);
    try {
      const one = await run({ query: BY_ID, variables: { id: String(id) } });
      expect(one.outcome).toBe('answered');
      expect(one.body.data.appointment.customer).toBeNull();
      const page = await run({ query: OPERATIONS.BenchPage, variables: { first: 1000 } });
      expect(page.outcome).toBe('answered');
    } finally {
      await g.db.query('UPDATE appointments SET customer_id = ? WHERE id = ?', [full.customerId, id]);
    }
  });

  itMysql('an appointment with more contacts than a list holds: the first 100, as the usual path answers', async () => {
    const id = await appointmentWith({ customer_id: full.customerId });
    await g.db.query(
      `INSERT INTO contacts (customer_id, name, email) SELECT ?, CONCAT('Many ', n.i), NULL FROM
       (SELECT a.i * 10 + b.i AS i FROM (SELECT 0 AS i UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
        UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10) a,
        (SELECT 0 AS i UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
        UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) b) n`,
      [full.customerId],
    );
    await g.db.query(
      `INSERT INTO appointment_contacts (appointment_id, contact_id) SELECT ?, id FROM contacts WHERE name LIKE 'Many %' ORDER BY id LIMIT 101`,
      [id],
    );
    const query = 'query($id: ID!) { appointment(id: $id) { id contacts { id name } } }';
    const over = await run({ query, variables: { id: String(id) } });
    expect(over.outcome).toBe('answered');
    expect(over.body.data.appointment.contacts).toHaveLength(100);
  });

  describe('declined (or never planned), and answered the same by the usual path', () => {
    itMysql('a zero start date', async () => {
      const id = await appointmentWith();
      try {
        await onOneConnection([
          ["SET SESSION sql_mode=''"],
          ["UPDATE appointments SET start_date = '0000-00-00 00:00:00' WHERE id = ?", [id]],
        ]);
      } catch {
        // This MariaDB refuses zero dates even with an empty sql_mode: nothing to check.
        return;
      }
      try {
        const one = await run({ query: COLUMNS_BY_ID, variables: { id: String(id) } });
        expect(one.outcome).toBe('declined');
        const page = await run({ query: SORTED_PAGE, variables: { sort: 'START_DATE', order: 'ASC' } });
        expect(page.outcome).toBe('declined');
      } finally {
        await g.db.query("UPDATE appointments SET start_date = '2026-05-01 10:00:00' WHERE id = ?", [id]);
      }
    });

    itMysql('zero and partly zero dates in DATE and DATETIME columns', async () => {
      const id = await appointmentWith();
      try {
        await onOneConnection([
          ["SET SESSION sql_mode=''"],
          [
            "UPDATE appointments SET date_start_local = '0000-00-00', requested_date = '2026-00-15', confirmed_at = '2026-05-00 10:00:00' WHERE id = ?",
            [id],
          ],
        ]);
      } catch {
        return;
      }
      const one = await run({ query: COLUMNS_BY_ID, variables: { id: String(id) } });
      expect(one.outcome).toBe('declined');
      const dateOnly = await run({
        query: 'query($id: ID!) { appointment(id: $id) { id dateStartLocal requestedDate } }',
        variables: { id: String(id) },
      });
      // DATE columns read as text: '0000-00-00' and '2026-00-15' as they are, on both paths.
      expect(dateOnly.outcome).toBe('answered');
      await g.db.query('UPDATE appointments SET date_start_local = NULL, requested_date = NULL, confirmed_at = NULL WHERE id = ?', [id]);
    });

    itMysql('not found, a bad id, a bad cursor', async () => {
      expect((await run({ query: BY_ID, variables: { id: '99999999' } })).outcome).toBe('declined');
      expect((await run({ query: OPERATIONS.BenchByReference, variables: { reference: 'no-such-reference' } })).outcome).toBe('declined');
      expect((await run({ query: OPERATIONS.BenchByUuid, variables: { uuid: '00000000-0000-0000-0000-000000000000' } })).outcome).toBe(
        'declined',
      );
      expect((await run({ query: BY_ID, variables: { id: 'abc' } })).outcome).toBe('declined');
      expect((await run({ query: BY_ID, variables: { id: '-1' } })).outcome).toBe('declined');
      expect((await run({ query: SORTED_PAGE, variables: { sort: 'ID', order: 'ASC', after: 'not-a-cursor' } })).outcome).toBe('declined');
      // A cursor of another sort.
      const byTitle = await run({ query: SORTED_PAGE, variables: { sort: 'TITLE', order: 'ASC' } });
      const endCursor = byTitle.body.data.appointmentsConnection.pageInfo.endCursor;
      expect((await run({ query: SORTED_PAGE, variables: { sort: 'ID', order: 'ASC', after: endCursor } })).outcome).toBe('declined');
      // A variable that does not coerce, and a page size out of range.
      expect((await run({ query: BY_ID, variables: {} })).outcome).toBe('declined');
      expect((await run({ query: OPERATIONS.BenchPage, variables: { first: 1001 } })).outcome).toBe('declined');
    });

    itMysql('an Accept header Apollo answers with another media type or refuses: its way, the same answer', async () => {
      const query = { query: 'query($id: ID!) { appointment(id: $id) { id title } }', variables: { id: String(full.id) } };
      for (const accept of ['application/json', '*/*', 'application/json, */*;q=0.5']) {
        const r = await run({ ...query, headers: { ...g.defaultHeaders, accept } });
        expect({ accept, outcome: r.outcome }).toEqual({ accept, outcome: 'answered' });
      }
      for (const accept of [
        'application/graphql-response+json',
        'application/graphql-response+json, application/json;q=0.9',
        'text/html',
      ]) {
        const r = await run({ ...query, headers: { ...g.defaultHeaders, accept } });
        expect({ accept, outcome: r.outcome }).toEqual({ accept, outcome: 'unplanned' });
      }
    });

    itMysql('a document over 16,384 characters (never planned, so that no large text is kept: Apollo answers it)', async () => {
      // Plans are kept per document text, before authentication: large distinct texts would
      // otherwise each be kept, up to 500 of them. A comment makes a short look-up long.
      const query = `# ${'x'.repeat(16_400)}\nquery($id: ID!) { appointment(id: $id) { id title } }`;
      const long = await run({ query, variables: { id: String(full.id) } });
      expect(long.outcome).toBe('unplanned');
      const short = await run({ query: 'query($id: ID!) { appointment(id: $id) { id title } }', variables: { id: String(full.id) } });
      expect(short.outcome).toBe('answered');
      expect(long.body).toEqual(short.body);
    });

    itMysql('a directive (never planned: Apollo answers it)', async () => {
      const query = `query($id: ID!, $c: Boolean!) { appointment(id: $id) { id title customer @include(if: $c) { name } } }`;
      const included = await run({ query, variables: { id: String(full.id), c: true } });
      expect(included.outcome).toBe('unplanned');
      expect(included.body.data.appointment.customer).not.toBeNull();
      expect((await run({ query, variables: { id: String(full.id), c: false } })).outcome).toBe('unplanned');
    });

    for (const role of ['liaison', 'client'] as const) {
      itMysql(`a ${role}: related rows declined, columns and contacts answered, other customers' rows not found`, async () => {
        const headers = await g.tokenFor({ role, customerIds: [full.customerId] });
        const id = String(full.id);
        const related = await run({
          query: 'query($id: ID!) { appointment(id: $id) { id customer { name } } }',
          variables: { id },
          headers,
        });
        expect(related.outcome).toBe('declined');
        expect(related.body.data.appointment.customer).not.toBeNull();
        const columns = await run({ query: COLUMNS_BY_ID, variables: { id }, headers });
        expect(columns.outcome).toBe('answered');
        const contacts = await run({
          query: 'query($id: ID!) { appointment(id: $id) { id contacts { id name email } } }',
          variables: { id },
          headers,
        });
        expect(contacts.outcome).toBe('answered');
        const page = await run({
          query:
            'query { appointmentsConnection(first: 50, sort: START_DATE) { totalCount nodes { id title contacts { name } } pageInfo { endCursor } } }',
          headers,
        });
        expect(page.outcome).toBe('answered');
        expect(page.body.data.appointmentsConnection.nodes.length).toBeGreaterThan(0);
        const [other] = await g.db.query('SELECT id FROM appointments WHERE customer_id IS NOT NULL AND customer_id <> ? LIMIT 1', [
          full.customerId,
        ]);
        const hidden = await run({ query: COLUMNS_BY_ID, variables: { id: String(other.id) }, headers });
        expect(hidden.outcome).toBe('declined');
        expect(hidden.body.data.appointment).toBeNull();
      });
    }
  });

  // Last in this describe: it uses up the database's bound on text statements for the rest of it.
  itMysql('past 64 different selections, the rest are declined (bounded statements), answered the same', async () => {
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 70; i++) {
      const r = await run({ query: `query($id: ID!) { appointment(id: $id) { id t${i}: title } }`, variables: { id: String(full.id) } });
      outcomes.push(r.outcome);
    }
    expect(outcomes.filter((o) => o === 'declined').length).toBeGreaterThanOrEqual(6);
    // Once the bound is reached, every new selection goes the usual way.
    expect(outcomes.slice(-6)).toEqual(Array(6).fill('declined'));
  });
});

describe('direct reads over MAX_RESPONSE_BYTES', () => {
  let g: TestGateway;
  let direct: Listening;
  let reference: Listening;
  const started: Listening[] = [];

  beforeAll(async () => {
    if (!ON_MYSQL) return;
    g = await startTestGateway({ seed: 'demo', limits: { maxResponseBytes: 2048 } });
    direct = { gateway: g.gateway, url: `${g.url}/graphql` };
    reference = await gatewayOf(g, referenceConfig);
  });
  afterAll(async () => {
    for (const s of [reference, ...started]) await s?.gateway.stop();
    await g?.close();
  });

  itMysql("decline a page of 100 in the scheduler's view: both answer response-too-large", async () => {
    const page = await compare(direct, reference.url, g.defaultHeaders, { query: OPERATIONS.BenchPage, variables: { first: 100 } });
    expect(page.outcome).toBe('declined');
    expect(page.body.errors[0].extensions.code).toBe('response-too-large');
    const small = await compare(direct, reference.url, g.defaultHeaders, { query: OPERATIONS.BenchSlimPage, variables: { first: 2 } });
    expect(small.outcome).toBe('answered');
  });

  itMysql('answer as the usual path does at a limit one byte under, at and over the size of the answer', async () => {
    const request = { query: OPERATIONS.BenchSlimPage, variables: { first: 3 } };
    const res = await fetch(direct.url, {
      method: 'POST',
      headers: { ...g.defaultHeaders, 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const size = Buffer.byteLength(await res.text());
    for (const limit of [size - 1, size, size + 1]) {
      const limits = (config: TestGateway['config']) => ({ ...config, limits: { ...config.limits, maxResponseBytes: limit } });
      const [d, r] = await Promise.all([gatewayOf(g, limits), gatewayOf(g, (c) => referenceConfig(limits(c)))]);
      started.push(d, r);
      const answer = await compare(d, r.url, g.defaultHeaders, request);
      expect([limit - size, answer.outcome]).toEqual([limit - size, limit < size ? 'declined' : 'answered']);
    }
  });
});
