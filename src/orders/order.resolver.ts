import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { parseId } from '../domain/ids';
import { pagingNeedsTotal } from '../domain/paging';
import { Appointment, Customer, Order, OrderLineItem, OrderSignOff } from '../database/entities';
import { selectedFieldNames } from '../graphql/selected-fields';
import { connectionArgs, offsetListArgs } from '../graphql/list-args';
import { OrderConnection } from './order-connection.type';
import { OrderFilter } from './order-filter.input';
import { OrderPage } from './order-page.type';
import { OrderSort } from './order-sort.enum';
import type { OrderRelations } from './order.relations';
import { OrderService } from './order.service';

/** The fields the query selects on an order, at each of `paths` below the current field. */
function orderFields(info: GraphQLResolveInfo, ...paths: string[][]): Set<string> {
  return new Set(paths.flatMap((path) => [...selectedFieldNames(info, path)]));
}

const SCOPE = "employees and application tokens: every order; liaisons and clients: their customers' orders";
const BAD_FILTER =
  'invalid-param for a bad filter (an unknown status, an empty range, too many ids, a pattern over 255 characters); ' +
  'invalid-datetime-format for a filter instant not in ISO-8601; invalid-param-type for a filter id that is not a positive integer.';

const OrderListArgs = offsetListArgs(OrderFilter, OrderSort, OrderSort.CREATED_AT, 'orders');
const OrderConnectionArgs = connectionArgs(OrderFilter, OrderSort, OrderSort.CREATED_AT, 'orders');

@Resolver(() => Order)
export class OrderResolver {
  constructor(
    private readonly service: OrderService,
    private readonly relations: OrderRelations,
  ) {}

  @Query(() => Order, {
    nullable: true,
    description:
      `One order by id, for every role (${SCOPE}). Null with not-found when it ` +
      'does not exist or the caller may not see it; invalid-param-type for an id that is not a positive integer.',
  })
  order(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { description: "The order's id." }) id: string,
  ): Promise<Order> {
    return this.service.findOne(ctx, { id: parseId(id, 'id') }, orderFields(info, []));
  }

  @Query(() => Order, {
    nullable: true,
    description:
      `One order by its external reference, compared exactly (case, accents, trailing spaces), for every role (${SCOPE}). ` +
      'Null with not-found when none has it or the caller may not see it.',
  })
  orderByReference(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('reference', () => String, { description: "The order's external reference (Order.reference)." }) reference: string,
  ): Promise<Order> {
    return this.service.findOne(ctx, { reference }, orderFields(info, []));
  }

  @Query(() => OrderPage, {
    description:
      `An offset page of the orders the caller may see (${SCOPE}), with the total count. ` +
      `invalid-param for max outside 0..1000 or a negative offset; ${BAD_FILTER}`,
  })
  orders(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => OrderListArgs) args: InstanceType<typeof OrderListArgs>,
  ): Promise<OrderPage> {
    return this.service.list(ctx, args, orderFields(info, ['data']), {
      total: pagingNeedsTotal(selectedFieldNames(info, ['paging'])),
    });
  }

  @Query(() => OrderConnection, {
    description:
      `A keyset-paged connection of the orders the caller may see (${SCOPE}): pass pageInfo.endCursor as \`after\` ` +
      '(with the same filter, sort and order) for the next page. invalid-param for first outside 0..1000 or a cursor of ' +
      `another query; ${BAD_FILTER}`,
  })
  async ordersConnection(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => OrderConnectionArgs) args: InstanceType<typeof OrderConnectionArgs>,
  ): Promise<OrderConnection> {
    const page = await this.service.connection(ctx, args, orderFields(info, ['nodes'], ['edges', 'node']));
    return new OrderConnection(page);
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
