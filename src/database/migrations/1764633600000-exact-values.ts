import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * References and concurrency stamps compare byte for byte (issue 17). Under the tables'
 * case- and accent-insensitive collation `RT-REF-1`, `rt-ref-1` and `RT-RÉF-1` were one key, and a
 * stamp sent in upper case passed for the current one. MySQL and MariaDB get utf8mb4_bin on these
 * columns: the one binary collation both know (MySQL 8's NO PAD utf8mb4_0900_bin is unknown to
 * MariaDB 10.11, MariaDB's utf8mb4_nopad_bin to MySQL). It is PAD SPACE, which the write path and
 * the key comparisons make up for (see EXACT_COLLATION in column-types.ts).
 *
 * MODIFY keeps each column's indexes, which are rebuilt under the new collation; no existing row
 * can collide, since values equal byte for byte were already equal before. SQLite compares text
 * with BINARY already (`=`, unique indexes, `IS`), so there is nothing to do there.
 *
 * Raw SQL rather than the Table API: TypeORM's changeColumn may drop and re-add a column.
 * Frozen on purpose: the columns as they stand at this point, whatever the entities say later.
 */
const COLUMNS: { table: string; column: string; type: string; nullable: boolean }[] = [
  { table: 'customers', column: 'reference', type: 'varchar(100)', nullable: false },
  { table: 'appointment_categories', column: 'reference', type: 'varchar(100)', nullable: false },
  { table: 'users', column: 'reference', type: 'varchar(100)', nullable: false },
  { table: 'orders', column: 'reference', type: 'varchar(100)', nullable: true },
  { table: 'orders', column: 'updated_at_mt', type: 'varchar(40)', nullable: false },
  { table: 'appointments', column: 'reference', type: 'varchar(100)', nullable: true },
  { table: 'appointments', column: 'updated_at_mt', type: 'varchar(40)', nullable: false },
];

const isMysql = (q: QueryRunner) => q.connection.driver.options.type !== 'better-sqlite3';

export class ExactValues1764633600000 implements MigrationInterface {
  name = 'ExactValues1764633600000';

  async up(q: QueryRunner): Promise<void> {
    if (!isMysql(q)) return;
    for (const c of COLUMNS) {
      await q.query(
        `ALTER TABLE \`${c.table}\` MODIFY \`${c.column}\` ${c.type} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin ${c.nullable ? 'NULL' : 'NOT NULL'}`,
      );
    }
  }

  /**
   * Back to the table's default collation (a column without one takes it). Fails with a
   * duplicate key, changing nothing on that table, while two rows differ only in case or accents.
   */
  async down(q: QueryRunner): Promise<void> {
    if (!isMysql(q)) return;
    for (const c of [...COLUMNS].reverse()) {
      await q.query(`ALTER TABLE \`${c.table}\` MODIFY \`${c.column}\` ${c.type} ${c.nullable ? 'NULL' : 'NOT NULL'}`);
    }
  }
}
