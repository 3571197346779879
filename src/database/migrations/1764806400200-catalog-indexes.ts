import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/*
 * Indexes for the lists by id, name and reference (customers, appointment categories,
 * photographers): NAME sorts and keyset pages read (name, id) in order, and a name pattern with
 * a literal prefix is a range of it (REFERENCE sorts read the unique reference index: a unique
 * key needs no id to break ties). Photographers are found from employees by
 * (photographer, user_id), then sorted among themselves.
 */
const ADDED: [table: string, index: TableIndex][] = [
  ['customers', new TableIndex({ name: 'idx_customers_name', columnNames: ['name', 'id'] })],
  ['appointment_categories', new TableIndex({ name: 'idx_categories_name', columnNames: ['name', 'id'] })],
  ['users', new TableIndex({ name: 'idx_users_name', columnNames: ['name', 'id'] })],
  ['employees', new TableIndex({ name: 'idx_employees_photographer', columnNames: ['photographer', 'user_id'] })],
];

export class CatalogIndexes1764806400200 implements MigrationInterface {
  name = 'CatalogIndexes1764806400200';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, index] of ADDED) await q.createIndex(table, index);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, index] of [...ADDED].reverse()) await q.dropIndex(table, index.name!);
  }
}
