import type { DataSource } from 'typeorm';
import { canSeeCustomer } from '../accounts/permissions';
import type { Actor } from '../context/actor';
import type { Batch } from '../context/loaders';
import type { RowSource } from '../context/relation';
import type { CursorPosition } from '../domain/keyset-cursor';
import type { SortOrder } from '../domain/sort-order';
import { dialectOf, exactEquals } from '../database/dialect';
import { entitySelect } from '../database/entity-select';
import { insertEntity, selectByIds, selectByReferences, selectEntities, selectEntity, updateEntities } from '../database/entity-statements';
import { Fragment, keysetCondition, keysetOrderBy, orderByClause, whereClause } from '../database/sql-fragments';
import { DbScope, placeholders, ReadSide, select } from '../database/statements';
import { Order, OrderLineItem, OrderSignOff } from '../database/entities';
import { RELATION_LIST_CAP } from '../graphql/list-bounds';
import type { OrderCriteria } from './order-filter';
import type { OrderSortKey } from './order-sort';
import { orderConditions, orderScope } from './order.sql';

type Scoped = DbScope & { actor: Actor };

/** The alias of the order list statements (order.sql.ts, the sort keys). */
const O = 'o';

/** Groups `rows` by their order, the first RELATION_LIST_CAP of each, in the order of `orderIds`. */
function byOrder<T extends { orderId: number | null }>(orderIds: readonly number[], rows: T[]): T[][] {
  const grouped = new Map<number, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.orderId!) ?? [];
    if (list.length < RELATION_LIST_CAP) list.push(row);
    grouped.set(row.orderId!, list);
  }
  return orderIds.map((id) => grouped.get(id) ?? []);
}

/**
 * The one door to orders, their line items and their sign-off history. An order is visible to
 * staff and to the users of its customer; its line items and sign-offs are reached only through
 * a visible order.
 */
export class OrderRepository {
  /** Row rule: an order of a customer outside the actor's scope reads as missing. */
  see(actor: Actor, row: Order): Order | null {
    return canSeeCustomer(actor, row.customerId) ? row : null;
  }

  /** Row rule of an order that is gone (a deletion): by the customer it had. */
  seeRemoved(actor: Actor, customerId: number | null): boolean {
    return canSeeCustomer(actor, customerId);
  }

  /** Orders by id as the actor may see them (null where missing or not visible): one statement. */
  async byIds(scope: Scoped, side: ReadSide, ids: readonly number[]): Promise<(Order | null)[]> {
    return (await selectByIds(scope, side, Order, ids)).map((row) => row && this.see(scope.actor, row));
  }

  /**
   * The ids of the orders with these references (byte for byte), in their order, as the actor
   * may see them: null where there is none or it is an order of a customer outside their scope.
   */
  async idsByReference(scope: Scoped, side: ReadSide, references: readonly string[]): Promise<(number | null)[]> {
    return (await selectByReferences(scope, side, Order, references)).map((row) => (row && this.see(scope.actor, row)?.id) ?? null);
  }

  /** The order with exactly this reference (byte for byte, trailing spaces included) as the actor may see it, or null. */
  async byReference(scope: Scoped, side: ReadSide, reference: string): Promise<Order | null> {
    const [row] = await selectEntities(scope, side, Order, exactEquals('x.reference'), [reference, reference], { prepared: true });
    return row ? this.see(scope.actor, row) : null;
  }

  /** The scope and the filter's conditions, and `extra` (a keyset position), as one WHERE. */
  private where(scope: Scoped, criteria: OrderCriteria, extra: Fragment | null = null): Fragment {
    return whereClause([orderScope(scope.actor), ...orderConditions(criteria, dialectOf(scope.db)), extra]);
  }

  /**
   * The ids of one offset page, in order (exposed so tests can EXPLAIN it). Only ids are read
   * with LIMIT/OFFSET, so a deep offset skips index entries, not whole rows (a deferred join).
   */
  pageIdsStatement(scope: Scoped, criteria: OrderCriteria, sort: OrderSortKey, order: SortOrder, max: number, offset: number): Fragment {
    const where = this.where(scope, criteria);
    return {
      sql: `SELECT ${O}.id AS id FROM orders ${O} ${where.sql} ${orderByClause(sort, order, `${O}.id`)} LIMIT ? OFFSET ?`,
      params: [...where.params, max, offset],
    };
  }

  /** The COUNT over the same conditions as a page (scope and filter), without ORDER BY or LIMIT (exposed for EXPLAIN). */
  countStatement(scope: Scoped, criteria: OrderCriteria): Fragment {
    const where = this.where(scope, criteria);
    return { sql: `SELECT COUNT(*) AS n FROM orders ${O} ${where.sql}`, params: where.params };
  }

  /** The rows of one keyset page plus one (to tell whether a next page exists), after the cursor's (key, id) (exposed for EXPLAIN). */
  connectionStatement(
    scope: Scoped,
    criteria: OrderCriteria,
    sort: OrderSortKey,
    order: SortOrder,
    limit: number,
    after: CursorPosition | null,
  ): Fragment {
    const { columns, from } = entitySelect(scope.db, Order, O);
    const where = this.where(scope, criteria, after && keysetCondition(sort, order, after.key, after.id, `${O}.id`));
    return {
      sql: `SELECT ${columns} FROM ${from} ${where.sql} ${keysetOrderBy(sort, order, after?.key, `${O}.id`)} LIMIT ?`,
      params: [...where.params, limit],
    };
  }

  async pageIds(
    scope: Scoped,
    side: ReadSide,
    criteria: OrderCriteria,
    sort: OrderSortKey,
    order: SortOrder,
    max: number,
    offset: number,
  ): Promise<number[]> {
    const { sql, params } = this.pageIdsStatement(scope, criteria, sort, order, max, offset);
    return (await select(scope, side, sql, params)).map((r) => Number(r.id));
  }

  /** How many orders the actor may see match the filter. */
  async count(scope: Scoped, side: ReadSide, criteria: OrderCriteria): Promise<number> {
    const { sql, params } = this.countStatement(scope, criteria);
    const [row] = await select(scope, side, sql, params);
    return Number(row?.n ?? 0);
  }

  /** The visible orders with these ids, in the order of `ids`: one statement. */
  async rowsByIds(scope: Scoped, side: ReadSide, ids: readonly number[]): Promise<Order[]> {
    return (await this.byIds(scope, side, ids)).filter((r): r is Order => r !== null);
  }

  async connectionRows(
    scope: Scoped,
    side: ReadSide,
    criteria: OrderCriteria,
    sort: OrderSortKey,
    order: SortOrder,
    limit: number,
    after: CursorPosition | null,
  ): Promise<Order[]> {
    const { sql, params } = this.connectionStatement(scope, criteria, sort, order, limit, after);
    const { map } = entitySelect(scope.db, Order, O);
    return (await select(scope, side, sql, params)).map((raw) => this.see(scope.actor, map(raw))).filter((r): r is Order => r !== null);
  }

  /**
   * The first RELATION_LIST_CAP orders of each of these customers, by creation then id (exposed
   * for EXPLAIN): the orders are numbered off the (customer_id, created_at, id) index, and whole
   * rows are read only for those within the cap.
   */
  ofCustomersStatement(db: DataSource, customerIds: readonly number[]): Fragment {
    const { columns, from } = entitySelect(db, Order, O);
    return {
      sql: `SELECT ${columns} FROM ${from} INNER JOIN (
        SELECT id, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at ASC, id ASC) AS n
        FROM orders WHERE customer_id IN (${placeholders(customerIds.length)})
      ) ranked ON ranked.id = ${O}.id
      WHERE ranked.n <= ? ORDER BY ${O}.customer_id ASC, ${O}.created_at ASC, ${O}.id ASC`,
      params: [...customerIds, RELATION_LIST_CAP],
    };
  }

  /** The orders of each customer the actor may see (at most RELATION_LIST_CAP each, oldest first): one statement. */
  readonly ofCustomers: Batch<number, Order[]> = async (ctx, customerIds) => {
    const visible = customerIds.filter((id) => canSeeCustomer(ctx.actor, id));
    if (visible.length === 0) return customerIds.map(() => []);
    const { sql, params } = this.ofCustomersStatement(ctx.db, visible);
    const { map } = entitySelect(ctx.db, Order, O);
    const grouped = new Map<number, Order[]>();
    for (const row of (await select(ctx, ctx.readSide, sql, params)).map(map)) {
      if (!this.see(ctx.actor, row)) continue;
      const list = grouped.get(row.customerId!) ?? [];
      list.push(row);
      grouped.set(row.customerId!, list);
    }
    return customerIds.map((id) => grouped.get(id) ?? []);
  };

  readonly rows: RowSource<Order> = {
    entity: Order,
    byIds: (ctx, ids) => this.byIds(ctx, ctx.readSide, ids),
    see: (actor, row) => this.see(actor, row),
  };

  /** The line items of each order, by id. */
  readonly lineItemsOf: Batch<number, OrderLineItem[]> = async (ctx, orderIds) =>
    byOrder(
      orderIds,
      await selectEntities(ctx, ctx.readSide, OrderLineItem, `x.order_id IN (${placeholders(orderIds.length)})`, [...orderIds], {
        orderBy: 'x.id ASC',
      }),
    );

  /** The sign-offs of each order, oldest first. */
  readonly signOffsOf: Batch<number, OrderSignOff[]> = async (ctx, orderIds) =>
    byOrder(
      orderIds,
      await selectEntities(ctx, ctx.readSide, OrderSignOff, `x.order_id IN (${placeholders(orderIds.length)})`, [...orderIds], {
        orderBy: 'x.signed_at ASC, x.id ASC',
      }),
    );

  /** The order under a row lock (in the caller's transaction) as the actor may see it; null when missing or not visible. */
  async lock(scope: Scoped, id: number): Promise<Order | null> {
    const row = await selectEntity(scope, 'primary', Order, 'id', id, { forUpdate: true });
    return row && this.see(scope.actor, row);
  }

  /** These line items under row locks, taken in ascending id order (so two sign-offs cannot deadlock). */
  lockLineItems(scope: DbScope, ids: readonly number[]): Promise<OrderLineItem[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return selectEntities(scope, 'primary', OrderLineItem, `x.id IN (${placeholders(ids.length)})`, [...ids], {
      orderBy: 'x.id ASC',
      forUpdate: true,
    });
  }

  /** The order as stored now, from the primary (in the caller's transaction, if any). */
  read(scope: DbScope, id: number): Promise<Order | null> {
    return selectEntity(scope, 'primary', Order, 'id', id);
  }

  update(scope: DbScope, id: number, props: Partial<Order>): Promise<number> {
    return updateEntities(scope, Order, props, 'id = ?', [id]);
  }

  updateLineItem(scope: DbScope, id: number, props: Partial<OrderLineItem>): Promise<number> {
    return updateEntities(scope, OrderLineItem, props, 'id = ?', [id]);
  }

  addSignOff(scope: DbScope, props: Partial<OrderSignOff>): Promise<number> {
    return insertEntity(scope, OrderSignOff, props);
  }
}
