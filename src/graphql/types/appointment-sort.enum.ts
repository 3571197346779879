import { registerEnumType } from 'type-graphql';

/** The orders a list of appointments can be sorted in; ties are always broken by id. */
export enum AppointmentSort {
  ID = 'ID',
  DATE_CREATED = 'DATE_CREATED',
  LAST_UPDATED = 'LAST_UPDATED',
  START_DATE = 'START_DATE',
  END_DATE = 'END_DATE',
  TITLE = 'TITLE',
  REFERENCE = 'REFERENCE',
}

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(AppointmentSort, {
  name: 'AppointmentSort',
  description: 'The field a list of appointments is sorted by; rows with equal values are ordered by id, in the same direction.',
  valuesConfig: {
    REFERENCE: { description: 'Appointments without a reference come first in ASC and last in DESC.' },
  },
});

registerEnumType(SortOrder, { name: 'SortOrder', description: 'Ascending or descending.' });
