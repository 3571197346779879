import type { Actor } from '../src/context/actor';
import { SYSTEM_ACTOR } from '../src/context/actor';
import { parseContactFilter } from '../src/customers/contact-filter';
import { CONTACT_SORT_KEYS } from '../src/customers/contact-sort';
import { ContactRepository } from '../src/customers/contact.repository';
import { ContactSort } from '../src/customers/contact.types';
import { countStatement, keysetStatement, pageIdsStatement } from '../src/database/list-statements';
import type { DbScope } from '../src/database/statements';
import { SortOrder } from '../src/domain/sort-order';
import { startTestGateway, TestGateway } from './support/test-gateway';

const itMysql = process.env.TEST_DB === 'mysql' ? it : it.skip;

/*
 * On MySQL the contact lists are served by indexes: every sort reads its index in order (no
 * filesort, both directions, deep offsets and keyset pages alike), over every contact (staff) or
 * one customer's (customerId: the (customer_id, column, id) indexes); and every filter but a
 * pattern that starts with `*` is an index access, for the page and for the count. A liaison's
 * scope (customer_id IN …) is never a full scan. The table is big enough (and ANALYZEd) that the
 * optimiser would rather scan if no index fitted.
 */
describe('contact list query plans', () => {
  let g: TestGateway;
  const repo = new ContactRepository();
  const CUSTOMERS = 500;
  const PER_CUSTOMER = 12;
  let firstCustomer = 0;
  const scope = (actor: Actor = SYSTEM_ACTOR) => ({ db: g.db, actor }) as DbScope & { actor: Actor };
  const list = (customerId: number | null, filter: Record<string, unknown>, sort: ContactSort, order: SortOrder, actor?: Actor) =>
    repo.listQuery(scope(actor), customerId, parseContactFilter(filter), CONTACT_SORT_KEYS[sort], order);

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    if (g.kind !== 'mysql') return;
    const values = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(',');
    await g.db.query(
      `INSERT INTO customers (reference, name, created_at) VALUES ${values(CUSTOMERS, (i) => `('CE-${i}', 'Customer ${i}', NOW())`)}`,
    );
    firstCustomer = Number((await g.db.query(`SELECT MIN(id) AS id FROM customers WHERE reference LIKE 'CE-%'`))[0].id);
    // Names and emails each in an order of their own (not the ids'); one contact in ten without email.
    const n = CUSTOMERS * PER_CUSTOMER;
    await g.db.query(
      `INSERT INTO contacts (customer_id, name, email) VALUES ${values(
        n,
        (i) =>
          `(${firstCustomer + (i % CUSTOMERS)}, 'Name ${(i * 7919) % n}', ${i % 10 === 0 ? 'NULL' : `'mail${(i * 104729) % n}@example.com'`})`,
      )}`,
    );
    await g.db.query('ANALYZE TABLE customers, contacts');
  }, 120_000);
  afterAll(() => g.close());

  const plan = async (s: { sql: string; params: unknown[] }): Promise<Record<string, any>[]> => g.db.query(`EXPLAIN ${s.sql}`, s.params);
  const access = (rows: Record<string, any>[]) =>
    rows.map((r) => ({ table: r.table, type: r.type, key: r.key, filesort: /filesort/.test(r.Extra ?? '') }));
  const AFTER: Record<ContactSort, string | number> = { ID: 3000, NAME: 'Name 3000', EMAIL: 'mail3000@example.com' };

  const sorts = (Object.values(ContactSort) as ContactSort[]).flatMap((sort) =>
    [SortOrder.ASC, SortOrder.DESC].flatMap((order) => [['every contact', sort, order] as const, ['one customer', sort, order] as const]),
  );

  itMysql.each(sorts)('%s sorted by %s %s reads its index in order, at a deep offset and after a cursor', async (of, sort, order) => {
    const customerId = of === 'one customer' ? firstCustomer + 7 : null;
    const q = list(customerId, {}, sort, order);
    const offset = customerId === null ? 2000 : 5;
    const deep = access(await plan(pageIdsStatement(scope(), q, 100, offset)));
    const keyset = access(await plan(keysetStatement(scope(), q, 101, { key: sort === 'ID' ? 3000 : AFTER[sort], id: 3000 })));
    for (const rows of [deep, keyset]) {
      const x = rows.find((r) => r.table === 'x')!;
      expect({ of, sort, order, x }).toEqual({
        of,
        sort,
        order,
        x: {
          table: 'x',
          type: customerId === null ? expect.stringMatching(/^(index|range)$/) : expect.stringMatching(/^(ref|range)$/),
          key: expect.any(String),
          filesort: false,
        },
      });
    }
  });

  itMysql.each([SortOrder.ASC, SortOrder.DESC])(
    'a keyset page by EMAIL %s after a contact without email reads its index',
    async (order) => {
      for (const customerId of [null, firstCustomer + 7]) {
        const rows = access(
          await plan(keysetStatement(scope(), list(customerId, {}, ContactSort.EMAIL, order), 101, { key: null, id: 3000 })),
        );
        expect({ customerId, scans: rows.filter((r) => r.type === 'ALL' || r.filesort) }).toEqual({ customerId, scans: [] });
      }
    },
  );

  const FILTERS: [string, Record<string, unknown>][] = [
    ['ids', { ids: ['5', '50', '500'] }],
    ['customerIds', { customerIds: ['3', '30', '300'] }],
    ['name prefix', { name: 'Name 12*' }],
    ['name exact', { name: 'Name 1234' }],
    ['email prefix', { email: 'mail12*' }],
    ['email exact', { email: 'mail1234@example.com' }],
  ];

  itMysql.each(FILTERS)('filtered by %s is an index access, for the page and the count, in every sort', async (_name, filter) => {
    for (const sort of Object.values(ContactSort) as ContactSort[]) {
      const q = list(null, filter, sort, SortOrder.ASC);
      for (const rows of [await plan(pageIdsStatement(scope(), q, 100, 0)), await plan(countStatement(scope(), q))]) {
        expect({ filter, sort, scans: access(rows).filter((r) => r.type === 'ALL') }).toEqual({ filter, sort, scans: [] });
      }
    }
  });

  itMysql.each(Object.values(ContactSort) as ContactSort[])(
    "a liaison's contacts (their customers' only) sorted by %s are no full scan, for the page and the count",
    async (sort) => {
      const liaison: Actor = { ...SYSTEM_ACTOR, role: 'liaison', customerIds: [firstCustomer + 1, firstCustomer + 2, firstCustomer + 3] };
      const q = list(null, {}, sort, SortOrder.ASC, liaison);
      for (const rows of [await plan(pageIdsStatement(scope(liaison), q, 100, 0)), await plan(countStatement(scope(liaison), q))]) {
        expect({ sort, scans: access(rows).filter((r) => r.type === 'ALL') }).toEqual({ sort, scans: [] });
      }
    },
  );
});
