import { assertCan } from '../accounts/permissions';
import { preloadRelations } from '../context/relation';
import type { RequestContext } from '../context/request-context';
import { keysetPage, offsetBounds, offsetPage } from '../domain/list-pages';
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
    const bounds = offsetBounds(args);
    const criteria = parseOrderFilter(args.filter);
    const sort = ORDER_SORT_KEYS[args.sort ?? OrderSort.CREATED_AT];
    const order = args.order ?? SortOrder.ASC;
    const result = await offsetPage(bounds, {
      withTotal: options.total !== false,
      count: () => this.orders.count(ctx, ctx.readSide, criteria),
      page: async (max, offset) =>
        this.orders.rowsByIds(ctx, ctx.readSide, await this.orders.pageIds(ctx, ctx.readSide, criteria, sort, order, max, offset)),
    });
    await preloadRelations(ctx, this.relations, result.data, fields);
    return result;
  }

  /** A keyset page: the rows after the cursor's (sort key, id), read straight off the sort's index. */
  async connection(
    ctx: RequestContext,
    args: OrderConnectionArgs,
    fields: ReadonlySet<string> = NO_FIELDS,
  ): Promise<OrderConnectionResult> {
    assertCan(ctx.actor, 'order:read');
    const criteria = parseOrderFilter(args.filter);
    const sort = args.sort ?? OrderSort.CREATED_AT;
    const order = args.order ?? SortOrder.ASC;
    const key = ORDER_SORT_KEYS[sort];
    // Named first: a cursor of another record type's list is never taken here.
    return keysetPage(args, ['orders', criteria, sort, order], key, {
      rows: (limit, after) => this.orders.connectionRows(ctx, ctx.readSide, criteria, key, order, limit, after),
      count: () => this.orders.count(ctx, ctx.readSide, criteria),
      prepare: (page) => preloadRelations(ctx, this.relations, page, fields),
    });
  }
}
