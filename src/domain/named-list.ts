import { Action, assertCan } from '../accounts/permissions';
import type { Batch } from '../context/loaders';
import type { RequestContext } from '../context/request-context';
import type { ReadSide } from '../database/statements';
import { DomainError } from '../errors/domain.error';
import type { CursorPosition } from './keyset-cursor';
import { ConnectionArgs, ConnectionPage, keysetPage, OffsetListArgs, OffsetPage, offsetBounds, offsetPage } from './list-pages';
import { NameCriteria, NameFilterFields, NameSort, nameSortKeys, parseNameFilter } from './named-records';
import { SortOrder } from './sort-order';

/**
 * What a repository offers for a list by id, name and reference. Every method applies the
 * repository's row rules: a row the actor may not see is left out (or null), as a missing one.
 */
export interface NamedListSource<T> {
  /** The rows by id, on the request's read side (look-ups go through the request's loader of it). */
  rows: { byIds: Batch<number, T | null> };
  byReference(ctx: RequestContext, side: ReadSide, reference: string): Promise<T | null>;
  pageIds(
    ctx: RequestContext,
    side: ReadSide,
    c: NameCriteria,
    sort: NameSort,
    order: SortOrder,
    max: number,
    offset: number,
  ): Promise<number[]>;
  rowsByIds(ctx: RequestContext, side: ReadSide, ids: readonly number[]): Promise<T[]>;
  count(ctx: RequestContext, side: ReadSide, c: NameCriteria): Promise<number>;
  keysetRows(
    ctx: RequestContext,
    side: ReadSide,
    c: NameCriteria,
    sort: NameSort,
    order: SortOrder,
    limit: number,
    after: CursorPosition | null,
  ): Promise<T[]>;
}

/** A NamedList's record type: how errors name it, its list's name (cursors are bound to it), who may read it. */
export interface NamedListOf {
  /** As not-found messages say it: `The appointment category with the id 9 doesn't exist.` */
  entity: string;
  /** The list's query name, the first part of its cursors' fingerprint (a cursor of one list is refused by another). */
  list: string;
  action: Action;
}

/** Loads the relations a query selects on the rows, before the answer. */
export type Prepare<T> = (rows: T[]) => Promise<unknown>;

const NOTHING: Prepare<unknown> = async () => undefined;

const SORT_KEYS = nameSortKeys('x');

/**
 * The reads of a record type listed by id, name and reference: look-ups by id and by exact
 * reference (not-found when missing or not visible, alike), an offset page and a keyset
 * connection, all with the same filter (domain/named-records.ts) and sorts.
 */
export class NamedList<T extends { id: number; name: string; reference: string }> {
  constructor(
    private readonly of: NamedListOf,
    private readonly source: NamedListSource<T>,
  ) {}

  async byId(ctx: RequestContext, id: number, prepare: Prepare<T> = NOTHING): Promise<T> {
    assertCan(ctx.actor, this.of.action);
    // Through the loader: many look-ups in one operation cost one statement.
    const row = await ctx.loaders.of(this.source.rows.byIds).load(id);
    if (!row) throw DomainError.notFound(this.of.entity, 'id', id);
    await prepare([row]);
    return row;
  }

  async byReference(ctx: RequestContext, reference: string, prepare: Prepare<T> = NOTHING): Promise<T> {
    assertCan(ctx.actor, this.of.action);
    const row = await this.source.byReference(ctx, ctx.readSide, reference);
    if (!row) throw DomainError.notFound(this.of.entity, 'reference', reference);
    await prepare([row]);
    return row;
  }

  /** An offset page; the total is its own COUNT, skipped when `withTotal` is false (pagingOf). */
  async list(
    ctx: RequestContext,
    args: OffsetListArgs<NameFilterFields, NameSort>,
    withTotal = true,
    prepare: Prepare<T> = NOTHING,
  ): Promise<OffsetPage<T>> {
    assertCan(ctx.actor, this.of.action);
    const bounds = offsetBounds(args);
    const criteria = parseNameFilter(args.filter);
    const sort = args.sort ?? 'ID';
    const order = args.order ?? SortOrder.ASC;
    const page = await offsetPage(bounds, {
      withTotal,
      count: () => this.source.count(ctx, ctx.readSide, criteria),
      page: async (max, offset) =>
        this.source.rowsByIds(ctx, ctx.readSide, await this.source.pageIds(ctx, ctx.readSide, criteria, sort, order, max, offset)),
    });
    await prepare(page.data);
    return page;
  }

  /** A keyset page: the rows after the cursor's (sort key, id), read straight off the sort's index. */
  async connection(
    ctx: RequestContext,
    args: ConnectionArgs<NameFilterFields, NameSort>,
    prepare: Prepare<T> = NOTHING,
  ): Promise<ConnectionPage<T>> {
    assertCan(ctx.actor, this.of.action);
    const criteria = parseNameFilter(args.filter);
    const sort = args.sort ?? 'ID';
    const order = args.order ?? SortOrder.ASC;
    return keysetPage<T>(args, [this.of.list, criteria, sort, order], SORT_KEYS[sort], {
      rows: (limit, after) => this.source.keysetRows(ctx, ctx.readSide, criteria, sort, order, limit, after),
      count: () => this.source.count(ctx, ctx.readSide, criteria),
      prepare,
    });
  }
}
