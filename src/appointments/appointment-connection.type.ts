import { Appointment } from '../database/entities';
import { connectionType } from '../graphql/connection.type';

/** AppointmentConnection and AppointmentEdge. */
export const AppointmentConnection = connectionType(Appointment, 'Appointment', 'appointment', 'appointments');
export type AppointmentConnection = InstanceType<typeof AppointmentConnection>;
