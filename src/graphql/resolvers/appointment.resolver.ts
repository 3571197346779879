import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context/request-context';
import { parseId } from '../../domain/ids';
import { Appointment, AppointmentCategory, Contact, Customer, Order, User } from '../../entities';
import { AppointmentService } from '../../services/appointment.service';
import { notificationParametersOf } from '../../services/notification-parameters';
import { AppointmentConnection } from '../types/appointment-connection.type';
import { AppointmentFilter } from '../types/appointment-filter.input';
import { AppointmentPage } from '../types/appointment-page.type';
import { pagingNeedsTotal } from '../types/paging.type';
import { AppointmentSort, SortOrder } from '../types/appointment-sort.enum';
import { NotificationParameters } from '../types/notification-parameters.type';
import { preloadAppointmentRelations, selectedFieldNames } from '../preload-relations';

/** The fields the query selects on an appointment, at each of `paths` below the current field. */
function appointmentFields(info: GraphQLResolveInfo, ...paths: string[][]): Set<string> {
  return new Set(paths.flatMap((path) => [...selectedFieldNames(info, path)]));
}

/** Loads the relations in `fields` that `rows` were not read with, then answers `result`. */
async function withRelations<T>(ctx: RequestContext, fields: ReadonlySet<string>, result: T, rows: Appointment[]): Promise<T> {
  await preloadAppointmentRelations(ctx, rows, fields);
  return result;
}

@Resolver(() => Appointment)
export class AppointmentResolver {
  constructor(private readonly service: AppointmentService) {}

  @Query(() => Appointment, { nullable: true, description: 'One appointment by id; null with not-found if there is none.' })
  async appointment(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('id', () => ID) id: string): Promise<Appointment> {
    const fields = appointmentFields(info, []);
    const row = await this.service.findById(ctx, parseId(id, 'id'), fields);
    return withRelations(ctx, fields, row, [row]);
  }

  @Query(() => Appointment, { nullable: true, description: 'One appointment by its external reference; null with not-found if there is none.' })
  async appointmentByReference(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('reference', () => String) reference: string): Promise<Appointment> {
    const fields = appointmentFields(info, []);
    const row = await this.service.findByReference(ctx, reference, fields);
    return withRelations(ctx, fields, row, [row]);
  }

  @Query(() => Appointment, { nullable: true, description: 'One appointment by its UUID (the Read API\'s _id); null with not-found if there is none.' })
  async appointmentByUuid(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('uuid', () => String) uuid: string): Promise<Appointment> {
    const fields = appointmentFields(info, []);
    const row = await this.service.findByUuid(ctx, uuid, fields);
    return withRelations(ctx, fields, row, [row]);
  }

  @Query(() => AppointmentPage, { description: 'An offset page of appointments, with the total count. max 0..1000.' })
  async appointments(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => AppointmentFilter, { nullable: true }) filter: AppointmentFilter | null,
    @Arg('max', () => Int, { nullable: true, defaultValue: 100 }) max: number | null,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0 }) offset: number | null,
    @Arg('sort', () => AppointmentSort, { nullable: true, defaultValue: AppointmentSort.DATE_CREATED }) sort: AppointmentSort | null,
    @Arg('order', () => SortOrder, { nullable: true, defaultValue: SortOrder.ASC }) order: SortOrder | null,
  ): Promise<AppointmentPage> {
    // The contract's arguments are nullable with defaults: an explicit null means the default.
    const fields = appointmentFields(info, ['data']);
    const page = await this.service.list(ctx, {
      filter, max: max ?? 100, offset: offset ?? 0, sort: sort ?? AppointmentSort.DATE_CREATED, order: order ?? SortOrder.ASC,
    }, fields, { total: pagingNeedsTotal(selectedFieldNames(info, ['paging'])) });
    return withRelations(ctx, fields, page, page.data);
  }

  @Query(() => AppointmentConnection, {
    description: 'A keyset-paged connection of appointments: pass pageInfo.endCursor as `after` (with the same filter, sort and order) for the next page. first 0..1000.',
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
    const fields = appointmentFields(info, ['nodes'], ['edges', 'node']);
    const page = await this.service.connection(ctx, {
      filter, first: first ?? 100, after, sort: sort ?? AppointmentSort.DATE_CREATED, order: order ?? SortOrder.ASC,
    }, fields);
    return withRelations(ctx, fields, page, page.nodes);
  }

  @FieldResolver(() => NotificationParameters, { description: 'What a notification email about the appointment says.' })
  notificationParameters(@Root() a: Appointment, @Ctx() ctx: RequestContext): Promise<NotificationParameters> {
    return notificationParametersOf(ctx, a);
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() a: Appointment, @Ctx() ctx: RequestContext): Customer | Promise<Customer | null> | null {
    return a.customerId == null ? null : ctx.loaders.customer.get(a.customerId);
  }

  @FieldResolver(() => AppointmentCategory, { nullable: true })
  appointmentCategory(@Root() a: Appointment, @Ctx() ctx: RequestContext): AppointmentCategory | Promise<AppointmentCategory | null> | null {
    return a.appointmentCategoryId == null ? null : ctx.loaders.category.get(a.appointmentCategoryId);
  }

  @FieldResolver(() => [Contact])
  contacts(@Root() a: Appointment, @Ctx() ctx: RequestContext): Contact[] | Promise<Contact[]> {
    return ctx.loaders.contactsByAppointment.get(a.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The employee responsible, with their reference.' })
  user(@Root() a: Appointment, @Ctx() ctx: RequestContext): User | Promise<User | null> | null {
    return a.userId == null ? null : ctx.loaders.user.get(a.userId);
  }

  @FieldResolver(() => User, { nullable: true })
  photographer(@Root() a: Appointment, @Ctx() ctx: RequestContext): User | Promise<User | null> | null {
    return a.photographerUserId == null ? null : ctx.loaders.user.get(a.photographerUserId);
  }

  @FieldResolver(() => Order, { nullable: true })
  order(@Root() a: Appointment, @Ctx() ctx: RequestContext): Order | Promise<Order | null> | null {
    return a.orderId == null ? null : ctx.loaders.order.get(a.orderId);
  }
}
