import type { Actor } from '../src/context/actor';
import { SYSTEM_ACTOR } from '../src/context/actor';
import { seededRandom } from '../src/database/seeds/random';
import { parseOrderFilter } from '../src/orders/order-filter';
import { ORDER_SORT_KEYS } from '../src/orders/order-sort';
import { OrderRepository } from '../src/orders/order.repository';
import { OrderSort, SortOrder } from '../src/orders/order.types';
import { startTestGateway, TestGateway } from './support/test-gateway';

const itMysql = process.env.TEST_DB === 'mysql' ? it : it.skip;

/*
 * On MySQL every filter and sort of the order lists is served by an index: EXPLAIN of the SQL
 * the repository generates never shows a full scan (type ALL) of orders, on a table big enough
 * (and ANALYZEd) that the optimiser would rather scan if no index fitted.
 */
describe('order list query plans', () => {
  let g: TestGateway;
  const repository = new OrderRepository();
  const ctx = (actor: Actor = SYSTEM_ACTOR) => ({ db: g.db, actor });

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    if (g.kind !== 'mysql') return;
    const rnd = seededRandom(18);
    const values = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(',');
    await g.db.query(
      `INSERT INTO customers (reference, name, created_at) VALUES ${values(50, (i) => `('CUST-${i}', 'Customer ${i}', NOW())`)}`,
    );
    for (let chunk = 0; chunk < 6; chunk++) {
      await g.db.query(`INSERT INTO orders (reference, customer_id, status, signed_off_at, sign_off_count, created_at, updated_at,
        updated_at_mt) VALUES ${values(1000, (i) => {
          const n = chunk * 1000 + i;
          const signed = rnd.chance(0.2);
          return `(${n % 10 === 0 ? 'NULL' : `'ORD-${n}'`}, ${rnd.int(1, 50)}, '${signed ? 'signed_off' : 'open'}',
          ${signed ? `'2025-01-01' + INTERVAL ${rnd.int(0, 700)} DAY` : 'NULL'}, ${signed ? 1 : 0},
          '2024-06-01' + INTERVAL ${rnd.int(0, 900)} DAY, '2024-06-01' + INTERVAL ${rnd.int(0, 900)} DAY, 'x')`;
        })}`);
    }
    await g.db.query('ANALYZE TABLE orders, customers');
  }, 120_000);
  afterAll(() => g.close());

  const plan = async (sql: string, params: unknown[]): Promise<Record<string, any>[]> => g.db.query(`EXPLAIN ${sql}`, params);

  async function ordersAccess(filter: Record<string, unknown>, sort: OrderSort, order: SortOrder, offset = 0, actor?: Actor) {
    const { sql, params } = repository.pageIdsStatement(
      ctx(actor),
      parseOrderFilter(filter as never),
      ORDER_SORT_KEYS[sort],
      order,
      100,
      offset,
    );
    const rows = await plan(sql, params);
    return { sql, rows, o: rows.find((r) => r.table === 'o')! };
  }

  const FILTERS: [string, Record<string, unknown>][] = [
    ['customerId', { customerId: '7' }],
    ['customerIds', { customerIds: ['3', '9', '27'] }],
    ['customerReference prefix', { customerReference: 'CUST-1*' }],
    ['customerReference exact', { customerReference: 'CUST-7' }],
    ['reference prefix', { reference: 'ORD-12*' }],
    ['reference exact', { reference: 'ORD-4321' }],
    ['status signed_off', { status: ['signed_off'] }],
    ['status open in a customer', { status: ['open'], customerId: '5' }],
    ['signed off', { signedOff: true }],
    ['never signed off in a creation range', { signedOff: false, createdAt: { gte: '2025-01-01T00:00:00Z', lt: '2025-01-15T00:00:00Z' } }],
    ['createdAt range', { createdAt: { gte: '2025-01-01T00:00:00Z', lt: '2025-01-04T00:00:00Z' } }],
    ['lastUpdated range', { lastUpdated: { gte: '2025-01-01T00:00:00Z', lt: '2025-01-04T00:00:00Z' } }],
    ['signedOffAt range', { signedOffAt: { gte: '2025-03-01T00:00:00Z', lt: '2025-03-08T00:00:00Z' } }],
    ['ids', { ids: ['5', '50', '500'] }],
  ];

  itMysql.each(FILTERS)('%s is served by an index', async (_name, filter) => {
    for (const sort of [OrderSort.CREATED_AT, OrderSort.ID]) {
      const { o, rows } = await ordersAccess(filter, sort, SortOrder.ASC);
      expect({ filter, sort, type: o.type, rows }).toEqual({ filter, sort, type: expect.not.stringMatching(/^ALL$/), rows });
    }
  });

  itMysql("a liaison's scope (its customers' orders) is served by the customer index, in creation order", async () => {
    const liaison = { ...SYSTEM_ACTOR, role: 'liaison', customerIds: [4, 8] } as Actor;
    const { o } = await ordersAccess({}, OrderSort.CREATED_AT, SortOrder.DESC, 0, liaison);
    expect({ type: o.type, key: o.key }).toEqual({ type: 'range', key: 'idx_orders_customer_created' });
  });

  itMysql.each(Object.values(OrderSort))('sort %s reads its index in order, both directions', async (sort) => {
    for (const order of [SortOrder.ASC, SortOrder.DESC]) {
      const { o } = await ordersAccess({}, sort, order, 4000);
      expect({ sort, order, type: o.type, filesort: /filesort/.test(o.Extra ?? '') }).toEqual({
        sort,
        order,
        type: 'index',
        filesort: false,
      });
    }
  });

  itMysql("a deep offset reads only index entries (a deferred join), then the page's rows by id", async () => {
    const { sql, o } = await ordersAccess({}, OrderSort.CREATED_AT, SortOrder.ASC, 5000);
    expect(sql).toMatch(/^SELECT o\.id AS id FROM/);
    expect(o.Extra).toContain('Using index');
  });

  itMysql.each(Object.values(OrderSort))('the keyset page after a cursor on %s reads an index in order', async (sort) => {
    const keys: Record<OrderSort, (string | number | null)[]> = {
      [OrderSort.ID]: [3000],
      [OrderSort.CREATED_AT]: ['2025-06-01T00:00:00.000Z'],
      [OrderSort.LAST_UPDATED]: ['2025-06-01T00:00:00.000Z'],
      [OrderSort.SIGNED_OFF_AT]: ['2025-06-01T00:00:00.000Z', null],
      [OrderSort.REFERENCE]: ['ORD-3001', null],
    };
    for (const order of [SortOrder.ASC, SortOrder.DESC]) {
      for (const key of keys[sort]) {
        const { sql, params } = repository.connectionStatement(ctx(), {}, ORDER_SORT_KEYS[sort], order, 101, { key, id: 3000 });
        const o = (await plan(sql, params)).find((r) => r.table === 'o')!;
        expect({ sort, order, key, type: o.type, filesort: /filesort/.test(o.Extra ?? '') }).toEqual({
          sort,
          order,
          key,
          // ref: the rows after a null key, read off the index's null entries.
          type: expect.stringMatching(/^(range|index|ref)$/),
          filesort: false,
        });
      }
    }
  });

  itMysql('the count of a filtered page uses an index too', async () => {
    for (const filter of [{ status: ['signed_off'] }, { customerReference: 'CUST-2*', signedOff: true }, { signedOff: false }]) {
      const { sql, params } = repository.countStatement(ctx(), parseOrderFilter(filter as never));
      const o = (await plan(sql, params)).find((r) => r.table === 'o')!;
      expect({ filter, type: o.type }).toEqual({ filter, type: expect.not.stringMatching(/^ALL$/) });
    }
  });

  itMysql("Customer.orders numbers each customer's orders off the customer index", async () => {
    const { sql, params } = repository.ofCustomersStatement(g.db, [3, 9, 27]);
    const rows = await plan(sql, params);
    expect(rows.filter((r) => r.table === 'orders').map((r) => [r.type, r.key])).toEqual([['range', 'idx_orders_customer_created']]);
    expect(rows.find((r) => r.table === 'o')).toMatchObject({ type: 'eq_ref', key: 'PRIMARY' });
  });
});
