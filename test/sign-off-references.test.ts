import { createServices } from '../src/app';
import { serviceContext } from './support/service-context';
import { tableChecksum } from './support/table-checksum';
import { startTestGateway, TestGateway } from './support/test-gateway';
import {
  ArrangedOrder,
  arrangeCustomer,
  arrangeLooseAppointmentReference,
  arrangeOrder,
  flag,
  rowOf,
  SIGN_OFF,
  snapshot,
} from './order-sign-off.fixtures';

/*
 * References on the order sign-off (#18): the order and the appointment are each named by id or
 * by reference, exactly one of the two. The order is the mutation's target (unknown or invisible:
 * not-found); the appointment is a pointer (unknown, invisible or of another order:
 * invalid-param). Line items have no reference and stay by id. Every refusal changes nothing.
 */

describe('signOffOrder by references', () => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
  });
  afterAll(async () => {
    await g.close();
  });

  function signOff(input: Record<string, unknown>, headers?: Record<string, string>) {
    return g.gql(SIGN_OFF, { input }, headers);
  }

  const byReferences = (o: ArrangedOrder) => ({
    orderReference: o.orderReference,
    updatedAt: o.stamp,
    appointment: { appointmentReference: o.apptReference },
  });

  describe('when the order and the appointment are named by reference', () => {
    it('signs off exactly as by ids: the order, the listed line item, the appointment and a history entry', async () => {
      const o = await arrangeOrder(g.db);
      const res = await signOff({
        ...byReferences(o),
        notes: 'by references',
        lineItems: [{ lineItemId: String(o.lineItemIds[0]), completedQuantity: 10 }],
        appointment: { appointmentReference: o.apptReference, cancelReason: 'Rain' },
      });
      expect(res.body.errors).toBeUndefined();
      const { order, appointment } = res.body.data.signOffOrder;
      expect(order).toMatchObject({ id: String(o.orderId), notes: 'by references', status: 'signed_off', signOffCount: 1 });
      expect(appointment).toMatchObject({ id: String(o.apptId), done: false, cancelled: true, cancelReason: 'Rain' });
      expect(Number((await rowOf(g, 'order_line_items', o.lineItemIds[0])).completed_quantity)).toBe(10);
      const other = await rowOf(g, 'appointments', o.otherApptId);
      expect([flag(other.done), flag(other.cancelled), other.signed_off_at]).toEqual([false, false, null]);
      const history = await g.db.query('SELECT * FROM order_sign_offs WHERE order_id = ?', [o.orderId]);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ appointment_id: o.apptId, outcome: 'cancelled' });
    });

    it.each([
      [
        'the order by reference, the appointment by id',
        (o: ArrangedOrder) => ({ orderReference: o.orderReference, apptId: String(o.apptId) }),
      ],
      [
        'the order by id, the appointment by reference',
        (o: ArrangedOrder) => ({ orderId: String(o.orderId), appointmentReference: o.apptReference }),
      ],
      [
        'ids sent as null beside the references (null is as absent)',
        (o: ArrangedOrder) => ({ orderId: null, orderReference: o.orderReference, apptId: null, appointmentReference: o.apptReference }),
      ],
    ])('accepts %s', async (_name, keys) => {
      const o = await arrangeOrder(g.db);
      const { orderId, orderReference, apptId, appointmentReference } = keys(o) as Record<string, string | null | undefined>;
      const res = await signOff({ orderId, orderReference, updatedAt: o.stamp, appointment: { apptId, appointmentReference } });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.signOffOrder.order.id).toBe(String(o.orderId));
      expect(res.body.data.signOffOrder.appointment).toMatchObject({ id: String(o.apptId), done: true });
    });
  });

  describe('when a reference is refused, nothing changes', () => {
    type Case = [
      string,
      (o: ArrangedOrder, other: ArrangedOrder, loose: string) => Record<string, unknown>,
      Record<string, unknown>,
      string,
    ];
    const cases: Case[] = [
      [
        'an unknown order reference',
        (o) => ({ ...byReferences(o), orderReference: 'SO-NO-SUCH-ORDER' }),
        { code: 'not-found', status: 404, params: ['input.orderReference'] },
        "The order with the reference SO-NO-SUCH-ORDER doesn't exist.",
      ],
      [
        'an order reference in another case (references compare byte for byte)',
        (o) => ({ ...byReferences(o), orderReference: o.orderReference.toLowerCase() }),
        { code: 'not-found', params: ['input.orderReference'] },
        "The order with the reference %order% doesn't exist.",
      ],
      [
        'an unknown appointment reference',
        (o) => ({ ...byReferences(o), appointment: { appointmentReference: 'SO-A-NO-SUCH' } }),
        { code: 'invalid-param', status: 400, params: ['input.appointment.appointmentReference'] },
        "The appointment with the reference SO-A-NO-SUCH doesn't exist.",
      ],
      [
        'the appointment reference of an appointment of another order',
        (o, other) => ({ ...byReferences(o), appointment: { appointmentReference: other.apptReference } }),
        { code: 'invalid-param', status: 400, params: ['input.appointment.appointmentReference'] },
        "The appointment with the reference %other% doesn't belong to order %orderReference%.",
      ],
      [
        'the appointment reference of an appointment of no order',
        (o, _other, loose) => ({ ...byReferences(o), appointment: { appointmentReference: loose } }),
        { code: 'invalid-param', params: ['input.appointment.appointmentReference'] },
        "The appointment with the reference %loose% doesn't belong to order %orderReference%.",
      ],
      [
        'both orderId and orderReference',
        (o) => ({ ...byReferences(o), orderId: String(o.orderId) }),
        { code: 'invalid-param', status: 400, params: ['input.orderId', 'input.orderReference'] },
        'Send input.orderId or input.orderReference, not both.',
      ],
      [
        'both apptId and appointmentReference',
        (o) => ({ ...byReferences(o), appointment: { apptId: String(o.apptId), appointmentReference: o.apptReference } }),
        { code: 'invalid-param', params: ['input.appointment.apptId', 'input.appointment.appointmentReference'] },
        'Send input.appointment.apptId or input.appointment.appointmentReference, not both.',
      ],
      [
        'neither orderId nor orderReference',
        (o) => ({ updatedAt: o.stamp, appointment: { appointmentReference: o.apptReference } }),
        { code: 'missing-param', status: 400, params: ['input.orderId', 'input.orderReference'] },
        'input.orderId or input.orderReference parameter is missing',
      ],
      [
        'neither apptId nor appointmentReference',
        (o) => ({ ...byReferences(o), appointment: { cancelReason: 'Rain' } }),
        { code: 'missing-param', params: ['input.appointment.apptId', 'input.appointment.appointmentReference'] },
        'input.appointment.apptId or input.appointment.appointmentReference parameter is missing',
      ],
      [
        'a line item of another order, the order named by reference',
        (o, other) => ({ ...byReferences(o), lineItems: [{ lineItemId: String(other.lineItemIds[0]), completedQuantity: 1 }] }),
        { code: 'invalid-param', params: ['input.lineItems[0].lineItemId'] },
        "The line item with the id %otherLineItem% doesn't belong to order %orderReference%.",
      ],
      [
        'a stale stamp, the order named by reference',
        (o) => ({ ...byReferences(o), updatedAt: '2020-01-01T00:00:00.000Z~00000000' }),
        { code: 'stale-update', status: 409, params: ['input.updatedAt'] },
        'The order with the id %orderId% was changed since it was read; read it again and resend with its current updatedAt.',
      ],
    ];

    it.each(cases)('%s', async (_name, build, extensions, message) => {
      const o = await arrangeOrder(g.db);
      const other = await arrangeOrder(g.db, { items: 1 });
      const loose = await arrangeLooseAppointmentReference(g.db);
      const before = await tableChecksum(g.db);
      const res = await signOff(build(o, other, loose));
      expect(res.body.data).toBeNull();
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors![0].extensions).toMatchObject(extensions);
      const expected = message
        .replace('%order%', o.orderReference.toLowerCase())
        .replace('%orderReference%', o.orderReference)
        .replace('%orderId%', String(o.orderId))
        .replace('%other%', other.apptReference)
        .replace('%otherLineItem%', String(other.lineItemIds[0]))
        .replace('%loose%', loose);
      expect(res.body.errors![0].message).toBe(expected);
      expect(await tableChecksum(g.db)).toBe(before);
    });
  });

  describe('who may sign off by reference', () => {
    it.each([
      ['client', 'its own customer'],
      ['liaison', 'its own customer'],
      ['client', 'another customer'],
      ['liaison', 'another customer'],
    ] as const)('refuses a %s with permission-denied for an order of %s, changing nothing', async (role, whose) => {
      const own = await arrangeCustomer(g.db);
      const o = await arrangeOrder(g.db, { customerId: whose === 'its own customer' ? own : await arrangeCustomer(g.db) });
      const headers = await g.tokenFor({ role, customerIds: [own] });
      const before = await snapshot(g);
      const res = await signOff(byReferences(o), headers);
      expect(res.body.errors![0].extensions).toMatchObject({ code: 'permission-denied', status: 403 });
      expect(await snapshot(g)).toEqual(before);
    });

    // No role with the sign-off grant has a customer scope today; the references still pass the row rules.
    describe('for an actor limited to some customers (through the service: no such role has the grant)', () => {
      async function scopedSignOff(input: Record<string, unknown>, customerIds: number[]) {
        const actor = { role: 'employee' as const, userId: null, userReference: 'scoped', application: 'planox2', customerIds };
        return createServices().orderSignOff.signOff(serviceContext(g.db, actor, 'scoped-references'), input as never);
      }

      it('treats the reference of an order of another customer as an unknown one: not-found naming orderReference', async () => {
        const o = await arrangeOrder(g.db, { customerId: await arrangeCustomer(g.db) });
        const elsewhere = await arrangeCustomer(g.db);
        const before = await tableChecksum(g.db);
        await expect(scopedSignOff(byReferences(o), [elsewhere])).rejects.toMatchObject({
          code: 'not-found',
          params: ['input.orderReference'],
          message: `The order with the reference ${o.orderReference} doesn't exist.`,
        });
        expect(await tableChecksum(g.db)).toBe(before);
      });

      it('treats the reference of an appointment of another customer as an unknown one, not as one of another order', async () => {
        const own = await arrangeCustomer(g.db);
        const o = await arrangeOrder(g.db, { customerId: own });
        const foreign = await arrangeOrder(g.db, { customerId: await arrangeCustomer(g.db) });
        const before = await tableChecksum(g.db);
        await expect(
          scopedSignOff({ ...byReferences(o), appointment: { appointmentReference: foreign.apptReference } }, [own]),
        ).rejects.toMatchObject({
          code: 'invalid-param',
          params: ['input.appointment.appointmentReference'],
          message: `The appointment with the reference ${foreign.apptReference} doesn't exist.`,
        });
        expect(await tableChecksum(g.db)).toBe(before);
      });

      it("signs off its own customer's order by references", async () => {
        const own = await arrangeCustomer(g.db);
        const o = await arrangeOrder(g.db, { customerId: own });
        const result = await scopedSignOff(byReferences(o), [own]);
        expect([result.order.id, result.order.status, result.appointment.id, result.appointment.done]).toEqual([
          o.orderId,
          'signed_off',
          o.apptId,
          true,
        ]);
      });
    });
  });
});
