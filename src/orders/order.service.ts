import { assertCan } from '../accounts/permissions';
import type { RequestContext } from '../context/request-context';
import type { Order } from '../database/entities';
import { DomainError } from '../errors/domain.error';
import type { OrderRepository } from './order.repository';

/** Reading orders. An order of a customer the caller may not see is not-found, like a missing one. */
export class OrderService {
  constructor(private readonly orders: OrderRepository) {}

  async findById(ctx: RequestContext, id: number): Promise<Order> {
    assertCan(ctx.actor, 'order:read');
    // Through the loader of the orders repository (which applies the row rules), so that many
    // orders asked for in one operation cost one statement.
    const row = await ctx.loaders.of(this.orders.rows.byIds).load(id);
    if (!row) throw DomainError.notFound('order', 'id', id);
    return row;
  }
}
