import mysql from 'mysql2/promise';
import { startTestGateway, TestGateway } from './support/test-gateway';
import { ArrangedOrder, arrangeOrder, rowOf, SIGN_OFF } from './order-sign-off.fixtures';

const itMysql = process.env.TEST_DB === 'mysql' ? it : it.skip;

describe('signOffOrder under concurrent writers (MariaDB row locks)', () => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
  });
  afterAll(async () => {
    await g.close();
  });

  /** A raw connection of its own, outside the gateway's pool, to hold locks the gateway must meet. */
  async function rawConnection(): Promise<mysql.Connection> {
    const d = g.config.database;
    if (d.kind !== 'mysql') throw new Error('MySQL only');
    return mysql.createConnection({ host: d.host, port: d.port, user: d.user, password: d.password, database: d.database });
  }

  const input = (o: ArrangedOrder) => ({
    orderId: String(o.orderId),
    updatedAt: o.stamp,
    lineItems: o.lineItemIds.map((id) => ({ lineItemId: String(id), completedQuantity: 1 })),
    appointment: { apptId: String(o.apptId) },
  });

  itMysql(
    'signs off one order while another order, its line items and appointment are locked by someone else',
    async () => {
      const a = await arrangeOrder(g.db);
      const b = await arrangeOrder(g.db);
      const holder = await rawConnection();
      try {
        await holder.query('START TRANSACTION');
        await holder.query('SELECT * FROM orders WHERE id = ? FOR UPDATE', [a.orderId]);
        await holder.query('SELECT * FROM order_line_items WHERE id IN (?) ORDER BY id FOR UPDATE', [a.lineItemIds]);
        await holder.query('SELECT * FROM appointments WHERE id = ? FOR UPDATE', [a.apptId]);

        const res = await g.gql(SIGN_OFF, { input: input(b) });
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data.signOffOrder.order.status).toBe('signed_off');

        expect((await rowOf(g, 'orders', a.orderId)).status).toBe('open');
        await holder.query('COMMIT');
        const afterRelease = await g.gql(SIGN_OFF, { input: input(a) });
        expect(afterRelease.body.errors).toBeUndefined();
      } finally {
        await holder.end();
      }
    },
    30000,
  );
});
