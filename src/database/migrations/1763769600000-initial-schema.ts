import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKeyOptions, TableIndexOptions } from 'typeorm';

/*
 * The whole domain model. Written with TypeORM's Table API (not raw SQL) so the one migration
 * set runs on MySQL/MariaDB and on SQLite. Self-contained on purpose: a migration is a frozen
 * snapshot and must not change when the entities' helpers do.
 */

const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const instant = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable });
const str = (name: string, length = 255, isNullable = true): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
const text = (name: string): TableColumnOptions => ({ name, type: 'text', isNullable: true });
const int = (name: string, isNullable = true): TableColumnOptions => ({ name, type: 'integer', isNullable });
const date = (name: string): TableColumnOptions => ({ name, type: 'date', isNullable: true });
const time = (name: string): TableColumnOptions => ({ name, type: 'time', isNullable: true });
const flag = (name: string): TableColumnOptions => ({ name, type: 'boolean', default: 0 });
// Every unique index and foreign key is named, so the entities can name the same ones.
const fk = (
  name: string,
  column: string,
  table: string,
  onDelete: 'CASCADE' | 'SET NULL',
  onUpdate = 'NO ACTION',
): TableForeignKeyOptions => ({
  name,
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete,
  onUpdate,
});
const index = (name: string, ...columnNames: string[]): TableIndexOptions => ({ name, columnNames });
const uniqueIndex = (name: string, column: string): TableIndexOptions => ({ name, columnNames: [column], isUnique: true });

export class InitialSchema1763769600000 implements MigrationInterface {
  name = 'InitialSchema1763769600000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'customers',
        columns: [id, str('reference', 100, false), str('name', 255, false), instant('created_at')],
        indices: [uniqueIndex('uq_customers_reference', 'reference')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'appointment_categories',
        columns: [id, str('reference', 100, false), str('name', 255, false)],
        indices: [uniqueIndex('uq_categories_reference', 'reference')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'users',
        columns: [id, str('reference', 100, false), str('name', 255, false), str('email'), instant('created_at')],
        indices: [uniqueIndex('uq_users_reference', 'reference')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'contacts',
        columns: [id, int('customer_id'), str('name', 255, false), str('email'), str('phone', 50)],
        indices: [index('idx_contacts_customer', 'customer_id')],
        foreignKeys: [fk('fk_contacts_customer', 'customer_id', 'customers', 'SET NULL')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'employees',
        columns: [id, int('user_id', false), flag('photographer'), str('title', 100)],
        indices: [uniqueIndex('uq_employees_user', 'user_id')],
        foreignKeys: [fk('fk_employees_user', 'user_id', 'users', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'clients',
        columns: [id, int('user_id', false), int('customer_id', false)],
        indices: [uniqueIndex('uq_clients_user', 'user_id'), index('idx_clients_customer', 'customer_id')],
        foreignKeys: [
          fk('fk_clients_user', 'user_id', 'users', 'CASCADE'),
          fk('fk_clients_customer', 'customer_id', 'customers', 'CASCADE'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'liaisons',
        columns: [id, int('user_id', false)],
        indices: [uniqueIndex('uq_liaisons_user', 'user_id')],
        foreignKeys: [fk('fk_liaisons_user', 'user_id', 'users', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'liaison_customers',
        columns: [
          { ...int('liaison_id', false), isPrimary: true },
          { ...int('customer_id', false), isPrimary: true },
        ],
        indices: [
          // The names TypeORM derives for a join table's indexes (the entities cannot name them).
          index('IDX_8a1a45579914b233ed20be3918', 'liaison_id'),
          index('IDX_14152d01646117e85d6b703868', 'customer_id'),
        ],
        foreignKeys: [
          fk('fk_liaison_customers_liaison', 'liaison_id', 'liaisons', 'CASCADE', 'CASCADE'),
          fk('fk_liaison_customers_customer', 'customer_id', 'customers', 'CASCADE', 'CASCADE'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'orders',
        columns: [
          id,
          str('reference', 100),
          int('customer_id'),
          text('notes'),
          { name: 'status', type: 'varchar', length: '30', default: "'open'" },
          instant('signed_off_at', true),
          str('signed_off_by', 100),
          { name: 'sign_off_count', type: 'integer', default: 0 },
          instant('created_at'),
          instant('updated_at'),
          str('updated_at_mt', 40, false),
        ],
        indices: [uniqueIndex('uq_orders_reference', 'reference'), index('idx_orders_customer', 'customer_id')],
        foreignKeys: [fk('fk_orders_customer', 'customer_id', 'customers', 'SET NULL')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'order_line_items',
        columns: [
          id,
          int('order_id', false),
          str('name', 255, false),
          { name: 'quantity', type: 'integer', default: 1 },
          { name: 'completed_quantity', type: 'integer', default: 0 },
          date('completed_date'),
          str('completed_by', 100),
          instant('updated_at'),
        ],
        indices: [index('idx_line_items_order', 'order_id')],
        foreignKeys: [fk('fk_line_items_order', 'order_id', 'orders', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'order_sign_offs',
        columns: [
          id,
          int('order_id', false),
          int('appointment_id'),
          str('outcome', 20, false),
          str('cancel_reason'),
          text('cancel_note'),
          text('notes'),
          str('signed_by', 100),
          str('signed_in', 100),
          instant('signed_at'),
        ],
        indices: [index('idx_sign_offs_order', 'order_id')],
        foreignKeys: [fk('fk_sign_offs_order', 'order_id', 'orders', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'appointments',
        columns: [
          id,
          { name: 'uuid', type: 'varchar', length: '36' },
          str('reference', 100),
          str('title', 255, false),
          text('note'),
          text('notes'),
          text('summary'),
          text('description'),
          str('location'),
          instant('start_date'),
          instant('end_date'),
          date('date_start_local'),
          date('date_stop_local'),
          time('time_start_local'),
          time('time_stop_local'),
          date('date_start_office'),
          date('date_stop_office'),
          time('time_start_office'),
          time('time_stop_office'),
          flag('allday'),
          str('time_duration', 32),
          int('time_duration_s'),
          flag('confirmed'),
          instant('confirmed_at', true),
          str('confirmed_by', 100),
          flag('cancelled'),
          flag('same_day_cancel'),
          flag('on_site_cancel'),
          flag('optional'),
          flag('done'),
          flag('ready_to_schedule'),
          str('appt_type', 50),
          str('delivery_type', 50),
          date('requested_date'),
          time('requested_time'),
          date('window_date_start'),
          date('window_date_end'),
          int('window_time_start'),
          int('window_time_end'),
          int('fm_appt_id'),
          int('order_id'),
          int('order_request_id'),
          int('order_request_appt_id'),
          int('photographer_user_id'),
          str('photographer_name'),
          int('user_id'),
          int('customer_id'),
          int('appointment_category_id'),
          str('organization', 100),
          instant('created_at'),
          instant('updated_at'),
          str('created_by', 100),
          str('created_in', 100),
          str('updated_by', 100),
          str('updated_in', 100),
          str('updated_at_mt', 40, false),
          instant('signed_off_at', true),
          str('cancel_reason'),
          text('cancel_note'),
        ],
        indices: [
          uniqueIndex('uq_appointments_uuid', 'uuid'),
          uniqueIndex('uq_appointments_reference', 'reference'),
          index('idx_appointments_start', 'start_date', 'id'),
          index('idx_appointments_end', 'end_date', 'id'),
          index('idx_appointments_created', 'created_at', 'id'),
          index('idx_appointments_updated', 'updated_at', 'id'),
          index('idx_appointments_title', 'title', 'id'),
          index('idx_appointments_confirmed', 'confirmed'),
          index('idx_appointments_type', 'appt_type'),
          index('idx_appointments_order', 'order_id'),
          index('idx_appointments_photographer', 'photographer_user_id'),
          index('idx_appointments_user', 'user_id'),
          index('idx_appointments_customer', 'customer_id'),
          index('idx_appointments_category', 'appointment_category_id'),
        ],
        foreignKeys: [
          fk('fk_appointments_order', 'order_id', 'orders', 'SET NULL'),
          fk('fk_appointments_photographer', 'photographer_user_id', 'users', 'SET NULL'),
          fk('fk_appointments_user', 'user_id', 'users', 'SET NULL'),
          fk('fk_appointments_customer', 'customer_id', 'customers', 'SET NULL'),
          fk('fk_appointments_category', 'appointment_category_id', 'appointment_categories', 'SET NULL'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'appointment_contacts',
        columns: [
          { ...int('appointment_id', false), isPrimary: true },
          { ...int('contact_id', false), isPrimary: true },
        ],
        indices: [index('IDX_62680d20cef869db56b56effb3', 'appointment_id'), index('IDX_78fcc077e39f5ca087c629b654', 'contact_id')],
        foreignKeys: [
          fk('fk_appointment_contacts_appointment', 'appointment_id', 'appointments', 'CASCADE', 'CASCADE'),
          fk('fk_appointment_contacts_contact', 'contact_id', 'contacts', 'CASCADE', 'CASCADE'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'sessions',
        columns: [
          id,
          int('user_id', false),
          str('token_hash', 64, false),
          str('application', 50),
          flag('remember_me'),
          instant('created_at'),
          instant('last_used_at'),
          instant('revoked_at', true),
        ],
        indices: [uniqueIndex('uq_sessions_token_hash', 'token_hash'), index('idx_sessions_user', 'user_id')],
        foreignKeys: [fk('fk_sessions_user', 'user_id', 'users', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'application_tokens',
        columns: [
          id,
          str('application', 50, false),
          str('name', 100, false),
          str('role', 30, false),
          str('token_hash', 64, false),
          instant('created_at'),
          instant('last_used_at', true),
          instant('revoked_at', true),
        ],
        indices: [uniqueIndex('uq_application_tokens_token_hash', 'token_hash')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'application_tokens',
      'sessions',
      'appointment_contacts',
      'appointments',
      'order_sign_offs',
      'order_line_items',
      'orders',
      'liaison_customers',
      'liaisons',
      'clients',
      'employees',
      'contacts',
      'users',
      'appointment_categories',
      'customers',
    ]) {
      await q.dropTable(table);
    }
  }
}
