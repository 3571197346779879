import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/*
 * Indexes for the order lists (issue 18): every sort reads a (column, id) index in order, and
 * the customer and status filters narrow by an index in creation order (the default sort). The
 * composite on (customer_id, created_at, id) replaces the single-column index on customer_id
 * (it serves the foreign key, and Customer.orders numbers each customer's orders off it).
 * Frozen on purpose: the indexes as they stand at this point, whatever the entities say later.
 */
const REPLACED = {
  old: new TableIndex({ name: 'idx_orders_customer', columnNames: ['customer_id'] }),
  new: new TableIndex({ name: 'idx_orders_customer_created', columnNames: ['customer_id', 'created_at', 'id'] }),
};

const ADDED = [
  new TableIndex({ name: 'idx_orders_status_created', columnNames: ['status', 'created_at', 'id'] }),
  new TableIndex({ name: 'idx_orders_created', columnNames: ['created_at', 'id'] }),
  new TableIndex({ name: 'idx_orders_updated', columnNames: ['updated_at', 'id'] }),
  new TableIndex({ name: 'idx_orders_signed_off', columnNames: ['signed_off_at', 'id'] }),
  new TableIndex({ name: 'idx_orders_reference', columnNames: ['reference', 'id'] }),
];

export class OrderListIndexes1764806400100 implements MigrationInterface {
  name = 'OrderListIndexes1764806400100';

  async up(q: QueryRunner): Promise<void> {
    // The new index first: on MySQL the foreign key needs an index on customer_id at every step.
    await q.createIndex('orders', REPLACED.new);
    await q.dropIndex('orders', REPLACED.old.name!);
    for (const index of ADDED) await q.createIndex('orders', index);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ADDED) await q.dropIndex('orders', index.name!);
    await q.createIndex('orders', REPLACED.old);
    await q.dropIndex('orders', REPLACED.new.name!);
  }
}
