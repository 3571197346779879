import { assertCan } from '../auth/permissions';
import type { RequestContext } from '../context/request-context';
import { Appointment, Order } from '../entities';
import { DomainError } from '../errors/domain.error';

/** Reading orders. An order of a customer the caller may not see is not-found, like a missing one. */
export class OrderService {
  async findById(ctx: RequestContext, id: number): Promise<Order> {
    assertCan(ctx.actor, 'order:read');
    // Through the loader (which applies the row rules), so that many orders asked for in one
    // operation cost one statement.
    const row = await ctx.loaders.order.load(id);
    if (!row) throw DomainError.notFound('order', 'id', id);
    return row;
  }

  /** The order's appointments the caller may see, by start date (batched over every order of the request). */
  appointmentsOf(ctx: RequestContext, order: Order): Promise<Appointment[]> {
    return ctx.loaders.appointmentsByOrder.load(order.id);
  }
}
