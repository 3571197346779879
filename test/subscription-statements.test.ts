import { Appointment, Customer, Order } from '../src/database/entities';
import { newStamp } from '../src/domain/stamp';
import { insertAppointment } from './appointment-mutations.fixtures';
import { TestChangeSource } from './support/test-change-source';
import { startTestGateway, TestGateway } from './support/test-gateway';
import { connectSubscriber, initPayload, TestSubscriber } from './support/test-subscriber';

/*
 * The database work of a batch of changes must not grow with the subscriptions' filters. A
 * customer portal subscribes with its own customerId, so a gateway with many customers online
 * holds as many distinct filters; each used to cost a column of a matching statement (one
 * statement per 50 filters, per batch). Filters of ids alone are now judged on the changed
 * rows read once; only the others go to SQL. Real sockets, a real database, the statements
 * the gateway sent counted as its DataSource logs them.
 */

const CHANGED = `subscription($filter: AppointmentFilter) {
  appointmentChanged(filter: $filter) { kind id appointment { id title customerId } } }`;
const CUSTOMERS = 120;

describe('statements per batch of changes', () => {
  let g: TestGateway;
  const source = new TestChangeSource();
  let socket: TestSubscriber;

  beforeAll(async () => {
    g = await startTestGateway({
      seed: 'none',
      changes: source,
      env: { MAX_SUBSCRIPTIONS_PER_CONNECTION: '200', MAX_SUBSCRIPTIONS_PER_TOKEN: '200' },
    });
    socket = connectSubscriber(g, initPayload(g.defaultHeaders));
    await socket.connected;
  });
  afterAll(async () => {
    await socket?.dispose();
    await g?.close();
  });

  it(`judges ${CUSTOMERS} distinct customerId filters (and photographer, order, ids) without a statement of their own, and delivers exactly their rows`, async () => {
    const customers = g.db.getRepository(Customer);
    const customerIds: number[] = [];
    for (let i = 0; i < CUSTOMERS; i += 1) {
      customerIds.push((await customers.insert({ reference: `STMT-C-${i}`, name: `C${i}`, createdAt: new Date() })).identifiers[0].id);
    }
    const rows: Appointment[] = [];
    for (const customerId of customerIds) rows.push(await insertAppointment(g.db, { customerId, title: `Plain ${customerId}` }));
    // Rows a customerId filter must not take: no customer, and a title the pattern filter wants.
    rows.push(await insertAppointment(g.db, { customerId: null, title: 'Match nobody' }));
    rows.push(await insertAppointment(g.db, { customerId: customerIds[0], title: 'Match first' }));
    // A photographer's and an order's rows, one of them with no customer.
    const photographer = await g.createUser('STMT-PHOTOGRAPHER', 'employee');
    const orderId = (
      await g.db.getRepository(Order).insert({
        reference: 'STMT-ORDER',
        customerId: customerIds[1],
        notes: null,
        createdAt: new Date(),
        lastUpdated: new Date(),
        updatedAt: newStamp(new Date()),
      } as never)
    ).identifiers[0].id as number;
    rows.push(await insertAppointment(g.db, { customerId: customerIds[1], orderId, photographerUserId: photographer, title: 'Ordered' }));
    rows.push(await insertAppointment(g.db, { customerId: null, photographerUserId: photographer, title: 'Unbilled' }));
    const extra = rows.slice(CUSTOMERS);

    const byCustomer = customerIds.map((customerId) => socket.subscribe(CHANGED, { filter: { customerId: String(customerId) } }));
    const everything = socket.subscribe(CHANGED);
    const byIds = socket.subscribe(CHANGED, { filter: { ids: [String(rows[3].id), String(rows[5].id)] } });
    // Filters SQL still judges: a title pattern, and a pattern with an id beside it.
    const byTitle = socket.subscribe(CHANGED, { filter: { title: 'Match*' } });
    const byTitleOfFirst = socket.subscribe(CHANGED, { filter: { title: 'Match*', customerId: String(customerIds[0]) } });
    const byPhotographer = socket.subscribe(CHANGED, { filter: { photographerUserId: String(photographer) } });
    const byOrder = socket.subscribe(CHANGED, { filter: { orderId: String(orderId) } });
    const byOrderAndCustomer = socket.subscribe(CHANGED, { filter: { orderId: String(orderId), customerId: String(customerIds[1]) } });
    const byOrderElsewhere = socket.subscribe(CHANGED, { filter: { orderId: String(orderId), customerId: String(customerIds[2]) } });

    // Every subscription is registered once each has received a change of the batch.
    const all = [byCustomer, [everything, byIds, byTitle, byTitleOfFirst, byPhotographer, byOrder, byOrderAndCustomer]].flat();
    const batch = rows.map((r) => ({ entity: 'appointment' as const, kind: 'UPDATED' as const, rowId: r.id, customerId: r.customerId }));
    for (let tries = 0; !all.every((s) => s.results.length > 0); tries += 1) {
      if (tries === 50) throw new Error('the subscriptions did not register');
      source.emit(...batch);
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 300));
    const before = all.map((s) => s.results.length);

    const statements: string[] = [];
    const logger = g.db.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (sql, params) => {
      // The gateway's own timers (retention, gap checks) run beside the batch: not its work.
      if (!sql.startsWith('/* background */')) statements.push(sql);
      return logQuery(sql, params);
    };
    try {
      source.emit(...batch);
      await everything.received(before[CUSTOMERS] + rows.length);
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      logger.logQuery = logQuery;
    }

    const idsOf = (s: { results: { data?: any }[] }, from: number) =>
      s.results.slice(from).map((r) => Number(r.data.appointmentChanged.id));
    byCustomer.forEach((s, i) => expect(idsOf(s, before[i])).toEqual(rows.filter((r) => r.customerId === customerIds[i]).map((r) => r.id)));
    expect(idsOf(everything, before[CUSTOMERS])).toEqual(rows.map((r) => r.id));
    expect(idsOf(byIds, before[CUSTOMERS + 1])).toEqual([rows[3].id, rows[5].id]);
    expect(idsOf(byTitle, before[CUSTOMERS + 2])).toEqual([extra[0].id, extra[1].id]);
    expect(idsOf(byTitleOfFirst, before[CUSTOMERS + 3])).toEqual([extra[1].id]);
    expect(idsOf(byPhotographer, before[CUSTOMERS + 4])).toEqual([extra[2].id, extra[3].id]);
    expect(idsOf(byOrder, before[CUSTOMERS + 5])).toEqual([extra[2].id]);
    expect(idsOf(byOrderAndCustomer, before[CUSTOMERS + 6])).toEqual([extra[2].id]);
    expect(byOrderElsewhere.results).toEqual([]);
    expect([byOrderElsewhere.error, byOrderElsewhere.completed]).toEqual([null, false]);

    // One read of the changed rows, and one statement for the two filters only SQL can judge.
    expect(statements.map((sql) => sql.slice(0, 40))).toHaveLength(2);
    const matching = statements.filter((sql) => sql.includes('CASE WHEN'));
    expect(matching).toHaveLength(1);
    expect(matching[0]).toContain(' AS m1 ');
    expect(matching[0]).not.toContain(' AS m2 ');
  });
});
