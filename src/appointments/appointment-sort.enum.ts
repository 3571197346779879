import { registerEnumType } from 'type-graphql';
import { AppointmentSort, SortOrder } from './appointment.types';

export { AppointmentSort, SortOrder };

registerEnumType(AppointmentSort, {
  name: 'AppointmentSort',
  description: 'The field a list of appointments is sorted by; rows with equal values are ordered by id, in the same direction.',
  valuesConfig: {
    REFERENCE: { description: 'Appointments without a reference come first in ASC and last in DESC.' },
  },
});

registerEnumType(SortOrder, { name: 'SortOrder', description: 'Ascending or descending.' });
