import type { DataSource } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';

/*
 * The one module that knows MySQL from SQLite. Everything else asks the dialect what the
 * database can do (row locks, one shared connection, the upsert's syntax) instead
 * of looking at the driver's type.
 */

export type DialectName = 'mysql' | 'sqlite';

export interface SqlStatement {
  sql: string;
  params: unknown[];
}

/** Audit columns that follow the upsert's stamp: rewritten only when the row changed. */
const FOLLOW_STAMP = ['updated_at', 'updated_by', 'updated_in'];

export interface Dialect {
  name: DialectName;
  /** SELECT … FOR UPDATE exists (MySQL); SQLite serialises write transactions instead. */
  rowLocks: boolean;
  /** The suffix that locks the rows a SELECT reads, where the database has row locks. */
  forUpdate: string;
  /**
   * Whether every transaction shares one connection (SQLite: this process queues them); on
   * MySQL each pooled connection is its own session.
   */
  oneConnection: boolean;
  /**
   * INSERT `values` into `table`, or, when the unique key `conflictColumn` is taken, overwrite
   * the `sent` columns; the stamp column `stamp` (and the audit columns that follow it) move only
   * when a sent column really changed.
   */
  upsert(
    table: string,
    values: Record<string, unknown>,
    sent: string[],
    conflictColumn: string,
    stamp: string,
    quote: (name: string) => string,
  ): SqlStatement;
  /** Parameters as the driver binds them (SQLite has no boolean or date type). */
  bind(params: unknown[]): unknown[];
  /**
   * `column LIKE likePattern ESCAPE 'escape'` with case and accents counting, on a column
   * compared byte for byte (EXACT_COLLATION on MySQL, any SQLite text column). An index on
   * `column` serves a pattern with a literal prefix.
   */
  likeExactly(column: string, likePattern: string, escape: string): SqlStatement;
  /** The database's clock as an instant column stores it: UTC, to the millisecond. */
  utcNow: string;
  /** An instant as a raw row holds it, as a Date (SQLite answers the stored text). */
  instant(raw: unknown): Date;
}

const MYSQL: Dialect = {
  name: 'mysql',
  rowLocks: true,
  forUpdate: ' FOR UPDATE',
  oneConnection: false,
  // mysql2 binds dates in the pool's time zone ('Z') and booleans as TRUE/FALSE.
  bind: (params) => params,
  // LIKE compares under the column's collation: the binary one makes it exact.
  likeExactly: (column, likePattern, escape) => ({ sql: `${column} LIKE ? ESCAPE '${escape}'`, params: [likePattern] }),
  utcNow: 'UTC_TIMESTAMP(3)',
  // mysql2 reads DATETIME in the pool's time zone ('Z').
  instant: (raw) => (raw instanceof Date ? raw : new Date(`${String(raw).replace(' ', 'T')}Z`)),
  upsert(table, values, sent, _conflictColumn, stamp, quote) {
    const names = Object.keys(values);
    const insert = `INSERT INTO ${quote(table)} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    const s = quote(stamp);
    // ON DUPLICATE KEY fires on any unique key; the caller's other unique columns (a fresh uuid)
    // never collide in practice. MySQL assigns left to right: the stamp is decided first, from
    // the old values, and the audit columns then compare against the stamp just assigned.
    // VALUES() is deprecated in MySQL 8.0.20+ but still accepted there, and MariaDB needs it.
    // Compared as bytes, not under the column's collation: a change of case, accents or trailing
    // spaces alone ('Café' to 'CAFÉ ') is a change and moves the stamp. Other types compare by
    // their canonical text, equal exactly when the values are.
    const bytes = (expr: string) => `CAST(${expr} AS BINARY)`;
    const same = sent.length ? sent.map((c) => `${bytes(quote(c))} <=> ${bytes(`VALUES(${quote(c)})`)}`).join(' AND ') : 'TRUE';
    const set = [
      `${s} = IF(${same}, ${s}, VALUES(${s}))`,
      ...FOLLOW_STAMP.map((c) => `${quote(c)} = IF(${s} = VALUES(${s}), VALUES(${quote(c)}), ${quote(c)})`),
      ...sent.map((c) => `${quote(c)} = VALUES(${quote(c)})`),
    ];
    return { sql: `${insert} ON DUPLICATE KEY UPDATE ${set.join(', ')}`, params: names.map((n) => values[n]) };
  },
};

const SQLITE: Dialect = {
  name: 'sqlite',
  rowLocks: false,
  forUpdate: '',
  oneConnection: true,
  // As TypeORM's SQLite driver stores them: booleans as 1/0, instants as UTC `YYYY-MM-DD HH:MM:SS.SSS`.
  bind: (params) =>
    params.map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v instanceof Date ? DateUtils.mixedDateToUtcDatetimeString(v) : v)),
  // SQLite's LIKE ignores ASCII case whatever the collation (short of a connection-wide pragma
  // that would change the title filter too); GLOB is the same match with case counting.
  likeExactly: (column, likePattern, escape) => ({ sql: `${column} GLOB ?`, params: [likeToGlob(likePattern, escape)] }),
  utcNow: "strftime('%Y-%m-%d %H:%M:%f', 'now')",
  instant: (raw) => (raw instanceof Date ? raw : new Date(`${String(raw).replace(' ', 'T')}Z`)),
  upsert(table, values, sent, conflictColumn, stamp, quote) {
    const names = Object.keys(values);
    const insert = `INSERT INTO ${quote(table)} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    // The conflict target names the key alone; the WHERE skips the update (and so keeps the
    // stamp) when every sent column already holds the sent value (IS is null-safe, and compares
    // text with the columns' BINARY collation: a change of case or accents alone is a change).
    const t = quote(table);
    const set = [quote(stamp), ...FOLLOW_STAMP.map(quote), ...sent.map(quote)].map((c) => `${c} = excluded.${c}`);
    const changed = sent.length ? `NOT (${sent.map((c) => `${t}.${quote(c)} IS excluded.${quote(c)}`).join(' AND ')})` : 'FALSE';
    return {
      sql: `${insert} ON CONFLICT(${quote(conflictColumn)}) DO UPDATE SET ${set.join(', ')} WHERE ${changed}`,
      params: names.map((n) => values[n]),
    };
  },
};

/**
 * `column = ?`, byte for byte on every database; bind the value twice. utf8mb4_bin, the binary
 * collation of references and stamps on MySQL and MariaDB, is PAD SPACE ('a' = 'a ' holds), so
 * the lengths must agree too (LENGTH counts bytes on MySQL, characters on SQLite: either way equal
 * for equal values). The equality alone still picks the column's index.
 */
export function exactEquals(column: string): string {
  return `(${column} = ? AND LENGTH(${column}) = LENGTH(?))`;
}

/**
 * A LIKE pattern as the GLOB pattern that matches the same strings: `%` and `_` become `*` and
 * `?`; every literal character stays itself, GLOB's own `*`, `?` and `[` inside brackets.
 */
export function likeToGlob(likePattern: string, escape: string): string {
  let out = '';
  let escaped = false;
  for (const ch of likePattern) {
    if (!escaped && ch === escape) escaped = true;
    else {
      out += !escaped && ch === '%' ? '*' : !escaped && ch === '_' ? '?' : '*?['.includes(ch) ? `[${ch}]` : ch;
      escaped = false;
    }
  }
  return out;
}

/** The dialect of a DataSource: MySQL (MariaDB included: configured as `type: "mysql"`) or SQLite. */
export function dialectOf(db: DataSource): Dialect {
  return db.options.type === 'better-sqlite3' ? SQLITE : MYSQL;
}
