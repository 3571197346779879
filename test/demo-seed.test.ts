import { seedDemoData } from '../src/database/seeds/demo-data.seed';
import { createTestDatabase, TestDatabase } from './support/test-database';

describe('demo data set', () => {
  let t: TestDatabase;
  const anchor = new Date(Date.UTC(2026, 0, 1));
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.drop();
  });

  it('loads a few hundred appointments with every kind the scheduler shows', async () => {
    expect(await seedDemoData(t.db, anchor)).toEqual({ created: true, appointments: 300 });
    const count = async (sql: string) => Number((await t.db.query(sql))[0].n);
    expect(await count('SELECT COUNT(*) AS n FROM appointments WHERE confirmed = 1')).toBeGreaterThan(50);
    expect(await count('SELECT COUNT(*) AS n FROM appointments WHERE cancelled = 1')).toBeGreaterThan(5);
    expect(await count('SELECT COUNT(*) AS n FROM appointments WHERE allday = 1')).toBeGreaterThan(5);
    expect(await count('SELECT COUNT(*) AS n FROM appointments WHERE order_id IS NOT NULL')).toBeGreaterThan(20);
    expect(await count('SELECT COUNT(*) AS n FROM appointments WHERE order_id IS NULL')).toBeGreaterThan(20);
    expect(await count('SELECT COUNT(*) AS n FROM appointment_contacts')).toBeGreaterThan(50);
    expect(await count('SELECT COUNT(*) AS n FROM order_line_items')).toBeGreaterThan(60);
    expect(await count('SELECT COUNT(*) AS n FROM clients')).toBe(1);
    expect(await count('SELECT COUNT(*) AS n FROM liaisons')).toBe(1);
    expect(await count('SELECT COUNT(*) AS n FROM employees WHERE photographer = 1')).toBe(4);
    const past = await count(`SELECT COUNT(*) AS n FROM appointments WHERE start_date < '2026-01-01'`);
    expect(past).toBeGreaterThan(50);
    expect(300 - past).toBeGreaterThan(50);
  });

  it("obeys the write rules: orders and contacts of the appointment's customer, photographers and employees where named", async () => {
    const count = async (sql: string) => Number((await t.db.query(sql))[0].n);
    expect(
      await count(`SELECT COUNT(*) AS n FROM appointments a JOIN orders o ON o.id = a.order_id
      WHERE a.customer_id IS NULL OR o.customer_id IS NULL OR o.customer_id <> a.customer_id`),
    ).toBe(0);
    expect(
      await count(`SELECT COUNT(*) AS n FROM appointment_contacts ac JOIN appointments a ON a.id = ac.appointment_id
      JOIN contacts c ON c.id = ac.contact_id WHERE a.customer_id IS NULL OR c.customer_id IS NULL OR c.customer_id <> a.customer_id`),
    ).toBe(0);
    expect(
      await count(`SELECT COUNT(*) AS n FROM appointments a LEFT JOIN employees e ON e.user_id = a.photographer_user_id
      WHERE a.photographer_user_id IS NOT NULL AND (e.id IS NULL OR e.photographer <> 1)`),
    ).toBe(0);
    expect(
      await count(`SELECT COUNT(*) AS n FROM appointments a LEFT JOIN employees e ON e.user_id = a.user_id
      WHERE a.user_id IS NOT NULL AND e.id IS NULL`),
    ).toBe(0);
  });

  it('is idempotent: a second run changes nothing', async () => {
    expect(await seedDemoData(t.db, anchor)).toEqual({ created: false, appointments: 0 });
    expect(Number((await t.db.query('SELECT COUNT(*) AS n FROM appointments'))[0].n)).toBe(300);
  });

  it('is deterministic for a given anchor month', async () => {
    const other = await createTestDatabase();
    try {
      await seedDemoData(other.db, anchor);
      const sql = 'SELECT uuid, reference, title, start_date, customer_id FROM appointments ORDER BY id';
      expect(JSON.stringify(await other.db.query(sql))).toBe(JSON.stringify(await t.db.query(sql)));
    } finally {
      await other.drop();
    }
  });
});
