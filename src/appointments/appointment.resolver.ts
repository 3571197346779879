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

@Resolver(() => Appointment)
export class AppointmentResolver {
  constructor(
    private readonly service: AppointmentService,
    private readonly relations: AppointmentRelations,
  ) {}

  @Query(() => Appointment, { nullable: true, description: 'One appointment by id; null with not-found if there is none.' })
  appointment(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('id', () => ID) id: string): Promise<Appointment> {
    return this.service.findOne(ctx, { id: parseId(id, 'id') }, appointmentFields(info, []));
  }

  @Query(() => Appointment, {
    nullable: true,
    description: 'One appointment by its external reference; null with not-found if there is none.',
  })
  appointmentByReference(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('reference', () => String) reference: string,
  ): Promise<Appointment> {
    return this.service.findOne(ctx, { reference }, appointmentFields(info, []));
  }

  @Query(() => Appointment, {
    nullable: true,
    description: "One appointment by its UUID (the Read API's _id); null with not-found if there is none.",
  })
  appointmentByUuid(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('uuid', () => String) uuid: string,
  ): Promise<Appointment> {
    return this.service.findOne(ctx, { uuid }, appointmentFields(info, []));
  }

  @Query(() => AppointmentPage, { description: 'An offset page of appointments, with the total count. max 0..1000.' })
  appointments(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => AppointmentFilter, { nullable: true }) filter: AppointmentFilter | null,
    @Arg('max', () => Int, { nullable: true, defaultValue: 100 }) max: number | null,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0 }) offset: number | null,
    @Arg('sort', () => AppointmentSort, { nullable: true, defaultValue: AppointmentSort.DATE_CREATED }) sort: AppointmentSort | null,
    @Arg('order', () => SortOrder, { nullable: true, defaultValue: SortOrder.ASC }) order: SortOrder | null,
  ): Promise<AppointmentPage> {
    // The contract's arguments are nullable with defaults: an explicit null means the default.
    return this.service.list(ctx, { filter, max, offset, sort, order }, appointmentFields(info, ['data']), {
      total: pagingNeedsTotal(selectedFieldNames(info, ['paging'])),
    });
  }

  @Query(() => AppointmentConnection, {
    description:
      'A keyset-paged connection of appointments: pass pageInfo.endCursor as `after` (with the same filter, sort and order) for the next page. first 0..1000.',
  })
  async appointmentsConnection(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => AppointmentFilter, { nullable: true }) filter: AppointmentFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('sort', () => AppointmentSort, { nullable: true, defaultValue: AppointmentSort.DATE_CREATED }) sort: AppointmentSort | null,
    @Arg('order', () => SortOrder, { nullable: true, defaultValue: SortOrder.ASC }) order: SortOrder | null,
  ): Promise<AppointmentConnection> {
    const page = await this.service.connection(
      ctx,
      { filter, first, after, sort, order },
      appointmentFields(info, ['nodes'], ['edges', 'node']),
    );
    return Object.assign(new AppointmentConnection(), page);
  }

  @FieldResolver(() => NotificationParameters, { description: 'What a notification email about the appointment says.' })
  notificationParameters(@Root() a: Appointment, @Ctx() ctx: RequestContext): Promise<NotificationParameters> {
    return notificationParametersOf(ctx, this.relations, a);
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() a: Appointment, @Ctx() ctx: RequestContext): One<Customer> {
    return this.relations.customer.load(ctx, a);
  }

  @FieldResolver(() => AppointmentCategory, { nullable: true })
  appointmentCategory(@Root() a: Appointment, @Ctx() ctx: RequestContext): One<AppointmentCategory> {
    return this.relations.appointmentCategory.load(ctx, a);
  }

  @FieldResolver(() => [Contact])
  contacts(@Root() a: Appointment, @Ctx() ctx: RequestContext): Contact[] | Promise<Contact[]> {
    return this.relations.contacts.load(ctx, a);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The employee responsible, with their reference.' })
  user(@Root() a: Appointment, @Ctx() ctx: RequestContext): One<User> {
    return this.relations.user.load(ctx, a);
  }

  @FieldResolver(() => User, { nullable: true })
  photographer(@Root() a: Appointment, @Ctx() ctx: RequestContext): One<User> {
    return this.relations.photographer.load(ctx, a);
  }

  @FieldResolver(() => Order, { nullable: true })
  order(@Root() a: Appointment, @Ctx() ctx: RequestContext): One<Order> {
    return this.relations.order.load(ctx, a);
  }
}
