import { SYSTEM_ACTOR } from '../src/context/actor';
import { AppointmentCategoryRepository } from '../src/appointments/appointment-category.repository';
import { UserRepository } from '../src/accounts/user.repository';
import { CustomerRepository } from '../src/customers/customer.repository';
import { countStatement, keysetStatement, ListQuery, pageIdsStatement } from '../src/database/list-statements';
import type { DbScope } from '../src/database/statements';
import { NameSort, parseNameFilter } from '../src/domain/named-records';
import { SortOrder } from '../src/domain/sort-order';
import { startTestGateway, TestGateway } from './support/test-gateway';

const itMysql = process.env.TEST_DB === 'mysql' ? it : it.skip;

/*
 * On MySQL the lists by id, name and reference (customers, appointment categories,
 * photographers) are served by indexes: every sort reads its index in order (no filesort, both
 * directions, deep offsets and keyset pages alike), and every filter but a pattern that starts
 * with `*` (which no B-tree can serve) is an index access, on tables big enough (and ANALYZEd)
 * that the optimiser would rather scan if no index fitted.
 */
describe('catalog list query plans', () => {
  let g: TestGateway;
  const scope = () => ({ db: g.db, actor: SYSTEM_ACTOR }) as DbScope & { actor: typeof SYSTEM_ACTOR };
  const LISTS: Record<string, (filter: Record<string, unknown>, sort: NameSort, order: SortOrder) => ListQuery<any>> = {
    customers: (f, sort, order) => new CustomerRepository().listQuery(scope(), parseNameFilter(f), sort, order),
    appointmentCategories: (f, sort, order) => new AppointmentCategoryRepository().listQuery(scope(), parseNameFilter(f), sort, order),
    photographers: (f, sort, order) => new UserRepository().photographerList(scope(), parseNameFilter(f), sort, order),
  };

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    if (g.kind !== 'mysql') return;
    const values = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(',');
    // Names in an order of their own (not the ids'), references in another.
    const name = (i: number) => `Name ${(i * 7919) % 5000}`;
    await g.db.query(
      `INSERT INTO customers (reference, name, created_at) VALUES ${values(5000, (i) => `('CUST-${i}', '${name(i)}', NOW())`)}`,
    );
    await g.db.query(`INSERT INTO appointment_categories (reference, name) VALUES ${values(5000, (i) => `('cat_${i}', '${name(i)}')`)}`);
    await g.db.query(`INSERT INTO users (reference, name, created_at) VALUES ${values(5000, (i) => `('USR-${i}', '${name(i)}', NOW())`)}`);
    // A third of the users are employees, half of those photographers.
    await g.db.query(
      `INSERT INTO employees (user_id, photographer) SELECT id, MOD(id, 2) FROM users WHERE reference LIKE 'USR-%' AND MOD(id, 3) = 0`,
    );
    await g.db.query('ANALYZE TABLE customers, appointment_categories, users, employees');
  }, 120_000);
  afterAll(() => g.close());

  const plan = async (s: { sql: string; params: unknown[] }): Promise<Record<string, any>[]> => g.db.query(`EXPLAIN ${s.sql}`, s.params);
  const access = (rows: Record<string, any>[]) =>
    rows.map((r) => ({ table: r.table, type: r.type, key: r.key, filesort: /filesort/.test(r.Extra ?? '') }));

  const REFERENCE_MIDDLE: Record<string, string> = { customers: 'CUST-2500', appointmentCategories: 'cat_2500', photographers: 'USR-2500' };
  const cases = Object.keys(LISTS).flatMap((list) =>
    (['ID', 'NAME', 'REFERENCE'] as NameSort[]).flatMap((sort) =>
      [SortOrder.ASC, SortOrder.DESC].map((order) => [list, sort, order] as const),
    ),
  );

  itMysql.each(cases)('%s sorted by %s %s reads its index in order, at a deep offset and after a cursor', async (list, sort, order) => {
    const q = LISTS[list]({}, sort, order);
    const deep = access(await plan(pageIdsStatement(scope(), q, 100, 2000)));
    const after = { key: sort === 'ID' ? 1200 : sort === 'NAME' ? 'Name 2500' : REFERENCE_MIDDLE[list], id: 1200 };
    const keyset = access(await plan(keysetStatement(scope(), q, 101, after)));
    if (list === 'photographers') {
      // Photographers are found through employees' (photographer, user_id), their users by
      // primary key: by ID in that index's order; by NAME or REFERENCE sorted among themselves
      // (a sort over the photographers, never over every user).
      for (const rows of [deep, keyset]) {
        expect({ sort, order, rows }).toEqual({
          sort,
          order,
          rows: rows.map((r) => ({ ...r, type: expect.stringMatching(/^(ref|range|eq_ref|index)$/) })),
        });
        if (sort === 'ID') expect(rows.filter((r) => r.filesort)).toEqual([]);
      }
      return;
    }
    for (const rows of [deep, keyset]) {
      const x = rows.find((r) => r.table === 'x')!;
      expect({ list, sort, order, x }).toEqual({
        list,
        sort,
        order,
        x: { table: 'x', type: expect.stringMatching(/^(index|range)$/), key: expect.any(String), filesort: false },
      });
    }
  });

  const FILTERS: [string, Record<string, unknown>][] = [
    ['ids', { ids: ['5', '50', '500'] }],
    ['name prefix', { name: 'Name 12*' }],
    ['name exact', { name: 'Name 1234' }],
    ['reference prefix', { reference: 'CUST-12*' }],
    ['reference exact', { reference: 'USR-1234' }],
  ];
  const filterCases = Object.keys(LISTS).flatMap((list) => FILTERS.map(([n, f]) => [list, n, f] as const));

  itMysql.each(filterCases)('%s filtered by %s is an index access, for the page and the count', async (list, _name, filter) => {
    for (const sort of ['ID', 'NAME'] as NameSort[]) {
      const q = LISTS[list](filter, sort, SortOrder.ASC);
      for (const rows of [await plan(pageIdsStatement(scope(), q, 100, 0)), await plan(countStatement(scope(), q))]) {
        expect({ list, filter, sort, scans: access(rows).filter((r) => r.type === 'ALL') }).toEqual({ list, filter, sort, scans: [] });
      }
    }
  });
});
