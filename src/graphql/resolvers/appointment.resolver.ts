import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context/request-context';
import { parseId } from '../../domain/ids';
import { Appointment, AppointmentCategory, Contact, Customer, Order, User } from '../../entities';
import { AppointmentService } from '../../services/appointment.service';
import { AppointmentPage } from '../types/appointment-page.type';

@Resolver(() => Appointment)
export class AppointmentResolver {
  constructor(private readonly service: AppointmentService) {}

  @Query(() => Appointment, { nullable: true, description: 'One appointment by id; null with not-found if there is none.' })
  appointment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Appointment> {
    return this.service.findById(ctx, parseId(id, 'id'));
  }

  @Query(() => AppointmentPage, { description: 'A page of appointments, with the total count.' })
  appointments(
    @Ctx() ctx: RequestContext,
    @Arg('max', () => Int, { defaultValue: 100 }) max: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
  ): Promise<AppointmentPage> {
    return this.service.list(ctx, max, offset);
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() a: Appointment, @Ctx() ctx: RequestContext): Promise<Customer | null> | null {
    return a.customerId == null ? null : ctx.loaders.customer.load(a.customerId);
  }

  @FieldResolver(() => AppointmentCategory, { nullable: true })
  appointmentCategory(@Root() a: Appointment, @Ctx() ctx: RequestContext): Promise<AppointmentCategory | null> | null {
    return a.appointmentCategoryId == null ? null : ctx.loaders.category.load(a.appointmentCategoryId);
  }

  @FieldResolver(() => [Contact])
  contacts(@Root() a: Appointment, @Ctx() ctx: RequestContext): Promise<Contact[]> {
    return ctx.loaders.contactsByAppointment.load(a.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The employee responsible, with their reference.' })
  user(@Root() a: Appointment, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return a.userId == null ? null : ctx.loaders.user.load(a.userId);
  }

  @FieldResolver(() => User, { nullable: true })
  photographer(@Root() a: Appointment, @Ctx() ctx: RequestContext): Promise<User | null> | null {
    return a.photographerUserId == null ? null : ctx.loaders.user.load(a.photographerUserId);
  }

  @FieldResolver(() => Order, { nullable: true })
  order(@Root() a: Appointment, @Ctx() ctx: RequestContext): Promise<Order | null> | null {
    return a.orderId == null ? null : ctx.loaders.order.load(a.orderId);
  }
}
