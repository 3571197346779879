import 'reflect-metadata';
import type { Connection } from 'mysql2/promise';
import { loadConfig } from '../src/config/config';
import { createDataSource } from '../src/database/data-source';
import { adminConnection, urlFor } from './mysql-admin';

/*
 * The benchmark's data sets: N appointments over ~3 years, 200 customers with 2 contacts each,
 * 30 photographers, 10 schedulers, one order per 10 appointments (1-3 line items each), ~1.3
 * contacts per appointment. Built server-side with INSERT ... SELECT from a numbers table (no
 * rows travel over the wire), in batches that each commit on their own. Deterministic: row n
 * always gets the same values, so scenarios can name rows without asking.
 */

/** Bumped whenever the generator changes: a data set built by another version is rebuilt. */
const GENERATOR_VERSION = 2;
const BATCH = 50_000;
export const CUSTOMERS = 200;
export const PHOTOGRAPHERS = 30;
export const STAFF = 10;
/** The user the benchmark signs in as: an employee (sees every customer). */
export const BENCH_USER = { id: PHOTOGRAPHERS + STAFF + 1, reference: 'bench-employee' };
const CATEGORIES = [
  ['photo_shoot', 'Photo shoot'],
  ['video_shoot', 'Video shoot'],
  ['drone', 'Drone flight'],
  ['floor_plan', 'Floor plan'],
  ['meeting', 'Meeting'],
] as const;
const STREETS = ['Oak St', 'Pine Ave', 'Harbor Rd', 'Elm Ct', 'Lake Dr', 'Hill Blvd', 'River Way', 'Cedar Ln'];
const SERVICES = ['Photography', 'Video', 'Aerial', 'Floor plan', 'Virtual staging', 'Twilight photos'];
/** The data spans 2023-01-01 .. 2025-12-31 (created_at), start dates 3..62 days after creation. */
export const SPAN_START = '2023-01-01 00:00:00';
const SPAN_SECONDS = 1095 * 86400;

export interface DataSet {
  size: number;
  database: string;
  /** True when it was built by this run (false: an existing one was reused). */
  built: boolean;
  buildSeconds: number;
  orders: number;
}

export function databaseName(size: number): string {
  return size >= 1_000_000 && size % 1_000_000 === 0
    ? `bench_${size / 1_000_000}m`
    : size % 1000 === 0
      ? `bench_${size / 1000}k`
      : `bench_${size}`;
}

export function orderCount(size: number): number {
  return Math.ceil(size / 10);
}

const quoteList = (items: readonly string[]) => items.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ');

async function existingIsUsable(admin: Connection, database: string, size: number): Promise<boolean> {
  const [dbs] = await admin.query('SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [database]);
  if ((dbs as unknown[]).length === 0) return false;
  try {
    const [meta] = await admin.query(`SELECT version, size, complete FROM \`${database}\`.bench_meta`);
    const row = (meta as { version: number; size: number; complete: number }[])[0];
    if (!row || row.version !== GENERATOR_VERSION || row.size !== size || !row.complete) return false;
    // Writes of earlier runs may have added rows (upserts that insert): take them out again.
    await admin.query(`DELETE FROM \`${database}\`.appointments WHERE id > ?`, [size]);
    const [count] = await admin.query(`SELECT COUNT(*) AS n FROM \`${database}\`.appointments`);
    return Number((count as { n: number }[])[0].n) === size;
  } catch {
    return false;
  }
}

/** Creates the schema with the project's own migrations (what `npm run migrate` does). */
async function migrate(database: string): Promise<void> {
  const db = createDataSource(loadConfig({ DATABASE_URL: urlFor(database), NODE_ENV: 'production' }));
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
  } finally {
    await db.destroy();
  }
}

/** A numbers table 1..max: a cross join of digits (portable; no sequence engine, no recursive CTE limits). */
async function numbers(c: Connection, max: number): Promise<void> {
  await c.query('CREATE TABLE bench_digits (d INT NOT NULL PRIMARY KEY)');
  await c.query('INSERT INTO bench_digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)');
  await c.query('CREATE TABLE bench_numbers (n INT NOT NULL PRIMARY KEY)');
  const digits = Math.max(1, Math.ceil(Math.log10(max)));
  const from = Array.from({ length: digits }, (_, i) => `bench_digits d${i}`).join(' CROSS JOIN ');
  const value = Array.from({ length: digits }, (_, i) => `d${i}.d * ${10 ** i}`).join(' + ');
  await c.query(`INSERT INTO bench_numbers (n) SELECT n FROM (SELECT ${value} + 1 AS n FROM ${from}) x WHERE n <= ${max}`);
}

async function fillReferenceData(c: Connection, size: number): Promise<void> {
  const users = PHOTOGRAPHERS + STAFF;
  await c.query(`INSERT INTO customers (id, reference, name, created_at)
    SELECT n, CONCAT('CUST-', LPAD(n, 4, '0')), CONCAT('Customer ', n, ' Realty'), '${SPAN_START}' FROM bench_numbers WHERE n <= ${CUSTOMERS}`);
  await c.query(
    `INSERT INTO appointment_categories (id, reference, name) VALUES ${CATEGORIES.map(
      ([ref, name], i) => `(${i + 1}, '${ref}', '${name}')`,
    ).join(', ')}`,
  );
  await c.query(`INSERT INTO users (id, reference, name, email, created_at)
    SELECT n,
      IF(n <= ${PHOTOGRAPHERS}, CONCAT('pho-', LPAD(n, 3, '0')), CONCAT('emp-', LPAD(n - ${PHOTOGRAPHERS}, 3, '0'))),
      IF(n <= ${PHOTOGRAPHERS}, CONCAT('Photographer ', n), CONCAT('Scheduler ', n - ${PHOTOGRAPHERS})),
      CONCAT('user', n, '@bench.example'), '${SPAN_START}'
    FROM bench_numbers WHERE n <= ${users}`);
  await c.query('INSERT INTO users (id, reference, name, email, created_at) VALUES (?, ?, ?, ?, ?)', [
    BENCH_USER.id,
    BENCH_USER.reference,
    'Bench Employee',
    'bench@bench.example',
    SPAN_START,
  ]);
  await c.query(`INSERT INTO employees (user_id, photographer, title)
    SELECT id, id <= ${PHOTOGRAPHERS}, IF(id <= ${PHOTOGRAPHERS}, 'Photographer', 'Scheduler') FROM users ORDER BY id`);
  await c.query(`INSERT INTO contacts (id, customer_id, name, email, phone)
    SELECT n, (n + 1) DIV 2, CONCAT('Agent ', n), CONCAT('agent', n, '@bench.example'), CONCAT('555-', LPAD(n, 4, '0'))
    FROM bench_numbers WHERE n <= ${CUSTOMERS * 2}`);
  const orders = orderCount(size);
  for (let lo = 1; lo <= orders; lo += BATCH) {
    const hi = Math.min(orders, lo + BATCH - 1);
    await c.query(`INSERT INTO orders (id, reference, customer_id, notes, status, sign_off_count, created_at, updated_at, updated_at_mt)
      SELECT n, CONCAT('BENCH-O', LPAD(n, 7, '0')), 1 + ((n - 1) * 37) % ${CUSTOMERS}, IF(n % 3 = 0, 'Lockbox on the side door.', NULL),
        'open', 0, t, t, CONCAT(DATE_FORMAT(t, '%Y-%m-%dT%H:%i:%s.000Z'), '~', LPAD(HEX(n), 8, '0'))
      FROM (SELECT n, DATE_ADD('${SPAN_START}', INTERVAL ((n - 1) * 10 * ${SPAN_SECONDS} DIV ${size}) SECOND) AS t
            FROM bench_numbers WHERE n BETWEEN ${lo} AND ${hi}) x`);
    await c.query(`INSERT INTO order_line_items (order_id, name, quantity, completed_quantity, updated_at)
      SELECT o.n, ELT(1 + (o.n + k.n) % ${SERVICES.length}, ${quoteList(SERVICES)}), 1 + (o.n * k.n) % 20, 0, '${SPAN_START}'
      FROM bench_numbers o JOIN bench_numbers k ON k.n <= 1 + o.n % 3
      WHERE o.n BETWEEN ${lo} AND ${hi} ORDER BY o.n, k.n`);
  }
}

/**
 * Appointment n: created at an even spacing over the span (ids follow creation, as in life),
 * customer of its order (appointments come in runs of 10 per order; 6 of each 10 belong to it).
 */
function appointmentSelect(size: number, lo: number, hi: number): string {
  const streets = quoteList(STREETS);
  const categoryNames = quoteList(CATEGORIES.map(([, name]) => name));
  return `
    SELECT n,
      LOWER(CONCAT(LPAD(HEX(n), 8, '0'), '-0000-4000-8000-', LPAD(HEX((n * 2654435761) % 281474976710655), 12, '0'))),
      CONCAT('BENCH-A', LPAD(n, 8, '0')),
      CONCAT(ELT(cat, ${categoryNames}), ' at ', 10 + (n * 7877) % 9990, ' ', ELT(1 + n % 8, ${streets})),
      IF(n % 4 = 0, 'Owner will be present.', NULL),
      CONCAT(10 + (n * 7877) % 9990, ' ', ELT(1 + n % 8, ${streets}), ', Springfield'),
      s, e,
      DATE(DATE_SUB(s, INTERVAL 5 HOUR)), DATE(DATE_SUB(e, INTERVAL 5 HOUR)),
      IF(allday, NULL, TIME(DATE_SUB(s, INTERVAL 5 HOUR))), IF(allday, NULL, TIME(DATE_SUB(e, INTERVAL 5 HOUR))),
      DATE(DATE_SUB(s, INTERVAL 5 HOUR)), DATE(DATE_SUB(e, INTERVAL 5 HOUR)),
      IF(allday, NULL, TIME(DATE_SUB(s, INTERVAL 5 HOUR))), IF(allday, NULL, TIME(DATE_SUB(e, INTERVAL 5 HOUR))),
      allday, CONCAT(minutes DIV 60, ':', LPAD(minutes % 60, 2, '0')), minutes * 60,
      n % 10 < 7, IF(n % 10 < 7, c, NULL), IF(n % 10 < 7, 'emp-001', NULL),
      n % 10 = 9, n % 30 = 9, 0, n % 20 = 3, n % 10 < 5, n % 10 >= 5,
      ELT(1 + n % 3, 'shoot', 'reshoot', 'consult'), ELT(1 + n % 3, 'standard', 'rush', 'next_day'),
      IF(n % 5 = 0, DATE(c), NULL), IF(n % 5 = 0, '09:00:00', NULL),
      IF(n % 5 = 0, DATE(s), NULL), IF(n % 5 = 0, DATE(e), NULL), IF(n % 5 = 0, 540, NULL), IF(n % 5 = 0, 1020, NULL),
      IF(n % 7 = 0, n, NULL),
      IF(n % 10 < 6, ord, NULL), NULL, NULL,
      IF(n % 10 = 8, NULL, 1 + (n * 13) % ${PHOTOGRAPHERS}), IF(n % 10 = 8, NULL, CONCAT('Photographer ', 1 + (n * 13) % ${PHOTOGRAPHERS})),
      ${PHOTOGRAPHERS} + 1 + n % ${STAFF}, 1 + ((ord - 1) * 37) % ${CUSTOMERS}, cat, 'bench',
      c, c, 'seed', 'gateway', 'seed', 'gateway',
      CONCAT(DATE_FORMAT(c, '%Y-%m-%dT%H:%i:%s.000Z'), '~', LPAD(HEX(n), 8, '0')), NULL, NULL, NULL
    FROM (
      SELECT n, cat, allday, minutes, ord, c,
        IF(allday, DATE(s0), s0) AS s,
        DATE_ADD(IF(allday, DATE(s0), s0), INTERVAL minutes MINUTE) AS e
      FROM (
        SELECT n, 1 + n % ${CATEGORIES.length} AS cat, n % 25 = 0 AS allday,
          IF(n % 25 = 0, 1440, 30 * (1 + n % 4)) AS minutes, (n - 1) DIV 10 + 1 AS ord, c,
          DATE_ADD(DATE_ADD(DATE(c), INTERVAL 3 + (n * 7919) % 60 DAY), INTERVAL (13 + (n * 31) % 10) * 60 + 15 * (n % 4) MINUTE) AS s0
        FROM (SELECT n, DATE_ADD('${SPAN_START}', INTERVAL ((n - 1) * ${SPAN_SECONDS} DIV ${size}) SECOND) AS c
              FROM bench_numbers WHERE n BETWEEN ${lo} AND ${hi}) base
      ) x
    ) y`;
}

const APPOINTMENT_COLUMNS = [
  'id',
  'uuid',
  'reference',
  'title',
  'note',
  'location',
  'start_date',
  'end_date',
  'date_start_local',
  'date_stop_local',
  'time_start_local',
  'time_stop_local',
  'date_start_office',
  'date_stop_office',
  'time_start_office',
  'time_stop_office',
  'allday',
  'time_duration',
  'time_duration_s',
  'confirmed',
  'confirmed_at',
  'confirmed_by',
  'cancelled',
  'same_day_cancel',
  'on_site_cancel',
  'optional',
  'done',
  'ready_to_schedule',
  'appt_type',
  'delivery_type',
  'requested_date',
  'requested_time',
  'window_date_start',
  'window_date_end',
  'window_time_start',
  'window_time_end',
  'fm_appt_id',
  'order_id',
  'order_request_id',
  'order_request_appt_id',
  'photographer_user_id',
  'photographer_name',
  'user_id',
  'customer_id',
  'appointment_category_id',
  'organization',
  'created_at',
  'updated_at',
  'created_by',
  'created_in',
  'updated_by',
  'updated_in',
  'updated_at_mt',
  'signed_off_at',
  'cancel_reason',
  'cancel_note',
];

async function fillAppointments(c: Connection, size: number, progress: (msg: string) => void): Promise<void> {
  for (let lo = 1; lo <= size; lo += BATCH) {
    const hi = Math.min(size, lo + BATCH - 1);
    await c.query(`INSERT INTO appointments (${APPOINTMENT_COLUMNS.join(', ')}) ${appointmentSelect(size, lo, hi)}`);
    // Contacts of the appointment's customer: the first for 2 in 3 appointments, the second for 2 in 3.
    await c.query(`INSERT INTO appointment_contacts (appointment_id, contact_id)
      SELECT id, customer_id * 2 - 1 FROM appointments WHERE id BETWEEN ${lo} AND ${hi} AND id % 3 <> 0
      UNION ALL
      SELECT id, customer_id * 2 FROM appointments WHERE id BETWEEN ${lo} AND ${hi} AND id % 3 <> 1
      ORDER BY 1, 2`);
    if (hi === size || (hi / BATCH) % 4 === 0) progress(`${hi.toLocaleString('en-US')} / ${size.toLocaleString('en-US')} appointments`);
  }
}

/** Reuses the data set of this size if it is complete and current; otherwise (re)builds it. */
export async function ensureDataSet(size: number, progress: (msg: string) => void): Promise<DataSet> {
  const database = databaseName(size);
  const admin = await adminConnection();
  try {
    if (await existingIsUsable(admin, database, size)) {
      await migrate(database); // migrations added to the project since it was built
      return { size, database, built: false, buildSeconds: 0, orders: orderCount(size) };
    }
    const started = Date.now();
    progress(`building ${database} (${size.toLocaleString('en-US')} appointments)`);
    await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await migrate(database);
    await admin.query(`USE \`${database}\``);
    // A bulk load's usual settings, for this session only; the data is generated consistent.
    await admin.query('SET SESSION foreign_key_checks = 0, unique_checks = 0');
    await admin.query('CREATE TABLE bench_meta (version INT NOT NULL, size INT NOT NULL, complete INT NOT NULL)');
    await admin.query('INSERT INTO bench_meta VALUES (?, ?, 0)', [GENERATOR_VERSION, size]);
    await numbers(admin, Math.max(size, CUSTOMERS * 2));
    await fillReferenceData(admin, size);
    await fillAppointments(admin, size, progress);
    await admin.query('DROP TABLE bench_numbers, bench_digits');
    await admin.query('ANALYZE TABLE appointments, appointment_contacts, orders, order_line_items');
    await admin.query('UPDATE bench_meta SET complete = 1');
    const buildSeconds = (Date.now() - started) / 1000;
    progress(`built ${database} in ${buildSeconds.toFixed(1)} s`);
    return { size, database, built: true, buildSeconds, orders: orderCount(size) };
  } finally {
    await admin.end();
  }
}
