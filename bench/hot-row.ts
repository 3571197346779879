import type { Connection } from 'mysql2/promise';
import { drive, LoadResult } from './load';
import { adminConnection } from './mysql-admin';
import { requestBody } from './operations';
import type { Scenario } from './scenarios';

/*
 * The hot-row section (issue 17): the p99 of unrelated reads (the list page, a look-up) while
 * another application holds one appointment row locked and 100 writes to it wait, beside the
 * same reads with nothing locked. The writes are sent again as soon as they are answered
 * (lock-timeout), so that 100 stay waiting throughout.
 */

/** Writes kept waiting on the locked row. */
export const HOT_ROW_WRITERS = 100;
/** The scenarios measured beside the locked row. */
export const HOT_ROW_SCENARIOS = ['list', 'by-id'];
/** How `--only` selects the section. */
export const HOT_ROW_ID = 'hot-row';

export interface HotRowScenario {
  id: string;
  title: string;
  normal: LoadResult;
  hot: LoadResult;
}

export interface HotRow {
  size: number;
  connections: number;
  seconds: number;
  writers: number;
  scenarios: HotRowScenario[];
  /** The answers the waiting writes got while the row was locked, by code ('ok' for none). */
  writeAnswers: Record<string, number>;
  notRun: string | null;
}

/** Keeps `count` updates of `rowId` in flight until stop() resolves; counts their answers by code. */
function keepWriting(url: string, headers: Record<string, string>, rowId: number, stamp: string, count: number) {
  const answers: Record<string, number> = {};
  let stopped = false;
  const one = async (i: number) => {
    while (!stopped) {
      let code: string;
      try {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: requestBody('BenchUpdate', { id: String(rowId), input: { updatedAtMt: stamp, title: `hot row ${i}` } }),
        });
        const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        code = body.errors?.[0]?.extensions?.code ?? 'ok';
      } catch {
        code = 'transport-error';
      }
      answers[code] = (answers[code] ?? 0) + 1;
    }
  };
  const running = Array.from({ length: count }, (_, i) => one(i));
  return {
    answers,
    stop: async () => {
      stopped = true;
      await Promise.all(running);
    },
  };
}

/**
 * Measures `scenarios` against the gateway at `url`: first as they are, then with a row of
 * `database` held locked (SELECT … FOR UPDATE in an open transaction on a connection of the
 * bench's own) and HOT_ROW_WRITERS writes waiting on it.
 */
export async function measureHotRow(
  url: string,
  headers: Record<string, string>,
  database: string,
  size: number,
  db: Connection,
  scenarios: Scenario[],
  options: { seconds: number; connections: number },
): Promise<HotRow> {
  const result: HotRow = {
    size,
    connections: options.connections,
    seconds: options.seconds,
    writers: HOT_ROW_WRITERS,
    scenarios: [],
    writeAnswers: {},
    notRun: null,
  };
  const chosen = scenarios.filter((s) => HOT_ROW_SCENARIOS.includes(s.id));
  const normal = new Map<string, LoadResult>();
  for (const s of chosen) normal.set(s.id, await drive(url, headers, await s.source(db), options));
  // The last row by id: away from the rows the look-ups and the update scenario read in turn.
  const [[row]] = (await db.query('SELECT id, updated_at_mt FROM appointments ORDER BY id DESC LIMIT 1')) as unknown as [
    { id: number; updated_at_mt: string }[],
  ];
  const holder = await adminConnection(database);
  try {
    await holder.query('START TRANSACTION');
    await holder.query('SELECT id FROM appointments WHERE id = ? FOR UPDATE', [row.id]);
    const writers = keepWriting(url, headers, row.id, row.updated_at_mt, HOT_ROW_WRITERS);
    try {
      // Let the writes reach the row before the reads are measured.
      await new Promise((r) => setTimeout(r, 1000));
      for (const s of chosen) {
        result.scenarios.push({
          id: s.id,
          title: s.title,
          normal: normal.get(s.id)!,
          hot: await drive(url, headers, await s.source(db), options),
        });
      }
    } finally {
      // No write is sent after the lock goes; those in flight then finish (one wins, the rest are stale).
      const stopped = writers.stop();
      await holder.query('ROLLBACK');
      await stopped;
      result.writeAnswers = writers.answers;
    }
  } finally {
    await holder.end();
  }
  return result;
}
