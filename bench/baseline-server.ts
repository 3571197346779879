import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import http, { IncomingMessage, ServerResponse } from 'node:http';
import mysql, { Pool, PoolConnection, RowDataPacket } from 'mysql2/promise';
import { AppointmentView, FieldSpec, isToOne, OperationName, SCHEDULER_VIEW, SLIM_VIEW } from './operations';

/*
 * The baseline: what answering the benchmark's requests costs with no framework at all. node:http,
 * mysql2 prepared statements (pool.execute), JSON.stringify. It does the same work a correct
 * answer needs (checks the session token, the same reads and writes, the same row locks and
 * concurrency checks) and answers the same JSON as the gateway, for the benchmark's operations
 * only: it routes on operationName and reads the variables; it does not parse GraphQL.
 *
 *   DATABASE_URL=mysql://user@127.0.0.1:3306/bench_1m PORT=4100 node baseline-server.js
 */

type Row = RowDataPacket & Record<string, unknown>;
type Vars = Record<string, any>;

class RequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 200,
  ) {
    super(message);
  }
}

const pool: Pool = mysql.createPool({
  uri: process.env.DATABASE_URL,
  connectionLimit: Number(process.env.DB_POOL_SIZE ?? 10),
  // Every temporal column as the string MySQL sends: instants are reformatted, dates kept.
  dateStrings: true,
  timezone: 'Z',
});

/** 'YYYY-MM-DD HH:MM:SS[.fff]' (UTC; the fraction is left out when zero) as the ISO instant the gateway answers. */
function iso(v: unknown): string | null {
  if (v == null) return null;
  const s = v as string;
  return s.length === 19 ? `${s.slice(0, 10)}T${s.slice(11)}.000Z` : `${s.slice(0, 10)}T${s.slice(11, 23).padEnd(12, '0')}Z`;
}

function convert(kind: FieldSpec['kind'], v: unknown): unknown {
  switch (kind) {
    case 'id':
      return String(v);
    case 'nullableId':
      return v == null ? null : String(v);
    case 'instant':
      return iso(v);
    case 'flag':
      return v === 1 || v === true;
    default:
      return v ?? null;
  }
}

function shape(row: Row, fields: FieldSpec[], prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of fields) out[spec.field] = convert(spec.kind, row[prefix + spec.column]);
  return out;
}

/** The statement parts of a view, built once: its SELECT list (to-one relations as r<i>_<column>) and joins. */
interface ViewStatement {
  view: AppointmentView;
  columns: string;
  joins: string;
}

function viewStatement(view: AppointmentView): ViewStatement {
  // The answer needs the appointment's id and start (contacts, cursor) and each relation's id (null or not), selected or not.
  const unique = (columns: string[]) => [...new Set(columns)];
  const toOne = view.relations.filter(isToOne);
  const columns = [
    ...unique([...view.fields.map((s) => s.column), 'id', 'start_date']).map((c) => `a.${c}`),
    ...toOne.flatMap((r, i) => unique(['id', ...r.fields.map((s) => s.column)]).map((c) => `r${i}.${c} AS r${i}_${c}`)),
  ].join(', ');
  const joins = toOne.map((r, i) => `LEFT JOIN ${r.table} r${i} ON r${i}.id = a.${r.foreignKey}`).join(' ');
  return { view, columns, joins };
}

const SCHEDULER = viewStatement(SCHEDULER_VIEW);
const SLIM = viewStatement(SLIM_VIEW);

/** Appointments (rows of the view's statement) with their contacts, in the shape of the view's GraphQL selection. */
async function withContacts(rows: Row[], { view }: ViewStatement): Promise<Record<string, unknown>[]> {
  const contactsSpec = view.relations.find((r) => !isToOne(r));
  const byAppointment = new Map<number, Record<string, unknown>[]>();
  if (contactsSpec && rows.length > 0) {
    const ids = rows.map((r) => r.id as number);
    const [contacts] = await pool.execute<Row[]>(
      `SELECT ac.appointment_id, ${contactsSpec.fields.map((s) => `c.${s.column}`).join(', ')}
       FROM appointment_contacts ac JOIN contacts c ON c.id = ac.contact_id
       WHERE ac.appointment_id IN (${ids.map(() => '?').join(',')}) ORDER BY ac.contact_id`,
      ids,
    );
    for (const c of contacts) {
      const list = byAppointment.get(c.appointment_id as number) ?? [];
      list.push(shape(c, contactsSpec.fields));
      byAppointment.set(c.appointment_id as number, list);
    }
  }
  return rows.map((row) => {
    const out = shape(row, view.fields);
    let i = 0;
    for (const r of view.relations) {
      if (isToOne(r)) {
        out[r.field] = row[`r${i}_id`] == null ? null : shape(row, r.fields, `r${i}_`);
        i++;
      } else {
        out[r.field] = byAppointment.get(row.id as number) ?? [];
      }
    }
    return out;
  });
}

// The gateway's connection cursors (src/services/keyset-cursor.ts), rebuilt here in a few lines.
const CURSOR_KEY = 'appointments-connection-cursor/v1';
const cursorMac = (body: string) => createHmac('sha256', CURSOR_KEY).update(body).digest('base64url').slice(0, 22);
const fingerprint = (query: unknown) => createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 16);

function encodeCursor(print: string, key: string, id: number): string {
  const body = Buffer.from(JSON.stringify([1, print, key, id])).toString('base64url');
  return `${body}.${cursorMac(body)}`;
}

function decodeCursor(cursor: string, print: string): { key: string; id: number } {
  const [body, tag] = cursor.split('.');
  const ok = body && tag && tag.length === 22 && timingSafeEqual(Buffer.from(cursorMac(body)), Buffer.from(tag));
  const parsed = ok ? JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) : null;
  if (!Array.isArray(parsed) || parsed[0] !== 1 || parsed[1] !== print || typeof parsed[3] !== 'number') {
    throw new RequestError('invalid-param', 'The cursor after is not valid for this query.');
  }
  return { key: parsed[2], id: parsed[3] };
}

interface Actor {
  reference: string;
  application: string;
}

/** The session behind the bearer token; only employees (who see every customer) are served. */
async function authenticate(req: IncomingMessage): Promise<Actor> {
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!token) throw new RequestError('invalid-token', 'An authentication token is required.', 401);
  const [rows] = await pool.execute<Row[]>(
    `SELECT s.revoked_at, s.application, u.reference, e.id AS employee_id
     FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN employees e ON e.user_id = u.id
     WHERE s.token_hash = ?`,
    [createHash('sha256').update(token).digest('hex')],
  );
  const s = rows[0];
  if (!s || s.revoked_at) throw new RequestError('invalid-token', 'The token is unknown or has been revoked.', 401);
  if (s.employee_id == null) throw new RequestError('permission-denied', 'The baseline serves employees only.', 403);
  const application = typeof req.headers['x-application'] === 'string' ? req.headers['x-application'] : (s.application as string);
  return { reference: s.reference as string, application };
}

async function page(v: Vars, statement: ViewStatement): Promise<unknown> {
  const first = v.first as number;
  const criteria: Record<string, unknown> = {};
  const where: string[] = [];
  const params: (string | number | Date)[] = [];
  if (v.filter?.startDate) {
    const lower = new Date(v.filter.startDate.gte);
    const upper = new Date(v.filter.startDate.lt);
    criteria.startDate = { lower: { at: lower, inclusive: true }, upper: { at: upper, inclusive: false } };
    where.push('a.start_date >= ?', 'a.start_date < ?');
    params.push(lower, upper);
  }
  if (v.filter?.title) {
    criteria.title = v.filter.title;
    where.push("a.title LIKE ? ESCAPE '!'");
    params.push((v.filter.title as string).replace(/[!%_]/g, '!$&').replace(/\*/g, '%'));
  }
  const print = fingerprint([criteria, 'START_DATE', 'ASC']);
  if (v.after) {
    const after = decodeCursor(v.after, print);
    where.push('(a.start_date > ? OR (a.start_date = ? AND a.id > ?))');
    params.push(new Date(after.key), new Date(after.key), after.id);
  }
  const [rows] = await pool.execute<Row[]>(
    `SELECT ${statement.columns} FROM appointments a ${statement.joins} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY a.start_date, a.id LIMIT ${first + 1}`,
    params,
  );
  const nodes = await withContacts(rows.slice(0, first), statement);
  const last = rows[Math.min(first, rows.length) - 1];
  return {
    appointmentsConnection: {
      nodes,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: last ? encodeCursor(print, iso(last.start_date)!, last.id as number) : null,
      },
    },
  };
}

async function offsetPage(v: Vars): Promise<unknown> {
  const offset = Math.trunc(v.offset);
  const max = Math.trunc(v.max);
  // OFFSET skips entries of the (created_at, id) index only; then the page's rows are read by id.
  // FORCE INDEX: as a prepared statement, MariaDB 10.11 may plan this as a full scan and a
  // filesort of 1M rows (seen with SHOW EXPLAIN under load: seconds instead of ~50 ms).
  const [idRows] = await pool.execute<Row[]>(
    `SELECT id FROM appointments FORCE INDEX (idx_appointments_created) ORDER BY created_at, id LIMIT ${max} OFFSET ${offset}`,
  );
  const ids = idRows.map((r) => r.id as number);
  const [rows] =
    ids.length === 0
      ? [[] as Row[]]
      : await pool.execute<Row[]>(
          `SELECT ${SCHEDULER.columns} FROM appointments a ${SCHEDULER.joins} WHERE a.id IN (${ids.map(() => '?').join(',')})
     ORDER BY a.created_at, a.id`,
          ids,
        );
  return { appointments: { data: await withContacts(rows, SCHEDULER), paging: { offset, max } } };
}

async function one(field: string, column: string, value: string | number): Promise<unknown> {
  const [rows] = await pool.execute<Row[]>(`SELECT ${SCHEDULER.columns} FROM appointments a ${SCHEDULER.joins} WHERE a.${column} = ?`, [
    value,
  ]);
  if (rows.length === 0) throw new RequestError('not-found', `No appointment with the ${column} ${String(value)}.`);
  return { [field]: (await withContacts(rows, SCHEDULER))[0] };
}

const newStamp = (now: Date) => `${now.toISOString()}~${randomBytes(4).toString('hex')}`;

async function update(v: Vars, actor: Actor): Promise<unknown> {
  const now = new Date();
  const [result] = await pool.execute<mysql.ResultSetHeader>(
    `UPDATE appointments SET title = ?, updated_at = ?, updated_by = ?, updated_in = ?, updated_at_mt = ?
     WHERE id = ? AND updated_at_mt = ?`,
    [v.input.title, now, actor.reference, actor.application, newStamp(now), Number(v.id), v.input.updatedAtMt],
  );
  if (result.affectedRows !== 1)
    throw new RequestError('stale-update', `The appointment with the id ${v.id} was changed since updatedAtMt.`);
  const [rows] = await pool.execute<Row[]>('SELECT id, title, updated_at_mt FROM appointments WHERE id = ?', [Number(v.id)]);
  return { updateAppointment: { id: String(rows[0].id), title: rows[0].title, updatedAtMt: rows[0].updated_at_mt } };
}

async function upsert(v: Vars, actor: Actor): Promise<unknown> {
  const now = new Date();
  const uuid = randomUUID();
  const stamp = newStamp(now);
  const input = v.input as { title: string; startDate: string; endDate: string };
  const [start, end] = [new Date(input.startDate), new Date(input.endDate)];
  await pool.execute(
    `INSERT INTO appointments (reference, uuid, title, start_date, end_date, created_at, created_by, created_in,
       updated_at, updated_by, updated_in, updated_at_mt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON DUPLICATE KEY UPDATE
       updated_at_mt = IF(title <=> VALUES(title) AND start_date <=> VALUES(start_date) AND end_date <=> VALUES(end_date),
         updated_at_mt, VALUES(updated_at_mt)),
       updated_at = IF(updated_at_mt = VALUES(updated_at_mt), VALUES(updated_at), updated_at),
       updated_by = IF(updated_at_mt = VALUES(updated_at_mt), VALUES(updated_by), updated_by),
       updated_in = IF(updated_at_mt = VALUES(updated_at_mt), VALUES(updated_in), updated_in),
       title = VALUES(title), start_date = VALUES(start_date), end_date = VALUES(end_date)`,
    [v.reference, uuid, input.title, start, end, now, actor.reference, actor.application, now, actor.reference, actor.application, stamp],
  );
  const [rows] = await pool.execute<Row[]>('SELECT id, reference, title, uuid, updated_at_mt FROM appointments WHERE reference = ?', [
    v.reference,
  ]);
  const row = rows[0];
  const outcome = row.uuid === uuid ? 'CREATED' : row.updated_at_mt === stamp ? 'UPDATED' : 'UNCHANGED';
  return {
    upsertAppointment: {
      outcome,
      appointment: { id: String(row.id), reference: row.reference, title: row.title, updatedAtMt: row.updated_at_mt },
    },
  };
}

async function inTransaction<T>(work: (c: PoolConnection) => Promise<T>): Promise<T> {
  const c = await pool.getConnection();
  try {
    await c.query('START TRANSACTION');
    const out = await work(c);
    await c.query('COMMIT');
    return out;
  } catch (err) {
    await c.query('ROLLBACK');
    throw err;
  } finally {
    c.release();
  }
}

async function signOff(v: Vars, actor: Actor): Promise<unknown> {
  const input = v.input as { orderId: string; updatedAt: string; notes?: string; appointment: { apptId: string } };
  const [orderId, apptId] = [Number(input.orderId), Number(input.appointment.apptId)];
  await inTransaction(async (c) => {
    const [orders] = await c.execute<Row[]>('SELECT sign_off_count, updated_at_mt, notes FROM orders WHERE id = ? FOR UPDATE', [orderId]);
    if (!orders[0]) throw new RequestError('not-found', `No order with the id ${orderId}.`);
    if (orders[0].updated_at_mt !== input.updatedAt) throw new RequestError('stale-update', 'The order was changed since updatedAt.');
    const [appts] = await c.execute<Row[]>('SELECT order_id FROM appointments WHERE id = ? FOR UPDATE', [apptId]);
    if (!appts[0] || appts[0].order_id !== orderId)
      throw new RequestError('invalid-param', 'The appointment does not belong to the order.');
    const now = new Date();
    const notes = input.notes === undefined ? orders[0].notes : input.notes;
    await c.execute(
      `UPDATE orders SET notes = ?, status = 'signed_off', signed_off_at = ?, signed_off_by = ?, sign_off_count = ?,
         updated_at = ?, updated_at_mt = ? WHERE id = ?`,
      [notes, now, actor.reference, Number(orders[0].sign_off_count) + 1, now, newStamp(now), orderId],
    );
    await c.execute(
      `UPDATE appointments SET done = 1, cancelled = 0, cancel_reason = NULL, cancel_note = NULL, signed_off_at = ?,
         updated_at = ?, updated_at_mt = ?, updated_by = ?, updated_in = ? WHERE id = ?`,
      [now, now, newStamp(now), actor.reference, actor.application, apptId],
    );
    await c.execute(
      `INSERT INTO order_sign_offs (order_id, appointment_id, outcome, notes, signed_by, signed_in, signed_at)
       VALUES (?, ?, 'done', ?, ?, ?, ?)`,
      [orderId, apptId, notes, actor.reference, actor.application, now],
    );
  });
  const [[order], [appt]] = await Promise.all([
    pool.execute<Row[]>('SELECT id, status, sign_off_count, updated_at_mt FROM orders WHERE id = ?', [orderId]).then(([r]) => r),
    pool.execute<Row[]>('SELECT id, done, cancelled, updated_at_mt FROM appointments WHERE id = ?', [apptId]).then(([r]) => r),
  ]);
  return {
    signOffOrder: {
      order: { id: String(order.id), status: order.status, signOffCount: order.sign_off_count, updatedAt: order.updated_at_mt },
      appointment: { id: String(appt.id), done: appt.done === 1, cancelled: appt.cancelled === 1, updatedAtMt: appt.updated_at_mt },
    },
  };
}

const HANDLERS: Record<OperationName, (v: Vars, actor: Actor) => Promise<unknown>> = {
  BenchPage: (v) => page(v, SCHEDULER),
  BenchSlimPage: (v) => page(v, SLIM),
  BenchOffset: offsetPage,
  BenchById: (v) => one('appointment', 'id', Number(v.id)),
  BenchByReference: (v) => one('appointmentByReference', 'reference', v.reference),
  BenchByUuid: (v) => one('appointmentByUuid', 'uuid', v.uuid),
  BenchUpdate: update,
  BenchUpsert: upsert,
  BenchSignOff: signOff,
};

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.url === '/health/ready') return send(res, 200, { status: 'ready' });
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName: OperationName; variables?: Vars };
  const handler = HANDLERS[body.operationName];
  if (!handler) throw new RequestError('invalid-query', `The baseline does not serve ${body.operationName}.`, 400);
  const actor = await authenticate(req);
  send(res, 200, { data: await handler(body.variables ?? {}, actor) });
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((err: unknown) => {
    const e = err instanceof RequestError ? err : new RequestError('application-crash', String((err as Error).message ?? err), 500);
    send(res, e.status, { errors: [{ message: e.message, extensions: { code: e.code } }], data: null });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 4100), '127.0.0.1', () => {
  process.stdout.write(`baseline listening on ${(server.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => {
  server.close(() => void pool.end().then(() => process.exit(0)));
  server.closeAllConnections();
});
