import { assertCan } from '../accounts/permissions';
import { preloadRelations } from '../context/relation';
import type { RequestContext } from '../context/request-context';
import { connectionPage } from '../domain/connection';
import { decodeCursor, encodeCursor, queryFingerprint } from '../domain/keyset-cursor';
import { pageBounds, pageSize, pagingOf } from '../domain/paging';
import type { Order } from '../database/entities';
import { DomainError } from '../errors/domain.error';
import { parseOrderFilter } from './order-filter';
import { ORDER_SORT_KEYS } from './order-sort';
import type { OrderRelations } from './order.relations';
import type { OrderRepository } from './order.repository';
import { OrderConnectionArgs, OrderConnectionResult, OrderListArgs, OrderPageResult, OrderSort, SortOrder } from './order.types';

const NO_FIELDS: ReadonlySet<string> = new Set();

/** An order named by one of its unique keys. */
export type OrderKey = { id: number } | { reference: string };

/**
 * Reading orders: look-ups, offset pages and keyset connections. The row rules live in the
 * repository: an order of a customer the caller may not see reads exactly as a missing one
 * (left out of lists, not-found by key). `fields`: the fields a query selects on each order;
 * its relations among them are loaded for the whole page before the answer.
 */
export class OrderService {
  constructor(
    private readonly orders: OrderRepository,
    private readonly relations: OrderRelations,
  ) {}

  async findOne(ctx: RequestContext, key: OrderKey, fields: ReadonlySet<string> = NO_FIELDS): Promise<Order> {
    assertCan(ctx.actor, 'order:read');
    const row =
      'id' in key
        ? // Through the loader (which applies the row rules): many look-ups in one operation cost one statement.
          await ctx.loaders.of(this.orders.rows.byIds).load(key.id)
        : await this.orders.byReference(ctx, ctx.readSide, key.reference);
    if (!row) throw 'id' in key ? DomainError.notFound('order', 'id', key.id) : DomainError.notFound('order', 'reference', key.reference);
    await preloadRelations(ctx, this.relations, [row], fields);
    return row;
  }

  /** An offset page; the total is its own COUNT, skipped when `options.total` is false (pagingOf). */
  async list(
    ctx: RequestContext,
    args: OrderListArgs,
    fields: ReadonlySet<string> = NO_FIELDS,
    options: { total?: boolean } = {},
  ): Promise<OrderPageResult> {
    assertCan(ctx.actor, 'order:read');
    const { max, offset } = pageBounds(args);
    const criteria = parseOrderFilter(args.filter);
    const sort = ORDER_SORT_KEYS[args.sort ?? OrderSort.CREATED_AT];
    const order = args.order ?? SortOrder.ASC;
    const readPage = async () => {
      const ids = await this.orders.pageIds(ctx, ctx.readSide, criteria, sort, order, max, offset);
      return this.orders.rowsByIds(ctx, ctx.readSide, ids);
    };
    const [total, data] = await Promise.all([
      options.total === false ? Promise.resolve(null) : this.orders.count(ctx, ctx.readSide, criteria),
      max === 0 ? Promise.resolve([]) : readPage(),
    ]);
    await preloadRelations(ctx, this.relations, data, fields);
    return { paging: pagingOf(total, max, offset), data };
  }

  /** A keyset page: the rows after the cursor's (sort key, id), read straight off the sort's index. */
  async connection(
    ctx: RequestContext,
    args: OrderConnectionArgs,
    fields: ReadonlySet<string> = NO_FIELDS,
  ): Promise<OrderConnectionResult> {
    assertCan(ctx.actor, 'order:read');
    const first = pageSize(args.first, 'first');
    const criteria = parseOrderFilter(args.filter);
    const sort = args.sort ?? OrderSort.CREATED_AT;
    const order = args.order ?? SortOrder.ASC;
    // Named first: a cursor of another record type's list is never taken here.
    const fingerprint = queryFingerprint(['orders', criteria, sort, order]);
    const key = ORDER_SORT_KEYS[sort];
    const after = args.after != null ? decodeCursor(args.after, fingerprint, key) : null;
    const rows = await this.orders.connectionRows(ctx, ctx.readSide, criteria, key, order, first + 1, after);
    const cursorOf = (node: Order) => encodeCursor(fingerprint, { key: key.value(node), id: node.id });
    const result = connectionPage(rows, first, after !== null, cursorOf, () => this.orders.count(ctx, ctx.readSide, criteria));
    await preloadRelations(ctx, this.relations, result.nodes, fields);
    return result;
  }
}
