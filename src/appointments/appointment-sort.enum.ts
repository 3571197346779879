import { registerEnumType } from 'type-graphql';
import { SortOrder } from '../graphql/sort-order.enum';
import { AppointmentSort } from './appointment.types';

export { AppointmentSort, SortOrder };

registerEnumType(AppointmentSort, {
  name: 'AppointmentSort',
  description: 'The field a list of appointments is sorted by; rows with equal values are ordered by id, in the same direction.',
  valuesConfig: {
    ID: { description: 'By id.' },
    DATE_CREATED: { description: 'By creation instant (dateCreated); the default.' },
    LAST_UPDATED: { description: 'By last-write instant (lastUpdated).' },
    START_DATE: { description: 'By start instant (startDate).' },
    END_DATE: { description: 'By end instant (endDate).' },
    TITLE: { description: 'By title.' },
    REFERENCE: { description: 'Appointments without a reference come first in ASC and last in DESC.' },
  },
});
