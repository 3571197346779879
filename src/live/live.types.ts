import type { Appointment, Order } from '../database/entities';
import type { AppointmentFilterFields } from '../appointments/appointment.types';
import type { RequestContext } from '../context/request-context';
import type { ChangeKind } from './change.types';

/*
 * What a subscriber is handed for one change: the plain events the subscription resolvers
 * answer with, and the per-connection side of a subscription's context.
 */

/** One change of one appointment, as a subscriber of appointmentChanged receives it. */
export interface AppointmentChange {
  kind: ChangeKind;
  id: number;
  /** The stamp this change wrote; null for a deletion. */
  updatedAtMt: string | null;
  changedAt: Date;
  /** The row as it is when the event is delivered (it may already carry a later change); null for a deletion. */
  appointment: Appointment | null;
}

/** One change of one order, as a subscriber of orderChanged receives it. */
export interface OrderChange {
  kind: ChangeKind;
  id: number;
  /** The stamp this change wrote; null for a deletion. */
  updatedAt: string | null;
  changedAt: Date;
  /** The order as it is when the event is delivered; null for a deletion. */
  order: Order | null;
}

/** The subscriptions a socket's operations may open (the subscription resolvers reach them through the context). */
export interface LiveSubscriptions {
  appointmentChanges(ctx: RequestContext, filter: AppointmentFilterFields | null | undefined): AsyncIterable<AppointmentChange>;
  orderChanges(ctx: RequestContext, id: string): Promise<AsyncIterable<OrderChange>>;
}

/** The context of an operation sent over the WebSocket: a request context plus the subscriptions. */
export interface LiveContext extends RequestContext {
  live: LiveSubscriptions;
}
