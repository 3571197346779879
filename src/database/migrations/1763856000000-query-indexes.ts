import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/*
 * Composite indexes for the scheduler's list queries: one customer's or one photographer's
 * appointments in a date range, in date order. Each replaces the single-column index on its
 * first column (which it makes redundant; the foreign key is served by the new one).
 */
const REPLACED = [
  {
    old: new TableIndex({ name: 'idx_appointments_customer', columnNames: ['customer_id'] }),
    new: new TableIndex({ name: 'idx_appointments_customer_start', columnNames: ['customer_id', 'start_date', 'id'] }),
  },
  {
    old: new TableIndex({ name: 'idx_appointments_photographer', columnNames: ['photographer_user_id'] }),
    new: new TableIndex({ name: 'idx_appointments_photographer_start', columnNames: ['photographer_user_id', 'start_date', 'id'] }),
  },
];

/** Added: REFERENCE sorts and keyset pages need (reference, id) in order; a scheduler hides cancelled rows by date. */
const ADDED = [
  new TableIndex({ name: 'idx_appointments_reference', columnNames: ['reference', 'id'] }),
  new TableIndex({ name: 'idx_appointments_cancelled_start', columnNames: ['cancelled', 'start_date', 'id'] }),
];

export class QueryIndexes1763856000000 implements MigrationInterface {
  name = 'QueryIndexes1763856000000';

  async up(q: QueryRunner): Promise<void> {
    for (const index of REPLACED) {
      await q.createIndex('appointments', index.new);
      await q.dropIndex('appointments', index.old.name!);
    }
    for (const index of ADDED) await q.createIndex('appointments', index);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ADDED) await q.dropIndex('appointments', index.name!);
    for (const index of REPLACED) {
      await q.createIndex('appointments', index.old);
      await q.dropIndex('appointments', index.new.name!);
    }
  }
}
