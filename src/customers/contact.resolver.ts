import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context/request-context';
import { parseId } from '../domain/ids';
import { pagingNeedsTotal } from '../domain/paging';
import { Contact, Customer } from '../database/entities';
import { connectionArgs, offsetListArgs } from '../graphql/list-args';
import { nodeFields, selectedFieldNames } from '../graphql/selected-fields';
import { ContactFilter } from './contact-filter.input';
import { ContactConnection, ContactPage } from './contact-list.type';
import type { ContactRelations } from './contact.relations';
import { ContactService } from './contact.service';
import { ContactSort } from './contact-sort.enum';

const SCOPE = "employees and application tokens: every contact; liaisons: their customers' contacts; clients: their own customer's";
const CUSTOMER =
  'The customer whose contacts to list; null with not-found when it does not exist or the caller may not see it. ' +
  'Left out: the contacts of every customer the caller may see.';
const BAD_INPUT =
  'invalid-param for a bad filter (more than 1000 ids, a pattern over 255 characters); ' +
  'invalid-param-type for a customerId or filter id that is not a positive integer.';

const ContactListArgs = offsetListArgs(ContactFilter, ContactSort, ContactSort.NAME, 'contacts');
const ContactConnectionArgs = connectionArgs(ContactFilter, ContactSort, ContactSort.NAME, 'contacts');

/** The optional customerId of a contact list, as an id. */
const customerIdOf = (customerId: string | null | undefined) => (customerId == null ? null : parseId(customerId, 'customerId'));

@Resolver(() => Contact)
export class ContactResolver {
  constructor(
    private readonly service: ContactService,
    private readonly relations: ContactRelations,
  ) {}

  @Query(() => Contact, {
    nullable: true,
    description:
      `One contact by id, for every role (${SCOPE}). Null with not-found when it does not exist or the caller may not see ` +
      'its customer; invalid-param-type for an id that is not a positive integer.',
  })
  contact(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { description: "The contact's id." }) id: string,
  ): Promise<Contact> {
    return this.service.findOne(ctx, parseId(id, 'id'), selectedFieldNames(info, []));
  }

  @Query(() => ContactPage, {
    nullable: true,
    description:
      `An offset page of contacts, by name then id unless sorted otherwise, with the total count, for every role (${SCOPE}): ` +
      "one customer's (what an appointment's contacts input may name) or every visible one. " +
      `invalid-param for max outside 0..1000 or a negative offset; ${BAD_INPUT}`,
  })
  contacts(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('customerId', () => ID, { nullable: true, description: CUSTOMER }) customerId: string | null,
    @Args(() => ContactListArgs) args: InstanceType<typeof ContactListArgs>,
  ): Promise<ContactPage> {
    return this.service.list(ctx, { ...args, customerId: customerIdOf(customerId) }, selectedFieldNames(info, ['data']), {
      total: pagingNeedsTotal(selectedFieldNames(info, ['paging'])),
    });
  }

  @Query(() => ContactConnection, {
    nullable: true,
    description:
      `A keyset-paged connection of contacts, by name then id unless sorted otherwise, for every role (${SCOPE}): pass ` +
      'pageInfo.endCursor as `after` (with the same customerId, filter, sort and order) for the next page. ' +
      `invalid-param for first outside 0..1000 or a cursor of another query; ${BAD_INPUT}`,
  })
  async contactsConnection(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('customerId', () => ID, { nullable: true, description: CUSTOMER }) customerId: string | null,
    @Args(() => ContactConnectionArgs) args: InstanceType<typeof ContactConnectionArgs>,
  ): Promise<ContactConnection> {
    const page = await this.service.connection(ctx, { ...args, customerId: customerIdOf(customerId) }, nodeFields(info));
    return new ContactConnection(page);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer the contact belongs to; null when customerId is.' })
  customer(@Root() c: Contact, @Ctx() ctx: RequestContext): Customer | null | Promise<Customer | null> {
    return this.relations.customer.load(ctx, c);
  }
}
