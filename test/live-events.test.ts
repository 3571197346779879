import pino from 'pino';
import { DataSource } from 'typeorm';
import { createGateway, Gateway } from '../src/app';
import { createDataSource } from '../src/database/data-source';
import { Customer } from '../src/database/entities';
import { otherWriter, OtherWriter } from './support/other-writer';
import { insertAppointment } from './appointment-mutations.fixtures';
import { startTestGateway, TestGateway } from './support/test-gateway';
import { connectSubscriber, initPayload, TestSubscriber, until } from './support/test-subscriber';

/*
 * Live events end to end, with nothing standing in: every writer's change goes through the
 * triggers into row_changes, the instance's poller reads it, the change hub fans it out, and a
 * graphql-ws client receives it. The gateway's own mutations, another application's SQL
 * (insert, update, delete), the row rules per role, and (MySQL) a second instance on the same
 * database receiving the same events.
 */

const APPOINTMENTS = `subscription($filter: AppointmentFilter) {
  appointmentChanged(filter: $filter) { kind id updatedAtMt appointment { id title customer { reference } } } }`;
const ORDER = 'subscription($id: ID!) { orderChanged(id: $id) { kind id order { reference notes } } }';
const CREATE = `mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { id updatedAtMt } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateAppointmentInput!) { updateAppointment(id: $id, input: $input) { updatedAtMt } }`;

const kinds = (s: { results: { data?: any }[] }) =>
  s.results.map((r) => [r.data.appointmentChanged.kind, Number(r.data.appointmentChanged.id)]);

describe('live events from every writer', () => {
  let g: TestGateway;
  let other: OtherWriter;
  let own: number;
  let foreign: number;
  const open: TestSubscriber[] = [];

  beforeAll(async () => {
    g = await startTestGateway();
    other = await otherWriter(g.config);
    const customers = g.db.getRepository(Customer);
    own = (await customers.insert({ reference: 'LIVE-OWN', name: 'Own', createdAt: new Date() })).identifiers[0].id;
    foreign = (await customers.insert({ reference: 'LIVE-FOREIGN', name: 'Foreign', createdAt: new Date() })).identifiers[0].id;
  });
  afterAll(async () => {
    await Promise.all(open.map((s) => s.dispose()));
    await other?.close();
    await g?.close();
  });

  const subscribe = async (headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) => {
    const s = connectSubscriber(g, initPayload(headers));
    open.push(s);
    await s.connected;
    const sub = s.subscribe(query, variables);
    // The subscription is registered once the server has read the subscribe message: give it a turn.
    await new Promise((r) => setTimeout(r, 100));
    return sub;
  };

  it("delivers the gateway's own writes and another application's inserts, updates and deletes, in order, by the row rules", async () => {
    const employee = await subscribe(g.defaultHeaders, APPOINTMENTS);
    const client = await subscribe(await g.tokenFor({ role: 'client', customerIds: [own] }), APPOINTMENTS);
    const filtered = await subscribe(g.defaultHeaders, APPOINTMENTS, { filter: { customerId: String(foreign) } });

    // The gateway's own write.
    const created = await g.gql(CREATE, {
      input: { title: 'Live one', startDate: '2026-05-01T09:00:00Z', endDate: '2026-05-01T10:00:00Z', customerId: String(own) },
    });
    expect(created.body.errors).toBeUndefined();
    const mine = Number(created.body.data.createAppointment.id);
    await g.gql(UPDATE, { id: String(mine), input: { updatedAtMt: created.body.data.createAppointment.updatedAtMt, title: 'Live two' } });

    // Another application's SQL: an insert for the other customer, an update and a delete of ours.
    const theirs = await other.insertAppointment(foreign, 'Other app row');
    await other.run("UPDATE appointments SET title = 'Renamed by SQL', updated_at_mt = ? WHERE id = ?", [`${Date.now()}~sql`, mine]);
    await other.run('DELETE FROM appointments WHERE id = ?', [mine]);

    await employee.received(5, 5000);
    expect(kinds(employee)).toEqual([
      ['CREATED', mine],
      ['UPDATED', mine],
      ['CREATED', theirs],
      ['UPDATED', mine],
      ['DELETED', mine],
    ]);
    // The client of `own` gets its own customer's four changes, never the other customer's.
    await client.received(4, 5000);
    expect(kinds(client)).toEqual([
      ['CREATED', mine],
      ['UPDATED', mine],
      ['UPDATED', mine],
      ['DELETED', mine],
    ]);
    // The filter on the other customer sees only its row.
    await filtered.received(1, 5000);
    expect(kinds(filtered)).toEqual([['CREATED', theirs]]);
    expect(filtered.results[0].data.appointmentChanged.appointment).toEqual({
      id: String(theirs),
      title: 'Other app row',
      customer: { reference: 'LIVE-FOREIGN' },
    });
    expect(employee.results[4].data.appointmentChanged).toMatchObject({ kind: 'DELETED', updatedAtMt: null, appointment: null });

    // Nothing more arrives late: the client never gets the foreign insert.
    await new Promise((r) => setTimeout(r, 400));
    expect(client.results).toHaveLength(4);
  });

  it('tells the users of the customer an appointment left that it is gone, and staff once', async () => {
    const moving = await other.insertAppointment(own, 'Moving');
    const employee = await subscribe(g.defaultHeaders, APPOINTMENTS, { filter: { ids: [String(moving)] } });
    const left = await subscribe(await g.tokenFor({ role: 'client', customerIds: [own] }), APPOINTMENTS);
    const joined = await subscribe(await g.tokenFor({ role: 'client', customerIds: [foreign] }), APPOINTMENTS);
    await other.run('UPDATE appointments SET customer_id = ?, updated_at_mt = ? WHERE id = ?', [foreign, `${Date.now()}~mv`, moving]);
    await until(() => [employee, left, joined].every((s) => kinds(s).some(([k, id]) => k === 'UPDATED' && id === moving)), 'the move');
    await new Promise((r) => setTimeout(r, 300));
    const moves = (s: typeof employee) =>
      s.results.map((r) => r.data.appointmentChanged).filter((c) => c.kind === 'UPDATED' && Number(c.id) === moving);
    expect(moves(employee)).toHaveLength(1);
    expect(moves(employee)[0].appointment.customer).toEqual({ reference: 'LIVE-FOREIGN' });
    expect(moves(joined)).toHaveLength(1);
    expect(moves(joined)[0].appointment.customer).toEqual({ reference: 'LIVE-FOREIGN' });
    expect(moves(left)).toEqual([expect.objectContaining({ kind: 'UPDATED', appointment: null })]);
  });

  it("delivers an order's change made by another application to orderChanged", async () => {
    const { insertId: orderId } = await other.run(
      'INSERT INTO orders (reference, customer_id, status, sign_off_count, created_at, updated_at, updated_at_mt) VALUES (?, ?, ?, 0, ?, ?, ?)',
      ['LIVE-O1', own, 'open', '2026-05-01 09:00:00.000', '2026-05-01 09:00:00.000', `${Date.now()}~o`],
    );
    const sub = await subscribe(g.defaultHeaders, ORDER, { id: String(orderId) });
    await other.run("UPDATE orders SET notes = 'from the CRM', updated_at_mt = ? WHERE id = ?", [`${Date.now()}~o2`, orderId]);
    // The order's CREATED may come first: it can still be on its way when the subscription starts.
    const updated = () => sub.results.find((r) => r.data.orderChanged.kind === 'UPDATED');
    await until(() => updated() !== undefined, 'the UPDATED event');
    expect(sub.results.map((r) => r.data.orderChanged.kind)).not.toContain('DELETED');
    expect(updated()!.data.orderChanged).toEqual({
      kind: 'UPDATED',
      id: String(orderId),
      order: { reference: 'LIVE-O1', notes: 'from the CRM' },
    });
  });
});

const describeMysql = process.env.TEST_DB === 'mysql' ? describe : describe.skip;

describeMysql('live events on two instances of one database', () => {
  let g: TestGateway;
  let second: Gateway;
  let secondDb: DataSource;
  const open: TestSubscriber[] = [];

  beforeAll(async () => {
    g = await startTestGateway();
    secondDb = await createDataSource(g.config).initialize();
    second = await createGateway(g.config, secondDb, pino({ level: 'silent' }));
  });
  afterAll(async () => {
    await Promise.all(open.map((s) => s.dispose()));
    await second?.stop();
    if (secondDb?.isInitialized) await secondDb.destroy();
    await g?.close();
  });

  it('delivers a write made through one instance to the subscribers of both', async () => {
    const port = await second.listen(0, '127.0.0.1');
    const onSecond = { ...g, url: `http://127.0.0.1:${port}` } as TestGateway;
    const subs = [];
    for (const target of [g, onSecond]) {
      const s = connectSubscriber(target, initPayload(g.defaultHeaders));
      open.push(s);
      await s.connected;
      subs.push(s.subscribe(APPOINTMENTS));
    }
    await new Promise((r) => setTimeout(r, 100));
    const created = await g.gql(CREATE, {
      input: { title: 'Seen twice', startDate: '2026-05-01T09:00:00Z', endDate: '2026-05-01T10:00:00Z' },
    });
    const id = Number(created.body.data.createAppointment.id);
    for (const sub of subs) {
      await sub.received(1, 5000);
      expect(kinds(sub)).toEqual([['CREATED', id]]);
      expect(sub.results[0].data.appointmentChanged.appointment.title).toBe('Seen twice');
    }
  });
});

describe("reading the gateway's own writes under a stream of them", () => {
  // A spacing far above a read's few milliseconds, and no interval reads, so the count is the nudges'.
  const SPACING_MS = 1000;
  let g: TestGateway;
  const received: { entity: string; kind: string; rowId: number }[] = [];

  beforeAll(async () => {
    g = await startTestGateway({ env: { CHANGE_NUDGE_SPACING_MS: String(SPACING_MS), CHANGE_POLL_INTERVAL_MS: '60000' } });
    g.gateway.changes.onChanges((batch) => received.push(...batch));
  });
  afterAll(async () => {
    await g?.close();
  });

  const update = async (id: number, stamp: string, title: string): Promise<string> => {
    const res = await g.gql(UPDATE, { id: String(id), input: { title, updatedAtMt: stamp } });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.updateAppointment.updatedAtMt as string;
  };
  const updatedIds = () => new Set(received.filter((c) => c.entity === 'appointment' && c.kind === 'UPDATED').map((c) => c.rowId));

  it('reads once per spacing, not once per commit, and delivers every change; a lone write is read at once', async () => {
    const rows: Awaited<ReturnType<typeof insertAppointment>>[] = [];
    for (let i = 0; i < 40; i += 1) rows.push(await insertAppointment(g.db));
    await g.gateway.changes.pollNow();
    received.length = 0;
    g.counter.reset();

    const started = Date.now();
    const queue = [...rows];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let row = queue.shift(); row; row = queue.shift()) await update(row.id, row.updatedAtMt, `Streamed ${row.id}`);
      }),
    );
    await until(() => rows.every((r) => updatedIds().has(r.id)), 'every update delivered', 10_000);
    const elapsed = Date.now() - started;
    const reads = g.counter.backgroundStatements.length;
    // One read per commit (or per two) would be 20 to 40; one per spacing is a handful.
    expect(reads).toBeLessThanOrEqual(Math.ceil(elapsed / SPACING_MS) + 2);
    expect(reads).toBeLessThan(rows.length / 4);

    // Long after the last read, one write: read at once, not a spacing later.
    await new Promise((r) => setTimeout(r, SPACING_MS + 100));
    received.length = 0;
    const lone = rows[0];
    const current = (await g.gql('query($id: ID!) { appointment(id: $id) { updatedAtMt } }', { id: String(lone.id) })).body.data.appointment
      .updatedAtMt as string;
    const answered = Date.now();
    await update(lone.id, current, 'Lone write');
    await until(() => updatedIds().has(lone.id), 'the lone write delivered', 5_000);
    expect(Date.now() - answered).toBeLessThan(SPACING_MS / 2);
  }, 60_000);
});
