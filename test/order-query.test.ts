import { Appointment, Order, OrderLineItem, OrderSignOff } from '../src/database/entities';
import { startTestGateway, TestGateway } from './support/test-gateway';

const ORDER = `query($id: ID!) { order(id: $id) {
  id reference notes status updatedAt customer { id reference name }
  lineItems { id name quantity completedQuantity } appointments { id startDate } signOffs { id outcome notes signedBy } } }`;

describe('order query', () => {
  let g: TestGateway;
  let order: Order;

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'demo' });
    const withAppointments = await g.db.query('SELECT order_id FROM appointments WHERE order_id IS NOT NULL ORDER BY order_id LIMIT 1');
    order = await g.db.getRepository(Order).findOneByOrFail({ id: Number(withAppointments[0].order_id) });
    await g.db.getRepository(OrderSignOff).save([
      {
        orderId: order.id,
        appointmentId: null,
        outcome: 'done',
        notes: 'first',
        signedBy: 'emp-01',
        signedIn: 'planox2',
        signedAt: new Date('2026-01-02T10:00:00Z'),
      },
      {
        orderId: order.id,
        appointmentId: null,
        outcome: 'cancelled',
        notes: 'amended',
        signedBy: 'emp-02',
        signedIn: 'planox2',
        signedAt: new Date('2026-01-03T10:00:00Z'),
      },
    ]);
  });
  afterAll(() => g.close());

  it('returns the order with its customer, line items, appointments and sign-off history', async () => {
    const res = await g.gql(ORDER, { id: String(order.id) });
    expect(res.body.errors).toBeUndefined();
    const o = res.body.data.order;
    const items = await g.db.getRepository(OrderLineItem).find({ where: { orderId: order.id }, order: { id: 'ASC' } });
    const appts = await g.db.getRepository(Appointment).find({ where: { orderId: order.id }, order: { startDate: 'ASC', id: 'ASC' } });
    expect(o).toMatchObject({
      id: String(order.id),
      reference: order.reference,
      updatedAt: order.updatedAt,
      customer: { id: String(order.customerId) },
    });
    expect(o.lineItems.map((i: any) => Number(i.id))).toEqual(items.map((i) => i.id));
    expect(o.appointments.map((a: any) => Number(a.id))).toEqual(appts.map((a) => a.id));
    expect(appts.length).toBeGreaterThan(0);
    expect(o.signOffs.map((s: any) => [s.outcome, s.notes, s.signedBy])).toEqual([
      ['done', 'first', 'emp-01'],
      ['cancelled', 'amended', 'emp-02'],
    ]);
  });

  it('is null with not-found for an order that does not exist', async () => {
    const res = await g.gql(ORDER, { id: '999999' });
    expect(res.body.data).toEqual({ order: null });
    expect(res.body.errors![0]).toMatchObject({
      message: "The order with the id 999999 doesn't exist.",
      extensions: { code: 'not-found', status: 404, params: ['id'] },
    });
  });

  it('shows an order to a client of its customer only; to others it does not exist', async () => {
    const own = await g.tokenFor({ role: 'client', customerIds: [order.customerId!] });
    expect((await g.gql(ORDER, { id: String(order.id) }, own)).body.data.order.id).toBe(String(order.id));
    const other = await g.db.query('SELECT id FROM customers WHERE id <> ? ORDER BY id LIMIT 1', [order.customerId]);
    const stranger = await g.tokenFor({ role: 'client', customerIds: [Number(other[0].id)] });
    const res = await g.gql(ORDER, { id: String(order.id) }, stranger);
    expect(res.body.data).toEqual({ order: null });
    expect(res.body.errors![0].extensions).toMatchObject({ code: 'not-found', status: 404 });
    expect(res.body.errors![0].message).toBe(`The order with the id ${order.id} doesn't exist.`);
  });

  it('resolves line items, appointments and sign-offs of many orders in a constant number of statements (the look-ups batched too)', async () => {
    const ids = (await g.db.getRepository(Order).find({ order: { id: 'ASC' } })).map((o) => o.id);
    const count = async (n: number) => {
      const fields = ids
        .slice(0, n)
        .map(
          (id, i) => `o${i}: order(id: "${id}") { lineItems { id } appointments { id customer { id } } signOffs { id } customer { id } }`,
        );
      g.counter.reset();
      const res = await g.gql(`{ ${fields.join(' ')} }`);
      expect(res.body.errors).toBeUndefined();
      return g.counter.count;
    };
    // Ten look-ups: the most aliases an operation may have (MAX_QUERY_ALIASES).
    expect(await count(1)).toBe(await count(10));
  });
});
