import { createServices } from '../src/app';
import { serviceContext } from './support/service-context';
import { testDbKind } from './support/test-database';
import { startTestGateway, TEST_EMPLOYEE_REFERENCE, TestGateway } from './support/test-gateway';
import {
  ArrangedOrder,
  arrangeCustomer,
  arrangeLooseAppointment,
  arrangeOrder,
  flag,
  rowOf,
  SIGN_OFF,
  snapshot,
} from './order-sign-off.fixtures';

describe('signOffOrder', () => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
  });
  afterAll(async () => {
    await g.close();
  });

  function signOff(input: Record<string, unknown>) {
    return g.gql(SIGN_OFF, { input });
  }

  describe('when the photographer signs the order off', () => {
    it('completes every line item and marks the appointment done, recording who and when', async () => {
      const o = await arrangeOrder(g.db);
      const res = await signOff({
        orderId: String(o.orderId),
        updatedAt: o.stamp,
        notes: 'all shot, keys returned',
        lineItems: o.lineItemIds.map((id, i) => ({
          lineItemId: String(id),
          completedQuantity: 10 * (i + 1),
          completedDate: '2026-01-05',
          completedBy: 'Pat Photographer',
        })),
        appointment: { apptId: String(o.apptId) },
      });
      expect(res.body.errors).toBeUndefined();
      const { order, appointment } = res.body.data.signOffOrder;
      expect(order).toMatchObject({
        id: String(o.orderId),
        notes: 'all shot, keys returned',
        status: 'signed_off',
        signedOffBy: TEST_EMPLOYEE_REFERENCE,
        signOffCount: 1,
      });
      expect(order.updatedAt).not.toBe(o.stamp);
      expect(order.signedOffAt).toBeTruthy();
      expect(appointment).toMatchObject({
        id: String(o.apptId),
        done: true,
        cancelled: false,
        cancelReason: null,
        cancelNote: null,
        updatedBy: TEST_EMPLOYEE_REFERENCE,
        updatedIn: 'planox2',
        orderId: String(o.orderId),
      });
      expect(appointment.signedOffAt).toBeTruthy();

      const items = await g.db.query('SELECT * FROM order_line_items WHERE order_id = ? ORDER BY id', [o.orderId]);
      expect(
        items.map((r: any) => [
          r.name,
          Number(r.quantity),
          Number(r.completed_quantity),
          String(r.completed_date).slice(0, 10),
          r.completed_by,
        ]),
      ).toEqual([
        ['Service 1', 10, 10, '2026-01-05', 'Pat Photographer'],
        ['Service 2', 20, 20, '2026-01-05', 'Pat Photographer'],
        ['Service 3', 30, 30, '2026-01-05', 'Pat Photographer'],
      ]);
      const history = await g.db.query('SELECT * FROM order_sign_offs WHERE order_id = ?', [o.orderId]);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({
        appointment_id: o.apptId,
        outcome: 'done',
        cancel_reason: null,
        cancel_note: null,
        notes: 'all shot, keys returned',
        signed_by: TEST_EMPLOYEE_REFERENCE,
        signed_in: 'planox2',
      });
      const dbOrder = await rowOf(g, 'orders', o.orderId);
      expect(dbOrder.updated_at_mt).toBe(order.updatedAt);
      expect(Number(dbOrder.sign_off_count)).toBe(1);
    });

    it('records a partial completion: keys left out keep their values, unlisted items and other appointments stay as they were', async () => {
      const o = await arrangeOrder(g.db);
      const before = await snapshot(g);
      const res = await signOff({
        orderId: String(o.orderId),
        updatedAt: o.stamp,
        lineItems: [{ lineItemId: String(o.lineItemIds[1]), completedQuantity: 7 }],
        appointment: { apptId: String(o.apptId) },
      });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.signOffOrder.order.notes).toBe('gate code 1234');
      const after = await snapshot(g);
      const item = await rowOf(g, 'order_line_items', o.lineItemIds[1]);
      expect([item.name, Number(item.quantity), Number(item.completed_quantity), item.completed_date, item.completed_by]).toEqual([
        'Service 2',
        20,
        7,
        null,
        null,
      ]);
      // Everything but the order, the listed item, the signed-off appointment and the new history row is untouched.
      const without = (rows: unknown[], id: number) => (rows as { id: unknown }[]).filter((r) => Number(r.id) !== id);
      expect(without(after.orders, o.orderId)).toEqual(without(before.orders, o.orderId));
      expect(without(after.order_line_items, o.lineItemIds[1])).toEqual(without(before.order_line_items, o.lineItemIds[1]));
      expect(without(after.appointments, o.apptId)).toEqual(without(before.appointments, o.apptId));
      expect(after.order_sign_offs).toHaveLength(before.order_sign_offs.length + 1);
    });

    it('cancels the appointment with the reason and note given, and keeps them in the history', async () => {
      const o = await arrangeOrder(g.db);
      const res = await signOff({
        orderId: String(o.orderId),
        updatedAt: o.stamp,
        appointment: { apptId: String(o.apptId), cancelReason: 'Client no-show', cancelNote: 'Waited 30 minutes.' },
      });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.signOffOrder.appointment).toMatchObject({
        done: false,
        cancelled: true,
        cancelReason: 'Client no-show',
        cancelNote: 'Waited 30 minutes.',
      });
      const appt = await rowOf(g, 'appointments', o.apptId);
      expect([flag(appt.done), flag(appt.cancelled), appt.cancel_reason, appt.cancel_note]).toEqual([
        false,
        true,
        'Client no-show',
        'Waited 30 minutes.',
      ]);
      const [history] = await g.db.query('SELECT * FROM order_sign_offs WHERE order_id = ?', [o.orderId]);
      expect(history).toMatchObject({ outcome: 'cancelled', cancel_reason: 'Client no-show', cancel_note: 'Waited 30 minutes.' });
    });

    it("clears the notes when they are sent as null, and a line item's completedDate/completedBy likewise", async () => {
      const o = await arrangeOrder(g.db, { items: 1 });
      await g.db.query("UPDATE order_line_items SET completed_date = '2026-01-01', completed_by = 'Sam' WHERE id = ?", [o.lineItemIds[0]]);
      const res = await signOff({
        orderId: String(o.orderId),
        updatedAt: o.stamp,
        notes: null,
        lineItems: [{ lineItemId: String(o.lineItemIds[0]), completedDate: null, completedBy: null, name: 'Renamed', quantity: 4 }],
        appointment: { apptId: String(o.apptId) },
      });
      expect(res.body.errors).toBeUndefined();
      expect((await rowOf(g, 'orders', o.orderId)).notes).toBeNull();
      const item = await rowOf(g, 'order_line_items', o.lineItemIds[0]);
      expect([item.name, Number(item.quantity), item.completed_date, item.completed_by]).toEqual(['Renamed', 4, null, null]);
    });

    it('signs off again as an amendment with the current stamp, keeping the history of both sign-offs', async () => {
      const o = await arrangeOrder(g.db, { items: 1 });
      const first = await signOff({
        orderId: String(o.orderId),
        updatedAt: o.stamp,
        appointment: { apptId: String(o.apptId), cancelReason: 'Rain' },
      });
      const firstHistory = await g.db.query('SELECT * FROM order_sign_offs WHERE order_id = ?', [o.orderId]);
      const stale = await signOff({ orderId: String(o.orderId), updatedAt: o.stamp, appointment: { apptId: String(o.apptId) } });
      expect(stale.body.errors![0].extensions.code).toBe('stale-update');
      const second = await signOff({
        orderId: String(o.orderId),
        updatedAt: first.body.data.signOffOrder.order.updatedAt,
        lineItems: [{ lineItemId: String(o.lineItemIds[0]), completedQuantity: 10 }],
        appointment: { apptId: String(o.apptId) },
      });
      expect(second.body.errors).toBeUndefined();
      expect(second.body.data.signOffOrder.order.signOffCount).toBe(2);
      expect(second.body.data.signOffOrder.appointment).toMatchObject({ done: true, cancelled: false, cancelReason: null });
      const history = await g.db.query('SELECT * FROM order_sign_offs WHERE order_id = ? ORDER BY id', [o.orderId]);
      expect(history.map((h: any) => h.outcome)).toEqual(['cancelled', 'done']);
      expect(history[0]).toEqual(firstHistory[0]);
    });
  });

  describe('when the sign-off is refused, nothing changes', () => {
    type Case = [
      string,
      (o: ArrangedOrder, other: ArrangedOrder, loose: number) => Record<string, unknown>,
      Record<string, unknown>,
      string?,
    ];
    const valid = (o: ArrangedOrder) => ({ orderId: String(o.orderId), updatedAt: o.stamp, appointment: { apptId: String(o.apptId) } });
    const items = (o: ArrangedOrder, list: Record<string, unknown>[]) => ({ ...valid(o), lineItems: list });
    const cases: Case[] = [
      [
        'an unknown order',
        (o) => ({ ...valid(o), orderId: '999999' }),
        { code: 'not-found', status: 404, params: ['input.orderId'] },
        "The order with the id 999999 doesn't exist.",
      ],
      [
        'a stale stamp',
        (o) => ({ ...valid(o), updatedAt: '2020-01-01T00:00:00.000Z~00000000' }),
        { code: 'stale-update', status: 409, params: ['input.updatedAt'] },
      ],
      [
        'a line item of another order',
        (o, other) =>
          items(o, [
            { lineItemId: String(o.lineItemIds[0]), completedQuantity: 1 },
            { lineItemId: String(other.lineItemIds[0]), completedQuantity: 1 },
          ]),
        { code: 'invalid-param', status: 400, params: ['input.lineItems[1].lineItemId'] },
      ],
      [
        'a line item that does not exist',
        (o) => items(o, [{ lineItemId: '999999', completedQuantity: 1 }]),
        { code: 'invalid-param', params: ['input.lineItems[0].lineItemId'] },
      ],
      [
        'an appointment of another order',
        (o, other) => ({ ...valid(o), appointment: { apptId: String(other.apptId) } }),
        { code: 'invalid-param', status: 400, params: ['input.appointment.apptId'] },
      ],
      [
        'an appointment of no order',
        (o, _other, loose) => ({ ...valid(o), appointment: { apptId: String(loose) } }),
        { code: 'invalid-param', params: ['input.appointment.apptId'] },
      ],
      [
        'a negative completedQuantity',
        (o) => items(o, [{ lineItemId: String(o.lineItemIds[0]), completedQuantity: -1 }]),
        { code: 'invalid-param', params: ['input.lineItems[0].completedQuantity'] },
      ],
      [
        'a negative quantity',
        (o) => items(o, [{ lineItemId: String(o.lineItemIds[0]), quantity: -1 }]),
        { code: 'invalid-param', params: ['input.lineItems[0].quantity'] },
      ],
      [
        'a completedQuantity above the quantity sent',
        (o) => items(o, [{ lineItemId: String(o.lineItemIds[0]), quantity: 2, completedQuantity: 3 }]),
        { code: 'invalid-param', params: ['input.lineItems[0].completedQuantity'] },
      ],
      [
        'a completedQuantity above the stored quantity, on the last item',
        (o) =>
          items(o, [
            { lineItemId: String(o.lineItemIds[0]), completedQuantity: 10 },
            { lineItemId: String(o.lineItemIds[2]), completedQuantity: 31 },
          ]),
        { code: 'invalid-param', params: ['input.lineItems[1].completedQuantity'] },
      ],
      [
        'a quantity below the stored completedQuantity',
        (o) => items(o, [{ lineItemId: String(o.lineItemIds[1]), quantity: 4 }]),
        { code: 'invalid-param', params: ['input.lineItems[0].quantity'] },
      ],
      [
        'a completedDate that is not a date',
        (o) => items(o, [{ lineItemId: String(o.lineItemIds[0]), completedDate: '2026-02-30' }]),
        { code: 'invalid-datetime-format', status: 400, params: ['input.lineItems[0].completedDate'] },
      ],
      // signOffOrder takes no monthFirst, so the message does not suggest it.
      [
        'a completedDate in another format',
        (o) => items(o, [{ lineItemId: String(o.lineItemIds[0]), completedDate: '01/05/2026' }]),
        { code: 'invalid-datetime-format', params: ['input.lineItems[0].completedDate'] },
        'input.lineItems[0].completedDate incorrect Date Format: [01/05/2026] (expected YYYY-MM-DD)',
      ],
      [
        'an empty cancelReason with a note',
        (o) => ({ ...valid(o), appointment: { apptId: String(o.apptId), cancelReason: '', cancelNote: 'why?' } }),
        { code: 'missing-param', status: 400, params: ['input.appointment.cancelReason'] },
      ],
      [
        'a line item listed twice',
        (o) =>
          items(o, [
            { lineItemId: String(o.lineItemIds[0]), completedQuantity: 1 },
            { lineItemId: String(o.lineItemIds[0]), completedQuantity: 2 },
          ]),
        { code: 'invalid-param', params: ['input.lineItems[1].lineItemId'] },
      ],
      [
        'a name longer than its column',
        (o) => items(o, [{ lineItemId: String(o.lineItemIds[0]), name: 'x'.repeat(256) }]),
        { code: 'invalid-param', params: ['input.lineItems[0].name'] },
      ],
      [
        'a name sent as null',
        (o) => items(o, [{ lineItemId: String(o.lineItemIds[0]), name: null }]),
        { code: 'invalid-param', params: ['input.lineItems[0].name'] },
      ],
      [
        'a completedBy longer than its column',
        (o) => items(o, [{ lineItemId: String(o.lineItemIds[0]), completedBy: 'x'.repeat(101) }]),
        { code: 'invalid-param', params: ['input.lineItems[0].completedBy'] },
      ],
      ['an orderId that is not an id', (o) => ({ ...valid(o), orderId: 'abc' }), { code: 'invalid-param-type', params: ['input.orderId'] }],
    ];

    // Every row padded to four values: jest passes `done` to a test whose row is shorter than its arity.
    it.each(cases.map(([name, build, extensions, message]) => [name, build, extensions, message ?? null] as const))(
      '%s',
      async (_name, build, extensions, message) => {
        const o = await arrangeOrder(g.db);
        await g.db.query('UPDATE order_line_items SET completed_quantity = 5 WHERE id = ?', [o.lineItemIds[1]]);
        const other = await arrangeOrder(g.db, { items: 1 });
        const loose = await arrangeLooseAppointment(g.db);
        const before = await snapshot(g);
        const res = await signOff(build(o, other, loose));
        expect(res.body.data).toBeNull();
        expect(res.body.errors).toHaveLength(1);
        expect(res.body.errors![0].extensions).toMatchObject(extensions);
        if (message) expect(res.body.errors![0].message).toBe(message);
        expect(await snapshot(g)).toEqual(before);
      },
    );

    it('tells a stale client the current stamp', async () => {
      const o = await arrangeOrder(g.db);
      const res = await signOff({ ...valid(o), updatedAt: 'old' });
      expect(res.body.errors![0].extensions.currentStamp).toBe(o.stamp);
      expect(res.body.errors![0].extensions.currentUpdatedAt).toBe(o.stamp);
    });

    it('refuses a sign-off without its appointment as missing-param', async () => {
      const o = await arrangeOrder(g.db);
      const before = await snapshot(g);
      const res = await signOff({ orderId: String(o.orderId), updatedAt: o.stamp });
      expect(res.body.errors![0].extensions.code).toBe('missing-param');
      expect(await snapshot(g)).toEqual(before);
    });
  });

  describe('who may sign off', () => {
    it.each(['client', 'liaison'] as const)('refuses a %s with permission-denied, changing nothing', async (role) => {
      const customerId = await arrangeCustomer(g.db);
      const o = await arrangeOrder(g.db, { customerId });
      const headers = await g.tokenFor({ role, customerIds: [customerId] });
      const before = await snapshot(g);
      const res = await g.gql(
        SIGN_OFF,
        { input: { orderId: String(o.orderId), updatedAt: o.stamp, appointment: { apptId: String(o.apptId) } } },
        headers,
      );
      expect(res.body.errors![0].extensions).toMatchObject({ code: 'permission-denied', status: 403 });
      expect(await snapshot(g)).toEqual(before);
    });

    // No role with the sign-off grant has a customer scope today; the service still hides rows outside one.
    it("treats an order outside the actor's customer scope as not found, changing nothing", async () => {
      const o = await arrangeOrder(g.db, { customerId: await arrangeCustomer(g.db) });
      const elsewhere = await arrangeCustomer(g.db);
      const actor = { role: 'employee' as const, userId: null, userReference: 'scoped', application: 'planox2', customerIds: [elsewhere] };
      const ctx = serviceContext(g.db, actor, 'scope-1');
      const before = await snapshot(g);
      const input = { orderId: String(o.orderId), updatedAt: o.stamp, appointment: { apptId: String(o.apptId) } };
      await expect(createServices().orderSignOff.signOff(ctx, input as never)).rejects.toMatchObject({
        code: 'not-found',
        message: `The order with the id ${o.orderId} doesn't exist.`,
      });
      expect(await snapshot(g)).toEqual(before);
    });
  });

  describe('when the database fails part-way through', () => {
    const triggers: Record<string, { create: string; drop: string }> = {
      line_item: {
        create:
          testDbKind() === 'mysql'
            ? "CREATE TRIGGER so_boom_line_item BEFORE UPDATE ON order_line_items FOR EACH ROW BEGIN IF NEW.completed_by = 'boom' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'boom'; END IF; END"
            : "CREATE TRIGGER so_boom_line_item BEFORE UPDATE ON order_line_items WHEN NEW.completed_by = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END",
        drop: 'DROP TRIGGER so_boom_line_item',
      },
      history: {
        create:
          testDbKind() === 'mysql'
            ? "CREATE TRIGGER so_boom_history BEFORE INSERT ON order_sign_offs FOR EACH ROW BEGIN IF NEW.notes = 'boom' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'boom'; END IF; END"
            : "CREATE TRIGGER so_boom_history BEFORE INSERT ON order_sign_offs WHEN NEW.notes = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END",
        drop: 'DROP TRIGGER so_boom_history',
      },
    };

    async function refusedAfterWrites(trigger: keyof typeof triggers, input: (o: ArrangedOrder) => Record<string, unknown>) {
      const o = await arrangeOrder(g.db);
      const before = await snapshot(g);
      await g.db.query(triggers[trigger].create);
      try {
        const res = await signOff(input(o));
        expect(res.body.errors![0].extensions).toMatchObject({ code: 'application-crash', status: 500 });
        expect(JSON.stringify(res.body)).not.toMatch(/boom|SIGNAL|SQLITE/);
      } finally {
        await g.db.query(triggers[trigger].drop);
      }
      expect(await snapshot(g)).toEqual(before);
    }

    it("leaves every row as it was when the last line item's update fails after the order and earlier items were written", async () => {
      await refusedAfterWrites('line_item', (o) => ({
        orderId: String(o.orderId),
        updatedAt: o.stamp,
        notes: 'new notes',
        lineItems: o.lineItemIds.map((id, i) => ({ lineItemId: String(id), completedQuantity: 1, completedBy: i === 2 ? 'boom' : 'Pat' })),
        appointment: { apptId: String(o.apptId) },
      }));
    });

    it('leaves every row as it was when the history row, written last, fails', async () => {
      await refusedAfterWrites('history', (o) => ({
        orderId: String(o.orderId),
        updatedAt: o.stamp,
        notes: 'boom',
        lineItems: o.lineItemIds.map((id) => ({ lineItemId: String(id), completedQuantity: 1 })),
        appointment: { apptId: String(o.apptId), cancelReason: 'Rain' },
      }));
    });
  });

  describe('when two sign-offs of one order race', () => {
    it('lets exactly one of them through with the same stamp; the other is stale-update', async () => {
      const o = await arrangeOrder(g.db);
      const input = (note: string) => ({
        orderId: String(o.orderId),
        updatedAt: o.stamp,
        notes: note,
        lineItems: o.lineItemIds.map((id) => ({ lineItemId: String(id), completedQuantity: 1 })),
        appointment: { apptId: String(o.apptId) },
      });
      const results = await Promise.all(['a', 'b', 'c', 'd'].map((n) => signOff(input(n))));
      const ok = results.filter((r) => !r.body.errors);
      const stale = results.filter((r) => r.body.errors?.[0].extensions.code === 'stale-update');
      expect(ok).toHaveLength(1);
      expect(stale).toHaveLength(3);
      const history = await g.db.query('SELECT * FROM order_sign_offs WHERE order_id = ?', [o.orderId]);
      expect(history).toHaveLength(1);
      expect(Number((await rowOf(g, 'orders', o.orderId)).sign_off_count)).toBe(1);
      expect((await rowOf(g, 'orders', o.orderId)).notes).toBe(ok[0].body.data.signOffOrder.order.notes);
    });
  });
});
