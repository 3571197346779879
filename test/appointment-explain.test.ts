import { SYSTEM_ACTOR } from '../src/context/actor';
import { seededRandom } from '../src/database/seeds/random';
import { AppointmentSort, SortOrder } from '../src/appointments/appointment-sort.enum';
import { parseAppointmentFilter } from '../src/appointments/appointment-filter';
import { AppointmentRepository } from '../src/appointments/appointment.repository';
import { createServices } from '../src/app';
import { SORT_KEYS } from '../src/appointments/appointment-sort';
import { startTestGateway, TestGateway } from './support/test-gateway';

const itMysql = process.env.TEST_DB === 'mysql' ? it : it.skip;
const TO_ONE = ['customer', 'appointmentCategory', 'photographer', 'user', 'order'] as const;

/*
 * On MySQL every filter and sort of the list is served by an index: EXPLAIN of the SQL the
 * service generates never shows a full scan (type ALL) of appointments, on a table big enough
 * (and ANALYZEd) that the optimiser would rather scan if no index fitted.
 */
describe('appointment list query plans', () => {
  let g: TestGateway;
  const repository = new AppointmentRepository();
  const relations = createServices().relations.appointment;
  const ctx = () => ({ db: g.db, actor: SYSTEM_ACTOR });

  beforeAll(async () => {
    g = await startTestGateway({ seed: 'none' });
    if (g.kind !== 'mysql') return;
    const rnd = seededRandom(77);
    const values = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join(',');
    await g.db.query(
      `INSERT INTO customers (reference, name, created_at) VALUES ${values(50, (i) => `('CUST-${i}', 'Customer ${i}', NOW())`)}`,
    );
    await g.db.query(`INSERT INTO users (reference, name, created_at) VALUES ${values(20, (i) => `('EMP-${i}', 'Employee ${i}', NOW())`)}`);
    for (let chunk = 0; chunk < 6; chunk++) {
      await g.db.query(`INSERT INTO appointments (uuid, reference, title, start_date, end_date, created_at, updated_at, updated_at_mt,
        customer_id, user_id, photographer_user_id, confirmed, cancelled, done, appt_type) VALUES ${values(1000, (i) => {
          const n = chunk * 1000 + i;
          const day = rnd.int(0, 700);
          return `(UUID(), ${n % 10 === 0 ? 'NULL' : `'REF-${n}'`}, 'Title ${rnd.int(0, 99999)}',
          '2025-01-01' + INTERVAL ${day} DAY, '2025-01-01' + INTERVAL ${day} DAY + INTERVAL 2 HOUR,
          '2024-06-01' + INTERVAL ${rnd.int(0, 900)} DAY, '2024-06-01' + INTERVAL ${rnd.int(0, 900)} DAY, 'x',
          ${rnd.int(1, 50)}, ${rnd.int(1, 20)}, ${rnd.int(1, 20)}, ${rnd.int(0, 1)}, ${rnd.chance(0.05) ? 1 : 0}, ${rnd.int(0, 1)}, '${rnd.chance(0.05) ? 'consult' : 'shoot'}')`;
        })}`);
    }
    await g.db.query('ANALYZE TABLE appointments, customers, users');
  }, 120_000);
  afterAll(() => g.close());

  async function plan(sql: string, params: unknown[]): Promise<Record<string, any>[]> {
    return g.db.query(`EXPLAIN ${sql}`, params);
  }

  async function appointmentsAccess(filter: Record<string, unknown>, sort: AppointmentSort, order: SortOrder, offset = 0) {
    const criteria = parseAppointmentFilter(filter as never);
    const { sql, params } = repository.pageIdsStatement(ctx(), criteria, SORT_KEYS[sort], order, 100, offset);
    const rows = await plan(sql, params);
    return { sql, rows, a: rows.find((r) => r.table === 'a')! };
  }

  const FILTERS: [string, Record<string, unknown>][] = [
    ['startDate range', { startDate: { gte: '2026-03-01T00:00:00Z', lt: '2026-03-08T00:00:00Z' } }],
    ['endDate range', { endDate: { gt: '2026-03-01T00:00:00Z', lte: '2026-03-03T00:00:00Z' } }],
    ['dateCreated range', { dateCreated: { gte: '2025-01-01T00:00:00Z', lt: '2025-01-04T00:00:00Z' } }],
    ['lastUpdated range', { lastUpdated: { gte: '2025-01-01T00:00:00Z', lt: '2025-01-04T00:00:00Z' } }],
    ['title prefix', { title: 'Title 123*' }],
    ['title exact', { title: 'Title 12345' }],
    ['customerReference prefix', { customerReference: 'CUST-1*' }],
    ['customerReference exact', { customerReference: 'CUST-7' }],
    ['employeeReference prefix', { employeeReference: 'EMP-1*' }],
    ['customerId and dates', { customerId: '7', startDate: { gte: '2025-06-01T00:00:00Z', lt: '2025-07-01T00:00:00Z' } }],
    ['photographerUserId', { photographerUserId: '3' }],
    ['ids', { ids: ['5', '50', '500'] }],
    ['cancelled', { cancelled: true }],
    ['not cancelled in a date range', { cancelled: false, startDate: { gte: '2026-03-01T00:00:00Z', lt: '2026-03-08T00:00:00Z' } }],
    ['confirmed', { confirmed: true }],
    // A flag true for half the rows cannot narrow anything alone; a scheduler combines it with dates.
    ['done in a date range', { done: false, startDate: { gte: '2026-03-01T00:00:00Z', lt: '2026-03-08T00:00:00Z' } }],
    ['apptType', { apptType: 'consult' }],
  ];

  itMysql.each(FILTERS)('%s is served by an index', async (_name, filter) => {
    for (const sort of [AppointmentSort.DATE_CREATED, AppointmentSort.START_DATE]) {
      const { a, rows } = await appointmentsAccess(filter, sort, SortOrder.ASC);
      expect({ filter, sort, type: a.type, rows }).toEqual({ filter, sort, type: expect.not.stringMatching(/^ALL$/), rows });
    }
  });

  itMysql.each(Object.values(AppointmentSort))('sort %s reads its index in order, both directions', async (sort) => {
    for (const order of [SortOrder.ASC, SortOrder.DESC]) {
      const { a } = await appointmentsAccess({}, sort, order, 4000);
      expect({ sort, order, type: a.type, filesort: /filesort/.test(a.Extra ?? '') }).toEqual({
        sort,
        order,
        type: 'index',
        filesort: false,
      });
    }
  });

  itMysql("a deep offset reads only index entries (a deferred join), then the page's rows by id", async () => {
    const { sql, a } = await appointmentsAccess({}, AppointmentSort.DATE_CREATED, SortOrder.ASC, 5000);
    expect(sql).toMatch(/^SELECT `?a`?\.`?id`? AS `?id`? FROM/);
    expect(a.Extra).toContain('Using index');
  });

  itMysql.each(Object.values(AppointmentSort))('the keyset page after a cursor on %s is an index range', async (sort) => {
    for (const order of [SortOrder.ASC, SortOrder.DESC]) {
      for (const key of sort === AppointmentSort.REFERENCE ? ['REF-3001', null] : [null]) {
        const value =
          sort === AppointmentSort.ID
            ? 3000
            : sort === AppointmentSort.TITLE
              ? 'Title 5'
              : sort === AppointmentSort.REFERENCE
                ? key
                : '2025-06-01T00:00:00.000Z';
        // The statement as a page with every to-one relation selected sends it: the joins (by
        // primary key) change nothing in how appointments are read.
        const after = { key: value, id: 3000 };
        const statement = (joins: typeof TO_ONE | []) =>
          repository.connectionStatement(
            ctx(),
            {},
            SORT_KEYS[sort],
            order,
            100,
            after,
            joins.map((name) => relations[name]),
          );
        const bare = await plan(statement([]).sql, statement([]).params);
        const rows = await plan(statement(TO_ONE).sql, statement(TO_ONE).params);
        const access = (r: Record<string, any>) => ({ type: r.type, key: r.key, filesort: /filesort/.test(r.Extra ?? '') });
        const a = rows.find((r) => r.table === 'a')!;
        expect({ sort, order, key, type: a.type, filesort: /filesort/.test(a.Extra ?? '') }).toEqual({
          sort,
          order,
          key,
          type: expect.stringMatching(/^(range|index)$/),
          filesort: false,
        });
        expect(access(a)).toEqual(access(bare.find((r) => r.table === 'a')!));
        expect(rows.filter((r) => r.table !== 'a').map((r) => r.type)).toEqual(['eq_ref', 'eq_ref', 'eq_ref', 'eq_ref', 'eq_ref']);
      }
    }
  });

  itMysql("photographer availability reads only the photographers' appointments that end after the range starts", async () => {
    // Near the end of the data: almost every appointment of these photographers is history.
    const from = new Date('2026-11-01T00:00:00Z');
    const to = new Date('2026-11-08T00:00:00Z');
    const { sql, params } = repository.busyStatement(ctx(), [3, 7], from, to);
    const a = (await plan(sql, params)).find((r) => r.table === 'a')!;
    const [{ n }] = await g.db.query('SELECT COUNT(*) AS n FROM appointments WHERE photographer_user_id IN (3, 7)');
    expect({ type: a.type, key: a.key }).toEqual({ type: 'range', key: 'idx_appointments_photographer_busy' });
    // About a twentieth of their ~600 appointments end after 2026-11-01; the other indexes read ~300.
    expect(Number(a.rows)).toBeLessThan(Number(n) / 4);
  });

  itMysql('the count of a filtered page uses an index too', async () => {
    const criteria = parseAppointmentFilter({ startDate: { gte: '2026-03-01T00:00:00Z' }, customerReference: 'CUST-2*' } as never);
    const { sql, params } = repository.countStatement(ctx(), criteria);
    const a = (await plan(sql, params)).find((r) => r.table === 'a')!;
    expect(a.type).not.toBe('ALL');
  });
});
