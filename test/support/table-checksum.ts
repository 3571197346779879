import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';

const TABLES = [
  'appointments',
  'appointment_contacts',
  'customers',
  'appointment_categories',
  'contacts',
  'users',
  'employees',
  'clients',
  'liaisons',
  'liaison_customers',
  'orders',
  'order_line_items',
  'order_sign_offs',
  'sessions',
  'application_tokens',
];

/** A hash of every row of every domain table: equal before and after means a request changed nothing. */
export async function tableChecksum(db: DataSource): Promise<string> {
  const hash = crypto.createHash('sha256');
  for (const t of TABLES) hash.update(t).update(JSON.stringify(await db.query(`SELECT * FROM ${t} ORDER BY 1, 2`)));
  return hash.digest('hex');
}
