import type { Connection } from 'mysql2/promise';
import { encodeCursor, queryFingerprint } from '../src/domain/keyset-cursor';
import type { RequestSource } from './load';
import { OperationName, requestBody } from './operations';

/*
 * What the benchmark asks. Every scenario builds a fresh request source per run: writes read
 * the current concurrency stamps of their rows first and follow each answer's new stamp, so
 * every request carries the row's current stamp and a stale-update is a real finding.
 */

export type ScenarioGroup = 'list' | 'lookup' | 'deep' | 'write';

export interface Scenario {
  id: string;
  title: string;
  group: ScenarioGroup;
  operation: OperationName;
  /** Whether the gateway's and the baseline's answers must be identical (reads), or only alike in shape (writes). */
  compare: 'equal' | 'shape';
  /**
   * Whether the peer (bench/peer-server.ts) serves it too: its answer must then equal the
   * gateway's but for the cursors (the peer has its own), and it runs in the same rounds.
   */
  peer?: boolean;
  source(db: Connection): Promise<RequestSource>;
  /** Undoes what the scenario's writes added (rows beyond the data set). */
  cleanup?(db: Connection): Promise<void>;
}

export interface ScenarioContext {
  size: number;
  orders: number;
  /** The offset of the deep offset page: 900,000 on 1M rows, 90% of the rows on smaller sets. */
  deepOffset: number;
}

const RING = 4000;

/** Row numbers spread over the whole table (7919 is prime, so k -> 1 + 7919k mod size is one-to-one). */
function spread(count: number, size: number, salt = 0): number[] {
  return Array.from({ length: Math.min(count, size) }, (_, k) => 1 + (((k + salt) * 7919) % size));
}

function ring<T>(items: T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length];
}

function fixed(operation: OperationName, variables: Record<string, unknown>): RequestSource {
  const body = requestBody(operation, variables);
  return { next: () => ({ body }) };
}

async function rowsById<T>(db: Connection, table: string, columns: string, ids: number[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    const [rows] = await db.query(`SELECT ${columns} FROM ${table} WHERE id IN (${chunk.join(',')})`);
    out.push(...(rows as T[]));
  }
  return out;
}

/** The cursor a client would hold after paging to `depth` of the START_DATE order (built, not walked). */
async function cursorAtDepth(db: Connection, size: number, depth: number): Promise<string> {
  const offset = Math.floor(size * depth) - 1;
  const [rows] = await db.query(`SELECT id, start_date FROM appointments ORDER BY start_date, id LIMIT 1 OFFSET ${offset}`);
  const row = (rows as { id: number; start_date: Date }[])[0];
  // The fingerprint of appointmentsConnection(sort: START_DATE, order: ASC) with no filter.
  return encodeCursor(queryFingerprint([{}, 'START_DATE', 'ASC']), { key: row.start_date.toISOString(), id: row.id });
}

export function scenarios(ctx: ScenarioContext): Scenario[] {
  const lookup = (
    id: string,
    title: string,
    operation: OperationName,
    variable: (r: { id: number; reference: string; uuid: string }) => Record<string, unknown>,
    peer = false,
  ): Scenario => ({
    id,
    title,
    group: 'lookup',
    operation,
    compare: 'equal',
    peer,
    async source(db) {
      const rows = await rowsById<{ id: number; reference: string; uuid: string }>(
        db,
        'appointments',
        'id, reference, uuid',
        spread(RING, ctx.size, 17),
      );
      const next = ring(rows.map((r) => requestBody(operation, variable(r))));
      return { next: () => ({ body: next() }) };
    },
  });
  let counter = 0;
  const runTag = Date.now().toString(36);
  return [
    {
      id: 'list',
      title: 'page of 100 with relations',
      group: 'list',
      operation: 'BenchPage',
      compare: 'equal',
      peer: true,
      source: async () => fixed('BenchPage', { first: 100 }),
    },
    {
      id: 'list-slim',
      title: 'slim page of 100',
      group: 'list',
      operation: 'BenchSlimPage',
      compare: 'equal',
      peer: true,
      source: async () => fixed('BenchSlimPage', { first: 100 }),
    },
    {
      id: 'list-date-range',
      title: 'page of 100, startDate range',
      group: 'list',
      operation: 'BenchPage',
      compare: 'equal',
      peer: true,
      source: async () =>
        fixed('BenchPage', { first: 100, filter: { startDate: { gte: '2024-06-01T00:00:00Z', lt: '2024-07-01T00:00:00Z' } } }),
    },
    {
      id: 'list-title-prefix',
      title: 'page of 100, title "Photo*"',
      group: 'list',
      operation: 'BenchPage',
      compare: 'equal',
      peer: true,
      source: async () => fixed('BenchPage', { first: 100, filter: { title: 'Photo*' } }),
    },
    lookup('by-id', 'appointment(id)', 'BenchById', (r) => ({ id: String(r.id) }), true),
    lookup('by-reference', 'appointmentByReference', 'BenchByReference', (r) => ({ reference: r.reference })),
    lookup('by-uuid', 'appointmentByUuid', 'BenchByUuid', (r) => ({ uuid: r.uuid })),
    {
      id: 'keyset-deep',
      title: 'keyset page at 90% depth',
      group: 'deep',
      operation: 'BenchPage',
      compare: 'equal',
      source: async (db) => fixed('BenchPage', { first: 100, after: await cursorAtDepth(db, ctx.size, 0.9) }),
    },
    {
      id: 'offset-deep',
      title: `offset page at ${ctx.deepOffset.toLocaleString('en-US')}`,
      group: 'deep',
      operation: 'BenchOffset',
      compare: 'equal',
      source: async () => fixed('BenchOffset', { offset: ctx.deepOffset, max: 100 }),
    },
    {
      id: 'update',
      title: 'updateAppointment',
      group: 'write',
      operation: 'BenchUpdate',
      compare: 'shape',
      async source(db) {
        const rows = await rowsById<{ id: number; updated_at_mt: string }>(
          db,
          'appointments',
          'id, updated_at_mt',
          spread(RING, ctx.size, 101),
        );
        const next = ring(rows);
        return {
          next: () => {
            const row = next();
            return {
              body: requestBody('BenchUpdate', {
                id: String(row.id),
                input: { title: `Bench update ${++counter}`, updatedAtMt: row.updated_at_mt },
              }),
              onAnswer: (answer) => {
                const stamp = /"updatedAtMt":"([^"]+)"/.exec(answer)?.[1];
                if (stamp) row.updated_at_mt = stamp;
              },
            };
          },
        };
      },
    },
    {
      id: 'upsert-update',
      title: 'upsertAppointment (existing)',
      group: 'write',
      operation: 'BenchUpsert',
      compare: 'shape',
      async source(db) {
        const rows = await rowsById<{ reference: string; start_date: Date; end_date: Date }>(
          db,
          'appointments',
          'reference, start_date, end_date',
          spread(RING, ctx.size, 203),
        );
        const next = ring(rows);
        return {
          next: () => {
            const row = next();
            return {
              body: requestBody('BenchUpsert', {
                reference: row.reference,
                input: { title: `Bench upsert ${++counter}`, startDate: row.start_date.toISOString(), endDate: row.end_date.toISOString() },
              }),
            };
          },
        };
      },
    },
    {
      id: 'upsert-insert',
      title: 'upsertAppointment (new)',
      group: 'write',
      operation: 'BenchUpsert',
      compare: 'shape',
      source: async () => ({
        next: () => ({
          body: requestBody('BenchUpsert', {
            reference: `BENCH-N-${runTag}-${++counter}`,
            input: { title: `Bench insert ${counter}`, startDate: '2030-01-02T15:00:00.000Z', endDate: '2030-01-02T16:00:00.000Z' },
          }),
        }),
      }),
      async cleanup(db) {
        await db.query('DELETE FROM appointments WHERE id > ?', [ctx.size]);
      },
    },
    {
      id: 'sign-off',
      title: 'signOffOrder',
      group: 'write',
      operation: 'BenchSignOff',
      compare: 'shape',
      async source(db) {
        const orders = await rowsById<{ id: number; updated_at_mt: string }>(
          db,
          'orders',
          'id, updated_at_mt',
          spread(RING, ctx.orders, 7),
        );
        const next = ring(orders);
        return {
          next: () => {
            const order = next();
            return {
              // Appointment 10(o-1)+1 is the first of order o's (see dataset.ts).
              body: requestBody('BenchSignOff', {
                input: {
                  orderId: String(order.id),
                  updatedAt: order.updated_at_mt,
                  notes: 'Signed off by the benchmark.',
                  appointment: { apptId: String((order.id - 1) * 10 + 1) },
                },
              }),
              onAnswer: (answer) => {
                const stamp = /"order":\{[^}]*"updatedAt":"([^"]+)"/.exec(answer)?.[1];
                if (stamp) order.updated_at_mt = stamp;
              },
            };
          },
        };
      },
    },
  ];
}

/** The page-size probe: the same list at 10, 100 and 1000 rows (statements per request must not change). */
export function pageSizeSource(first: number): RequestSource {
  return fixed('BenchPage', { first });
}
