import { assertCan } from '../accounts/permissions';
import type { RequestContext } from '../context/request-context';
import type { Order } from '../database/entities';
import { DomainError } from '../errors/domain.error';
import type { OrderRelations } from './order.relations';

/** Reading orders. An order of a customer the caller may not see is not-found, like a missing one. */
export class OrderService {
  constructor(private readonly relations: OrderRelations) {}

  async findById(ctx: RequestContext, id: number): Promise<Order> {
    assertCan(ctx.actor, 'order:read');
    // Through the loader of the orders repository (which applies the row rules), so that many
    // orders asked for in one operation cost one statement.
    const row = await ctx.loaders.of(this.relations.ordersById).load(id);
    if (!row) throw DomainError.notFound('order', 'id', id);
    return row;
  }
}
