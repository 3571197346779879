import type { AppointmentRelations } from './appointment.relations';
import type { RequestContext } from '../context/request-context';
import type { Appointment } from '../database/entities';

/** What a notification email about an appointment says (seeds/003's notification_parameters view). */
export interface NotificationFields {
  uuid: string;
  reference: string | null;
  title: string;
  startDateLocal: string | null;
  startTimeLocal: string | null;
  endDateLocal: string | null;
  endTimeLocal: string | null;
  allday: boolean;
  location: string | null;
  customerName: string | null;
  photographerName: string | null;
  confirmed: boolean;
  cancelled: boolean;
}

/**
 * The properties of the appointment that notificationParametersOf reads (its customer and
 * photographer through their pointers): a read that selects notificationParameters reads these.
 */
export const NOTIFICATION_READS = [
  'uuid',
  'reference',
  'title',
  'dateStartLocal',
  'timeStartLocal',
  'dateStopLocal',
  'timeStopLocal',
  'allday',
  'location',
  'customerId',
  'photographerName',
  'photographerUserId',
  'confirmed',
  'cancelled',
] as const satisfies readonly (keyof Appointment)[];

/**
 * What a notification email about `a` says, from the row and its relations (batched over a
 * page). Typed to NOTIFICATION_READS, so reading another property here does not compile.
 */
export async function notificationParametersOf(
  ctx: RequestContext,
  relations: AppointmentRelations,
  a: Pick<Appointment, (typeof NOTIFICATION_READS)[number]>,
): Promise<NotificationFields> {
  // The relations read only their pointers (customerId, photographerUserId), both read.
  const row = a as Appointment;
  const [customer, photographer] = await Promise.all([
    relations.customer.load(ctx, row),
    a.photographerName != null ? null : relations.photographer.load(ctx, row),
  ]);
  return {
    uuid: a.uuid,
    reference: a.reference,
    title: a.title,
    startDateLocal: a.dateStartLocal,
    startTimeLocal: a.timeStartLocal,
    endDateLocal: a.dateStopLocal,
    endTimeLocal: a.timeStopLocal,
    allday: a.allday,
    location: a.location,
    customerName: customer?.name ?? null,
    photographerName: a.photographerName ?? photographer?.name ?? null,
    confirmed: a.confirmed,
    cancelled: a.cancelled,
  };
}
