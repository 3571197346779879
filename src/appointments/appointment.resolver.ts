import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { AppointmentRelations } from './appointment.relations';
import type { RequestContext } from '../context/request-context';
import { parseId } from '../domain/ids';
import { pagingNeedsTotal } from '../domain/paging';
import { Appointment, AppointmentCategory, Contact, Customer, Order, User } from '../database/entities';
import { AppointmentService } from './appointment.service';
import { notificationParametersOf } from './notification-parameters';
import { AppointmentConnection } from './appointment-connection.type';
import { AppointmentFilter } from './appointment-filter.input';
import { AppointmentPage } from './appointment-page.type';
import { AppointmentSort, SortOrder } from './appointment-sort.enum';
import { NotificationParameters } from './notification-parameters.type';
import { selectedFieldNames } from '../graphql/selected-fields';

/** The fields the query selects on an appointment, at each of `paths` below the current field. */
function appointmentFields(info: GraphQLResolveInfo, ...paths: string[][]): Set<string> {
  return new Set(paths.flatMap((path) => [...selectedFieldNames(info, path)]));
}

type One<T> = T | null | Promise<T | null>;

const FILTER = 'Which appointments to list; left out, every one the caller may see.';
const SORT = 'The field to sort by; ties are broken by id.';
const ORDER = 'The direction, for the sort field and for the id that breaks ties.';
const USER_VISIBILITY =
  'Employees and application tokens see the user whole; liaisons and clients see id, reference and name, and email only of themselves.';

@Resolver(() => Appointment)
export class AppointmentResolver {
  constructor(
    private readonly service: AppointmentService,
    private readonly relations: AppointmentRelations,
  ) {}

  @Query(() => Appointment, {
    nullable: true,
    description:
      "One appointment by id, for every role (liaisons and clients: their customers' appointments only). " +
      'Null with not-found when it does not exist or the caller may not see it; invalid-param-type for an id that is not a positive integer.',
  })
  appointment(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { description: "The appointment's id." }) id: string,
  ): Promise<Appointment> {
    return this.service.findOne(ctx, { id: parseId(id, 'id') }, appointmentFields(info, []));
  }

  @Query(() => Appointment, {
    nullable: true,
    description:
      "One appointment by its external reference, for every role (liaisons and clients: their customers' appointments only). " +
      'Null with not-found when none has it or the caller may not see it.',
  })
  appointmentByReference(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('reference', () => String, { description: "The appointment's external reference (Appointment.reference)." }) reference: string,
  ): Promise<Appointment> {
    return this.service.findOne(ctx, { reference }, appointmentFields(info, []));
  }

  @Query(() => Appointment, {
    nullable: true,
    description:
      "One appointment by its UUID (the Read API's _id), for every role (liaisons and clients: their customers' appointments only). " +
      'Null with not-found when none has it or the caller may not see it.',
  })
  appointmentByUuid(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('uuid', () => String, { description: "The appointment's UUID (Appointment.uuid)." }) uuid: string,
  ): Promise<Appointment> {
    return this.service.findOne(ctx, { uuid }, appointmentFields(info, []));
  }

  @Query(() => AppointmentPage, {
    description:
      "An offset page of the appointments the caller may see (employees: every one; liaisons and clients: their customers'), " +
      'with the total count. invalid-param for max outside 0..1000, a negative offset or a bad filter; ' +
      'invalid-datetime-format for a filter instant not in ISO-8601; invalid-param-type for a filter id that is not a positive integer.',
  })
  appointments(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => AppointmentFilter, { nullable: true, description: FILTER }) filter: AppointmentFilter | null,
    @Arg('max', () => Int, { nullable: true, defaultValue: 100, description: 'Page size, 0..1000; 0 answers paging alone.' })
    max: number | null,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0, description: 'How many matching appointments to skip, 0 or more.' })
    offset: number | null,
    @Arg('sort', () => AppointmentSort, { nullable: true, defaultValue: AppointmentSort.DATE_CREATED, description: SORT })
    sort: AppointmentSort | null,
    @Arg('order', () => SortOrder, { nullable: true, defaultValue: SortOrder.ASC, description: ORDER }) order: SortOrder | null,
  ): Promise<AppointmentPage> {
    // The contract's arguments are nullable with defaults: an explicit null means the default.
    return this.service.list(ctx, { filter, max, offset, sort, order }, appointmentFields(info, ['data']), {
      total: pagingNeedsTotal(selectedFieldNames(info, ['paging'])),
    });
  }

  @Query(() => AppointmentConnection, {
    description:
      "A keyset-paged connection of the appointments the caller may see (employees: every one; liaisons and clients: their customers'): " +
      'pass pageInfo.endCursor as `after` (with the same filter, sort and order) for the next page. ' +
      'invalid-param for first outside 0..1000, a cursor of another query or a bad filter; invalid-datetime-format; invalid-param-type.',
  })
  async appointmentsConnection(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => AppointmentFilter, { nullable: true, description: FILTER }) filter: AppointmentFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100, description: 'Page size, 0..1000.' }) first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description:
        'The endCursor (or an edge cursor) of the page before, asked for with the same filter, sort and order; left out: the first page.',
    })
    after: string | null,
    @Arg('sort', () => AppointmentSort, { nullable: true, defaultValue: AppointmentSort.DATE_CREATED, description: SORT })
    sort: AppointmentSort | null,
    @Arg('order', () => SortOrder, { nullable: true, defaultValue: SortOrder.ASC, description: ORDER }) order: SortOrder | null,
  ): Promise<AppointmentConnection> {
    const page = await this.service.connection(
      ctx,
      { filter, first, after, sort, order },
      appointmentFields(info, ['nodes'], ['edges', 'node']),
    );
    return new AppointmentConnection(page);
  }

  @FieldResolver(() => NotificationParameters, { description: 'What a notification email about the appointment says.' })
  notificationParameters(@Root() a: Appointment, @Ctx() ctx: RequestContext): Promise<NotificationParameters> {
    return notificationParametersOf(ctx, this.relations, a);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer the appointment is for; null when customerId is.' })
  customer(@Root() a: Appointment, @Ctx() ctx: RequestContext): One<Customer> {
    return this.relations.customer.load(ctx, a);
  }

  @FieldResolver(() => AppointmentCategory, {
    nullable: true,
    description: "The appointment's category (reference data: every role sees it); null when appointmentCategoryId is.",
  })
  appointmentCategory(@Root() a: Appointment, @Ctx() ctx: RequestContext): One<AppointmentCategory> {
    return this.relations.appointmentCategory.load(ctx, a);
  }

  @FieldResolver(() => [Contact], {
    description: "The contacts linked to the appointment, by id (at most 100). Liaisons and clients see only their customers' contacts.",
  })
  contacts(@Root() a: Appointment, @Ctx() ctx: RequestContext): Contact[] | Promise<Contact[]> {
    return this.relations.contacts.load(ctx, a);
  }

  @FieldResolver(() => User, { nullable: true, description: `The employee responsible, with their reference. ${USER_VISIBILITY}` })
  user(@Root() a: Appointment, @Ctx() ctx: RequestContext): One<User> {
    return this.relations.user.load(ctx, a);
  }

  @FieldResolver(() => User, { nullable: true, description: `The photographer's user. ${USER_VISIBILITY}` })
  photographer(@Root() a: Appointment, @Ctx() ctx: RequestContext): One<User> {
    return this.relations.photographer.load(ctx, a);
  }

  @FieldResolver(() => Order, {
    nullable: true,
    description:
      "The order the appointment fulfils; null when none, or for liaisons and clients when it is not one of their customers' orders.",
  })
  order(@Root() a: Appointment, @Ctx() ctx: RequestContext): One<Order> {
    return this.relations.order.load(ctx, a);
  }
}
