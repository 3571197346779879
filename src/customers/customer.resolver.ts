import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { parseId } from '../domain/ids';
import { pagingNeedsTotal } from '../domain/paging';
import { Contact, Customer, Order } from '../database/entities';
import { connectionArgs, offsetListArgs } from '../graphql/list-args';
import { nodeFields, selectedFieldNames } from '../graphql/selected-fields';
import { CustomerFilter } from './customer-filter.input';
import { CustomerConnection, CustomerPage } from './customer-page.type';
import type { CustomerRelations } from './customer.relations';
import { CustomerSort } from './customer-sort.enum';
import { CustomerService } from './customer.service';

const SCOPE = 'employees and application tokens: every customer; liaisons: their customers; clients: their own customer';

const CustomerListArgs = offsetListArgs(CustomerFilter, CustomerSort, CustomerSort.ID, 'customers');
const CustomerConnectionArgs = connectionArgs(CustomerFilter, CustomerSort, CustomerSort.ID, 'customers');

@Resolver(() => Customer)
export class CustomerResolver {
  constructor(
    private readonly service: CustomerService,
    private readonly relations: CustomerRelations,
  ) {}

  @Query(() => Customer, {
    nullable: true,
    description:
      `One customer by id, for every role (${SCOPE}). Null with not-found when it does not exist or the caller may not see it; ` +
      'invalid-param-type for an id that is not a positive integer.',
  })
  customer(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { description: "The customer's id." }) id: string,
  ): Promise<Customer> {
    return this.service.findOne(ctx, { id: parseId(id, 'id') }, selectedFieldNames(info, []));
  }

  @Query(() => Customer, {
    nullable: true,
    description:
      `One customer by its external reference, compared exactly (case, accents, trailing spaces), for every role (${SCOPE}). ` +
      'Null with not-found when none has it or the caller may not see it.',
  })
  customerByReference(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('reference', () => String, { description: "The customer's external reference (Customer.reference)." }) reference: string,
  ): Promise<Customer> {
    return this.service.findOne(ctx, { reference }, selectedFieldNames(info, []));
  }

  @Query(() => CustomerPage, {
    description:
      `An offset page of the customers the caller may see (${SCOPE}), with the total count. ` +
      'invalid-param for max outside 0..1000, a negative offset or a bad filter; invalid-param-type for a filter id that is not a positive integer.',
  })
  customers(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => CustomerListArgs) args: InstanceType<typeof CustomerListArgs>,
  ): Promise<CustomerPage> {
    // The arguments are nullable with defaults: an explicit null means the default.
    return this.service.list(ctx, args, selectedFieldNames(info, ['data']), {
      total: pagingNeedsTotal(selectedFieldNames(info, ['paging'])),
    });
  }

  @Query(() => CustomerConnection, {
    description:
      `A keyset-paged connection of the customers the caller may see (${SCOPE}): pass pageInfo.endCursor as \`after\` ` +
      '(with the same filter, sort and order) for the next page. invalid-param for first outside 0..1000, a cursor of another query ' +
      'or a bad filter; invalid-param-type for a filter id that is not a positive integer.',
  })
  async customersConnection(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => CustomerConnectionArgs) args: InstanceType<typeof CustomerConnectionArgs>,
  ): Promise<CustomerConnection> {
    const page = await this.service.connection(ctx, args, nodeFields(info));
    return new CustomerConnection(page);
  }

  @FieldResolver(() => [Contact], {
    description: "The customer's contacts, by id (at most 100; contacts(customerId) pages through more).",
  })
  contacts(@Root() c: Customer, @Ctx() ctx: RequestContext): Contact[] | Promise<Contact[]> {
    return this.relations.contacts.load(ctx, c);
  }

  @FieldResolver(() => [Order], {
    description:
      "The customer's orders, oldest first (by createdAt, then id; at most 100): the first page of " +
      'orders(filter: { customerId }), which pages through more.',
  })
  orders(@Root() c: Customer, @Ctx() ctx: RequestContext): Order[] | Promise<Order[]> {
    return this.relations.orders.load(ctx, c);
  }
}
