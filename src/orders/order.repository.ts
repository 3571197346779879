import { canSeeCustomer } from '../accounts/permissions';
import type { Actor } from '../context/actor';
import type { Batch } from '../context/loaders';
import type { RowSource } from '../context/relation';
import { insertEntity, selectByIds, selectByReferences, selectEntities, selectEntity, updateEntities } from '../database/entity-statements';
import { DbScope, placeholders, ReadSide } from '../database/statements';
import { Order, OrderLineItem, OrderSignOff } from '../database/entities';
import { RELATION_LIST_CAP } from '../graphql/list-bounds';

type Scoped = DbScope & { actor: Actor };

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
