import { DomainError } from '../errors/domain.error';
import { CursorPosition, decodeCursor, encodeCursor, queryFingerprint, SortKey } from './keyset-cursor';
import { Paging, pagingOf } from './paging';
import type { SortOrder } from './sort-order';

/*
 * The plumbing every list shares, whatever it lists: the page-size and offset rules, an offset
 * page (its COUNT beside the page, skipped when nothing needs it), and a keyset page (the rows
 * after a signed cursor, one extra row to tell whether more follow). Services supply the reads.
 */

/** The arguments of an offset page; null stands for the default, as an omitted argument does. */
export interface OffsetListArgs<Filter, Sort> {
  filter?: Filter | null;
  max?: number | null;
  offset?: number | null;
  sort?: Sort | null;
  order?: SortOrder | null;
}

/** The arguments of a keyset page (a Relay connection). */
export interface ConnectionArgs<Filter, Sort> {
  filter?: Filter | null;
  first?: number | null;
  after?: string | null;
  sort?: Sort | null;
  order?: SortOrder | null;
}

/** The largest page a list or connection answers (`max`, `first`). */
export const MAX_PAGE_SIZE = 1000;
/** The page size when the client leaves it out (or sends null). */
export const DEFAULT_PAGE_SIZE = 100;

/** A page size argument (max or first): 0..MAX_PAGE_SIZE, default DEFAULT_PAGE_SIZE; otherwise invalid-param naming `param`. */
export function pageSize(value: number | null | undefined, param: string): number {
  const size = value ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw DomainError.invalidParam(param, `${param} must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

/** The max and offset of an offset page (null: the default); invalid-param naming the argument at fault. */
export function offsetBounds(args: { max?: number | null; offset?: number | null }): { max: number; offset: number } {
  const max = pageSize(args.max, 'max');
  const offset = args.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw DomainError.invalidParam('offset', 'offset must not be negative');
  return { max, offset };
}

export interface OffsetPage<T> {
  paging: Paging;
  data: T[];
}

/**
 * An offset page: `page` reads the rows (not called for max 0), `count` the total over all pages
 * (not called when `withTotal` is false: pagingOf then refuses to answer the total).
 */
export async function offsetPage<T>(
  bounds: { max: number; offset: number },
  read: { withTotal: boolean; count: () => Promise<number>; page: (max: number, offset: number) => Promise<T[]> },
): Promise<OffsetPage<T>> {
  const { max, offset } = bounds;
  const [total, data] = await Promise.all([
    read.withTotal ? read.count() : Promise.resolve(null),
    max === 0 ? Promise.resolve([]) : read.page(max, offset),
  ]);
  return { paging: pagingOf(total, max, offset), data };
}

export interface ConnectionPage<T> {
  edges: { node: T; readonly cursor: string }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Runs the COUNT; called only when a client selects totalCount. */
  countTotal: () => Promise<number>;
}

/*
 * A keyset page and its edges are instances of these classes, whose getters sit on the
 * prototype, rather than object literals with getters of their own. With such a getter closing
 * over the page, the page's rows stayed reachable from V8's old generation until the next full
 * collection (most likely through the object's own shape, which is never young; measured, not
 * traced inside V8): every keyset page was promoted, a quarter of what a page request
 * allocates, and set off a full collection about every second under load (bench/README.md,
 * "Where the rest goes"). src/domain/list-pages.test.ts fails when one holds a getter again.
 */

/** One edge: its node, and its cursor (an HMAC) made only when read. */
class KeysetEdge<T> {
  constructor(
    readonly node: T,
    private readonly cursorOf: (node: T) => string,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.node);
  }
}

class KeysetConnectionPage<T> implements ConnectionPage<T> {
  private edgeList: KeysetEdge<T>[] | undefined;

  constructor(
    readonly nodes: T[],
    private readonly cursorOf: (node: T) => string,
    readonly countTotal: () => Promise<number>,
    readonly pageInfo: ConnectionPage<T>['pageInfo'],
  ) {}

  /** The edges, made only when a client selects them (each edge's cursor only when it is read). */
  get edges(): KeysetEdge<T>[] {
    return (this.edgeList ??= this.nodes.map((node) => new KeysetEdge(node, this.cursorOf)));
  }
}

/**
 * A keyset page of `args.first` rows after the cursor `args.after`, which must have been made for
 * the same `query` (its parts: the record type's name first, then filter, sort and order; any
 * other cursor is invalid-param naming `after`). `rows` reads up to `limit` rows after the position
 * (null: from the start); `prepare` runs on the page's rows before the answer (relations).
 */
export async function keysetPage<T extends { id: number }>(
  args: { first?: number | null; after?: string | null },
  query: unknown[],
  key: SortKey<T>,
  read: {
    rows: (limit: number, after: CursorPosition | null) => Promise<T[]>;
    count: () => Promise<number>;
    prepare?: (page: T[]) => Promise<unknown>;
  },
): Promise<ConnectionPage<T>> {
  const first = pageSize(args.first, 'first');
  const fingerprint = queryFingerprint(query);
  const after = args.after != null ? decodeCursor(args.after, fingerprint, key as SortKey) : null;
  const rows = await read.rows(first + 1, after);
  const page = rows.slice(0, first);
  if (read.prepare) await read.prepare(page);
  const cursorOf = (node: T) => encodeCursor(fingerprint, { key: key.value(node), id: node.id });
  return new KeysetConnectionPage(page, cursorOf, read.count, {
    hasNextPage: rows.length > first,
    hasPreviousPage: after !== null,
    // Made here, not when selected: a row whose cursor cannot be made fails the whole page, alike
    // under graphql-js and graphql-jit (which report errors of sibling fields differently).
    startCursor: page.length ? cursorOf(page[0]) : null,
    endCursor: page.length ? cursorOf(page[page.length - 1]) : null,
  });
}
