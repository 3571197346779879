import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context/request-context';
import { parseId } from '../../domain/ids';
import { Appointment, Customer, Order, OrderLineItem, OrderSignOff } from '../../entities';
import { OrderService } from '../../services/order.service';

@Resolver(() => Order)
export class OrderResolver {
  constructor(private readonly service: OrderService) {}

  @Query(() => Order, { nullable: true, description: 'One order by id; null with not-found if there is none or it is not visible.' })
  order(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Order> {
    return this.service.findById(ctx, parseId(id, 'id'));
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() o: Order, @Ctx() ctx: RequestContext): Promise<Customer | null> | null {
    return o.customerId == null ? null : ctx.loaders.customer.load(o.customerId);
  }

  @FieldResolver(() => [OrderLineItem], { description: 'The service groups of the order, by id.' })
  lineItems(@Root() o: Order, @Ctx() ctx: RequestContext): Promise<OrderLineItem[]> {
    return ctx.loaders.lineItemsByOrder.load(o.id);
  }

  @FieldResolver(() => [Appointment], { description: 'The appointments that fulfil the order, by start date.' })
  appointments(@Root() o: Order, @Ctx() ctx: RequestContext): Promise<Appointment[]> {
    return this.service.appointmentsOf(ctx, o);
  }

  @FieldResolver(() => [OrderSignOff], { description: 'Every sign-off of the order, oldest first (amendments included).' })
  signOffs(@Root() o: Order, @Ctx() ctx: RequestContext): Promise<OrderSignOff[]> {
    return ctx.loaders.signOffsByOrder.load(o.id);
  }
}
