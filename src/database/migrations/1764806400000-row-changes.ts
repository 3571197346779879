import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/*
 * Change capture for every writer (issue 19): a change table and AFTER INSERT / UPDATE / DELETE
 * triggers on `appointments` and `orders` that record one row per changed row, whoever writes
 * it: the gateway, another application, or SQL typed by hand. Why triggers (rather than the
 * binlog or polling `updated_at`), and their limits on replicas, Vitess and TiDB:
 * docs/live-changes.md. Frozen on purpose: the columns as they stand at this point.
 *
 * - `seq`: the change's position, allocated by the insert (auto-increment: before commit, so
 *   commits may show seqs out of order; src/live/change-gaps.ts decides when a gap is settled).
 * - `kind`: CREATED, UPDATED, DELETED, or SIGNED_OFF: an order whose sign_off_count grew, an
 *   appointment whose signed_off_at was set to a new instant (the sign-off writes both rows).
 * - `customer_id`: the row's customer after the change (before it, for a deletion);
 *   `previous_customer_id`: the customer before, when an update moved the row to another one.
 * - `order_id`: an appointment's order (null for orders); `updated_at_mt`: the row's stamp after
 *   the change (null for a deletion); `changed_at`: UTC, milliseconds, the database's clock.
 *
 * On MySQL/MariaDB a change is recorded while the server is writable only (see createTrigger).
 * MySQL fires a trigger once per row, so a multi-row UPDATE records one change per row. An
 * UPDATE that matches a row without changing it fires too (an upsert answered UNCHANGED is an
 * UPDATED change with the same stamp on MySQL; SQLite's upsert skips the update and records
 * nothing). Creating triggers needs the TRIGGER privilege and, with binary logging on and no
 * SUPER, log_bin_trust_function_creators = 1 (README, Running on MySQL).
 */

type Dialect = 'mysql' | 'sqlite';

const dialectOf = (q: QueryRunner): Dialect => (q.connection.driver.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql');

const COLUMNS = 'entity, kind, row_id, customer_id, previous_customer_id, order_id, updated_at_mt, changed_at';

/** The database's clock, UTC, to the millisecond, as each dialect stores instants. */
const NOW: Record<Dialect, string> = {
  mysql: 'UTC_TIMESTAMP(3)',
  sqlite: "strftime('%Y-%m-%d %H:%M:%f', 'now')",
};

/** `a IS DISTINCT FROM b`, null-safe. */
const DIFFERS: Record<Dialect, (a: string, b: string) => string> = {
  mysql: (a, b) => `NOT (${a} <=> ${b})`,
  sqlite: (a, b) => `${a} IS NOT ${b}`,
};

interface TriggerSpec {
  name: string;
  table: 'appointments' | 'orders';
  event: 'INSERT' | 'UPDATE' | 'DELETE';
  /** The VALUES of the change row, in COLUMNS order, for a dialect. */
  values(d: Dialect): string[];
}

const TRIGGERS: TriggerSpec[] = [
  {
    name: 'trg_appointments_change_insert',
    table: 'appointments',
    event: 'INSERT',
    values: (d) => [`'appointment'`, `'CREATED'`, 'NEW.id', 'NEW.customer_id', 'NULL', 'NEW.order_id', 'NEW.updated_at_mt', NOW[d]],
  },
  {
    name: 'trg_appointments_change_update',
    table: 'appointments',
    event: 'UPDATE',
    values: (d) => [
      `'appointment'`,
      `CASE WHEN NEW.signed_off_at IS NOT NULL AND ${DIFFERS[d]('NEW.signed_off_at', 'OLD.signed_off_at')} THEN 'SIGNED_OFF' ELSE 'UPDATED' END`,
      'NEW.id',
      'NEW.customer_id',
      `CASE WHEN ${DIFFERS[d]('NEW.customer_id', 'OLD.customer_id')} THEN OLD.customer_id ELSE NULL END`,
      'NEW.order_id',
      'NEW.updated_at_mt',
      NOW[d],
    ],
  },
  {
    name: 'trg_appointments_change_delete',
    table: 'appointments',
    event: 'DELETE',
    values: (d) => [`'appointment'`, `'DELETED'`, 'OLD.id', 'OLD.customer_id', 'NULL', 'OLD.order_id', 'NULL', NOW[d]],
  },
  {
    name: 'trg_orders_change_insert',
    table: 'orders',
    event: 'INSERT',
    values: (d) => [`'order'`, `'CREATED'`, 'NEW.id', 'NEW.customer_id', 'NULL', 'NULL', 'NEW.updated_at_mt', NOW[d]],
  },
  {
    name: 'trg_orders_change_update',
    table: 'orders',
    event: 'UPDATE',
    values: (d) => [
      `'order'`,
      `CASE WHEN NEW.sign_off_count > OLD.sign_off_count THEN 'SIGNED_OFF' ELSE 'UPDATED' END`,
      'NEW.id',
      'NEW.customer_id',
      `CASE WHEN ${DIFFERS[d]('NEW.customer_id', 'OLD.customer_id')} THEN OLD.customer_id ELSE NULL END`,
      'NULL',
      'NEW.updated_at_mt',
      NOW[d],
    ],
  },
  {
    name: 'trg_orders_change_delete',
    table: 'orders',
    event: 'DELETE',
    values: (d) => [`'order'`, `'DELETED'`, 'OLD.id', 'OLD.customer_id', 'NULL', 'NULL', 'NULL', NOW[d]],
  },
];

/**
 * CREATE TRIGGER in the dialect. On MySQL/MariaDB the change is recorded on a writable server
 * only: a replica gets the primary's change rows by (row-based) replication, which fires no
 * trigger there, and a hand-made write on a read-only replica must not insert change rows of
 * its own, whose seqs the primary's would then collide with (stopping replication). SQLite wants
 * BEGIN … END.
 */
function createTrigger(t: TriggerSpec, d: Dialect): string {
  const insert = `INSERT INTO row_changes (${COLUMNS}) VALUES (${t.values(d).join(', ')})`;
  const head = `CREATE TRIGGER ${t.name} AFTER ${t.event} ON ${t.table} FOR EACH ROW`;
  return d === 'mysql' ? `${head} IF @@GLOBAL.read_only = 0 THEN ${insert}; END IF` : `${head} BEGIN ${insert}; END`;
}

export class RowChanges1764806400000 implements MigrationInterface {
  name = 'RowChanges1764806400000';

  async up(q: QueryRunner): Promise<void> {
    const d = dialectOf(q);
    await q.createTable(
      new Table({
        name: 'row_changes',
        columns: [
          // SQLite's AUTOINCREMENT takes INTEGER only (64 bits there); MySQL's INT would run out.
          { name: 'seq', type: d === 'sqlite' ? 'integer' : 'bigint', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'entity', type: 'varchar', length: '20', isNullable: false },
          { name: 'kind', type: 'varchar', length: '20', isNullable: false },
          { name: 'row_id', type: 'integer', isNullable: false },
          { name: 'customer_id', type: 'integer', isNullable: true },
          { name: 'previous_customer_id', type: 'integer', isNullable: true },
          { name: 'order_id', type: 'integer', isNullable: true },
          { name: 'updated_at_mt', type: 'varchar', length: '40', isNullable: true },
          { name: 'changed_at', type: 'datetime', precision: 3, isNullable: false },
        ],
      }),
    );
    for (const t of TRIGGERS) await q.query(createTrigger(t, d));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [...TRIGGERS].reverse()) await q.query(`DROP TRIGGER IF EXISTS ${t.name}`);
    await q.dropTable('row_changes');
  }
}
