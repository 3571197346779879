import { ColumnOptions } from 'typeorm';

/**
 * Column shapes shared by every entity, so that MySQL and SQLite get the same definitions
 * and the migrations (written with the same helpers) never drift from the entities.
 */
export function instantColumn(name: string, nullable = false): ColumnOptions {
  // DATETIME(3), always UTC: the MySQL connection runs with timezone 'Z'.
  return { name, type: 'datetime', precision: 3, nullable };
}

export function dateColumn(name: string): ColumnOptions {
  return { name, type: 'date', nullable: true };
}

export function timeColumn(name: string): ColumnOptions {
  return { name, type: 'time', nullable: true };
}

export function flagColumn(name: string): ColumnOptions {
  return { name, type: 'boolean', default: false };
}

export function stringColumn(name: string, length = 255, nullable = true): ColumnOptions {
  return { name, type: 'varchar', length, nullable };
}

/**
 * The collation of values compared byte for byte on MySQL/MariaDB: external references (CRM keys
 * are case-sensitive) and concurrency stamps. utf8mb4_bin is the one binary collation MySQL 8 and
 * MariaDB 10.11 both know; it is PAD SPACE ('a' = 'a ' holds), so the write path refuses
 * references with whitespace at either end and key and stamp comparisons also compare lengths
 * (dialect.ts, exactEquals). SQLite compares text byte for byte already and knows no such name:
 * its DataSource drops it (data-source.ts).
 */
export const EXACT_COLLATION = 'utf8mb4_bin';

/** A varchar compared byte for byte (EXACT_COLLATION). */
export function exactStringColumn(name: string, length: number, nullable = true): ColumnOptions {
  return { ...stringColumn(name, length, nullable), collation: EXACT_COLLATION };
}

export function textColumn(name: string): ColumnOptions {
  return { name, type: 'text', nullable: true };
}

export function intColumn(name: string, nullable = true): ColumnOptions {
  return { name, type: 'int', nullable };
}
