import crypto from 'node:crypto';
import { DomainError } from '../errors/domain.error';

/** A sort key of a keyset connection: its column, and how its value travels in a cursor. */
export interface SortKey<T = never> {
  /** The column, alias-qualified as the repository's statement names it (e.g. a.start_date). */
  column: string;
  value: (row: T) => string | number | null;
  kind: 'id' | 'instant' | 'text';
  nullable: boolean;
  /**
   * True when no two rows share a value (a non-null column with a unique index): the id then
   * breaks no tie, so the order and the keyset condition are the column's alone, which its
   * unique index serves.
   */
  unique?: boolean;
}

/*
 * Opaque connection cursors: base64url JSON of [version, query fingerprint, sort key, id],
 * followed by a MAC. The MAC and the strict checks make any edited or foreign cursor an
 * invalid-param naming `after` rather than a query on garbage. It is not a secret: a forged
 * position would only ever show rows the caller may see anyway.
 */

const VERSION = 1;
const MAC_KEY = 'appointments-connection-cursor/v1';

export interface CursorPosition {
  key: string | number | null;
  id: number;
}

function mac(body: string): string {
  return crypto.createHmac('sha256', MAC_KEY).update(body).digest('base64url').slice(0, 22);
}

/**
 * A short digest of what a cursor is valid for (filter, sort, order): a cursor of another query is
 * refused. Record types other than appointments put their name first (['orders', …]), so that a
 * cursor of one list is never taken by another's.
 */
export function queryFingerprint(query: unknown): string {
  return crypto.hash('sha256', JSON.stringify(query), 'base64url').slice(0, 16);
}

export function encodeCursor(fingerprint: string, position: CursorPosition): string {
  const body = Buffer.from(JSON.stringify([VERSION, fingerprint, position.key, position.id])).toString('base64url');
  return `${body}.${mac(body)}`;
}

function invalid(): DomainError {
  return DomainError.invalidParam(
    'after',
    'The cursor after is not valid for this query (it is malformed, altered, or was made with another filter, sort or order).',
  );
}

function validKey(sort: SortKey, key: unknown): boolean {
  if (key === null) return sort.nullable;
  if (sort.kind === 'id') return false;
  if (typeof key !== 'string' || key.length > 1000) return false;
  return sort.kind !== 'instant' || (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(key) && !Number.isNaN(Date.parse(key)));
}

/** Reads a cursor made by encodeCursor for the same query; anything else is invalid-param ['after']. */
export function decodeCursor(cursor: string, fingerprint: string, sort: SortKey): CursorPosition {
  const match = /^([A-Za-z0-9_-]{1,2000})\.([A-Za-z0-9_-]{22})$/.exec(cursor);
  if (!match) throw invalid();
  const [, body, tag] = match;
  const expected = Buffer.from(mac(body));
  if (!crypto.timingSafeEqual(expected, Buffer.from(tag))) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw invalid();
  const [version, print, key, id] = parsed as unknown[];
  if (version !== VERSION || print !== fingerprint) throw invalid();
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 1 || id > 2147483647) throw invalid();
  if (sort.kind === 'id') {
    if (key !== id) throw invalid();
  } else if (!validKey(sort, key)) {
    throw invalid();
  }
  return { key: key as string | number | null, id };
}
