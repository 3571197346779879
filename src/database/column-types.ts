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

export function textColumn(name: string): ColumnOptions {
  return { name, type: 'text', nullable: true };
}

export function intColumn(name: string, nullable = true): ColumnOptions {
  return { name, type: 'int', nullable };
}
