import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';

/*
 * The Idempotency-Keys of mutations and their stored answers (src/idempotency/). Self-contained
 * like the initial schema: a migration is a frozen snapshot.
 */

const str = (name: string, length: number, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
const instant = (name: string): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable: false });

export class IdempotencyKeys1764460800000 implements MigrationInterface {
  name = 'IdempotencyKeys1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'idempotency_keys',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          str('scope_hash', 64),
          str('key_hash', 64),
          str('idempotency_key', 255),
          str('request_hash', 64),
          str('state', 10),
          { name: 'response_status', type: 'integer', isNullable: true },
          // TEXT: 65,535 bytes on MySQL; a larger answer is not kept (see idempotency.service.ts).
          { name: 'response_body', type: 'text', isNullable: true },
          instant('created_at'),
          instant('expires_at'),
        ],
        indices: [
          // Decides which of two concurrent requests with one key runs, on any instance.
          { name: 'uq_idempotency_keys_scope_key', columnNames: ['scope_hash', 'key_hash'], isUnique: true },
          // The sweep of expired keys.
          { name: 'idx_idempotency_keys_expires', columnNames: ['expires_at'] },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('idempotency_keys');
  }
}
