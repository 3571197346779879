/*
 * The one statement behind upsertAppointment: insert the row, or, when its reference is taken,
 * overwrite the columns the client sent. The concurrency stamp and the updated_* audit columns
 * move only when a sent column really changed, so the caller can tell CREATED / UPDATED /
 * UNCHANGED by reading the row back (its uuid and stamp against the ones it generated).
 */

export interface SqlStatement {
  sql: string;
  params: unknown[];
}

/** Audit columns that follow the stamp: rewritten only when the row changed. */
const FOLLOW_STAMP = ['updated_at', 'updated_by', 'updated_in'];

/**
 * @param values every column to insert (database name → value prepared for the driver),
 *   including the server-owned ones (uuid, created_*, updated_*, updated_at_mt)
 * @param sent the columns the client sent: the only ones overwritten on the update path
 */
export function upsertAppointmentSql(
  kind: 'mysql' | 'sqlite', values: Record<string, unknown>, sent: string[], quote: (name: string) => string,
): SqlStatement {
  const names = Object.keys(values);
  const insert = `INSERT INTO ${quote('appointments')} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
  const params = names.map((n) => values[n]);
  const stamp = quote('updated_at_mt');
  if (kind === 'mysql') {
    // ON DUPLICATE KEY fires on any unique key: reference, or uuid. The uuid is a fresh
    // crypto.randomUUID() (122 random bits), so in practice only the reference can collide.
    // MySQL assigns left to right: the stamp is decided first, from the old values, and the
    // audit columns then compare against the stamp just assigned. VALUES() is deprecated in
    // MySQL 8.0.20+ but still accepted there, and it is what MariaDB supports.
    const same = sent.length ? sent.map((c) => `${quote(c)} <=> VALUES(${quote(c)})`).join(' AND ') : 'TRUE';
    const set = [
      `${stamp} = IF(${same}, ${stamp}, VALUES(${stamp}))`,
      ...FOLLOW_STAMP.map((c) => `${quote(c)} = IF(${stamp} = VALUES(${stamp}), VALUES(${quote(c)}), ${quote(c)})`),
      ...sent.map((c) => `${quote(c)} = VALUES(${quote(c)})`),
    ];
    return { sql: `${insert} ON DUPLICATE KEY UPDATE ${set.join(', ')}`, params };
  }
  // SQLite: the conflict target names the reference alone; the WHERE skips the update (and so
  // keeps the stamp) when every sent column already holds the sent value (IS is null-safe).
  const table = quote('appointments');
  const set = [stamp, ...FOLLOW_STAMP.map(quote), ...sent.map(quote)].map((c) => `${c} = excluded.${c}`);
  const changed = sent.length ? `NOT (${sent.map((c) => `${table}.${quote(c)} IS excluded.${quote(c)}`).join(' AND ')})` : 'FALSE';
  return { sql: `${insert} ON CONFLICT(${quote('reference')}) DO UPDATE SET ${set.join(', ')} WHERE ${changed}`, params };
}
