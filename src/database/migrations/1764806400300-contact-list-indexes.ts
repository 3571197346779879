import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/*
 * Indexes for the contact lists (issue 18): one customer's contacts by name or email read
 * (customer_id, column, id) in order (by id, the existing (customer_id) index, which InnoDB
 * extends with the id), and every contact the caller sees by name or email reads (column, id);
 * a name or email pattern with a literal prefix is a range of them. The (customer_id) index
 * stays: it serves the foreign key and Customer.contacts (by id). Frozen on purpose: the indexes
 * as they stand at this point, whatever the entities say later.
 */
const ADDED = [
  new TableIndex({ name: 'idx_contacts_customer_name', columnNames: ['customer_id', 'name', 'id'] }),
  new TableIndex({ name: 'idx_contacts_customer_email', columnNames: ['customer_id', 'email', 'id'] }),
  new TableIndex({ name: 'idx_contacts_name', columnNames: ['name', 'id'] }),
  new TableIndex({ name: 'idx_contacts_email', columnNames: ['email', 'id'] }),
];

export class ContactListIndexes1764806400300 implements MigrationInterface {
  name = 'ContactListIndexes1764806400300';

  async up(q: QueryRunner): Promise<void> {
    for (const index of ADDED) await q.createIndex('contacts', index);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [...ADDED].reverse()) await q.dropIndex('contacts', index.name!);
  }
}
