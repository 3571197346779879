import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { parseId } from '../domain/ids';
import { Appointment, Customer, Order, OrderLineItem, OrderSignOff } from '../database/entities';
import type { OrderRelations } from './order.relations';
import { OrderService } from './order.service';

@Resolver(() => Order)
export class OrderResolver {
  constructor(
    private readonly service: OrderService,
    private readonly relations: OrderRelations,
  ) {}

  @Query(() => Order, {
    nullable: true,
    description:
      "One order by id, for every role (liaisons and clients: their customers' orders only). Null with not-found when it " +
      'does not exist or the caller may not see it; invalid-param-type for an id that is not a positive integer.',
  })
  order(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: "The order's id." }) id: string): Promise<Order> {
    return this.service.findById(ctx, parseId(id, 'id'));
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer who placed the order; null when customerId is.' })
  customer(@Root() o: Order, @Ctx() ctx: RequestContext): Customer | null | Promise<Customer | null> {
    return this.relations.customer.load(ctx, o);
  }

  @FieldResolver(() => [OrderLineItem], { description: 'The service groups of the order, by id (at most 100).' })
  lineItems(@Root() o: Order, @Ctx() ctx: RequestContext): OrderLineItem[] | Promise<OrderLineItem[]> {
    return this.relations.lineItems.load(ctx, o);
  }

  @FieldResolver(() => [Appointment], {
    description:
      'The appointments that fulfil the order and that the caller may see, by start date (at most 100; ' +
      'appointments(filter: { orderId }) pages through more).',
  })
  appointments(@Root() o: Order, @Ctx() ctx: RequestContext): Appointment[] | Promise<Appointment[]> {
    return this.relations.appointments.load(ctx, o);
  }

  @FieldResolver(() => [OrderSignOff], { description: 'Every sign-off of the order, oldest first (amendments included; at most 100).' })
  signOffs(@Root() o: Order, @Ctx() ctx: RequestContext): OrderSignOff[] | Promise<OrderSignOff[]> {
    return this.relations.signOffs.load(ctx, o);
  }
}
