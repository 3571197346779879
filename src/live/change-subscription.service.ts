import { assertCan } from '../accounts/permissions';
import type { AppointmentFilterFields } from '../appointments/appointment.types';
import { parseAppointmentFilter } from '../appointments/appointment-filter';
import type { RequestContext } from '../context/request-context';
import { parseId } from '../domain/ids';
import type { OrderService } from '../orders/order.service';
import type { ChangeHub } from './change-hub';
import { EventChannel } from './event-channel';
import type { AppointmentChange, LiveSubscriptions, OrderChange } from './live.types';

/**
 * Opening subscriptions: the same permissions and argument rules as the matching queries, then
 * a channel the hub feeds. Completing the subscription (or closing its socket) ends the channel,
 * which removes it from the hub.
 */
export class ChangeSubscriptionService implements LiveSubscriptions {
  constructor(
    private readonly hub: ChangeHub,
    private readonly orders: OrderService,
  ) {}

  appointmentChanges(ctx: RequestContext, filter: AppointmentFilterFields | null | undefined): AsyncIterable<AppointmentChange> {
    assertCan(ctx.actor, 'appointment:read');
    const criteria = parseAppointmentFilter(filter);
    const channel = new EventChannel<AppointmentChange>();
    channel.onClose(this.hub.watchAppointments(criteria, { actor: ctx.actor, deliver: (e) => channel.push(e) }));
    return channel;
  }

  /** As order(id): an order that does not exist or that the caller may not see is not-found. */
  async orderChanges(ctx: RequestContext, id: string): Promise<AsyncIterable<OrderChange>> {
    const orderId = parseId(id, 'id');
    await this.orders.findOne(ctx, { id: orderId });
    const channel = new EventChannel<OrderChange>();
    channel.onClose(this.hub.watchOrder(orderId, { actor: ctx.actor, deliver: (e) => channel.push(e) }));
    return channel;
  }
}
