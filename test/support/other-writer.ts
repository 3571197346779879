import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import type { Config } from '../../src/config/config';

/**
 * Another application writing the gateway's database with SQL of its own, on a connection of
 * its own (MySQL: a mysql2 connection; SQLite: a second connection to the same file), for tests
 * of what reaches the change table whoever writes.
 */
export interface OtherWriter {
  /** One statement; for an INSERT, the new row's id. */
  run(sql: string, params?: unknown[]): Promise<{ insertId: number; affected: number }>;
  /** An appointment of `customerId` inserted by hand (autocommit, or in the writer's open transaction). */
  insertAppointment(customerId: number | null, title?: string): Promise<number>;
  close(): Promise<void>;
}

const instant = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

export async function otherWriter(config: Config): Promise<OtherWriter> {
  let run: OtherWriter['run'];
  let close: () => Promise<void>;
  const db = config.database;
  if (db.kind === 'mysql') {
    const conn = await mysql.createConnection({
      host: db.host,
      port: db.port,
      user: db.user,
      password: db.password,
      database: db.database,
    });
    run = async (sql, params = []) => {
      const [result] = await conn.query(sql, params);
      const r = result as { insertId?: number; affectedRows?: number };
      return { insertId: Number(r.insertId ?? 0), affected: Number(r.affectedRows ?? 0) };
    };
    close = () => conn.end();
  } else {
    const conn = new Database(db.file);
    conn.pragma('busy_timeout = 5000');
    run = async (sql, params = []) => {
      if (!/^\s*(INSERT|UPDATE|DELETE)/i.test(sql)) {
        conn.exec(sql);
        return { insertId: 0, affected: 0 };
      }
      const r = conn.prepare(sql).run(...(params as never[]));
      return { insertId: Number(r.lastInsertRowid), affected: r.changes };
    };
    close = async () => void conn.close();
  }
  let counter = 0;
  return {
    run,
    close,
    async insertAppointment(customerId, title) {
      counter += 1;
      const now = instant(new Date());
      const { insertId } = await run(
        'INSERT INTO appointments (uuid, reference, title, start_date, end_date, customer_id, created_at, updated_at, updated_at_mt, created_by, updated_by) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          randomUUID(),
          `OW-${counter}-${randomUUID().slice(0, 8)}`,
          title ?? `Other app ${counter}`,
          '2026-02-01 09:00:00.000',
          '2026-02-01 10:00:00.000',
          customerId,
          now,
          now,
          `${new Date().toISOString()}~ow${counter}`,
          'other-app',
          'other-app',
        ],
      );
      return insertId;
    },
  };
}
