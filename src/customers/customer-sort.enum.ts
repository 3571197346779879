import { registerEnumType } from 'type-graphql';
import { CustomerSort } from './customer.types';

export { CustomerSort };

registerEnumType(CustomerSort, {
  name: 'CustomerSort',
  description: 'The field a list of customers is sorted by; rows with equal values are ordered by id, in the same direction.',
  valuesConfig: {
    ID: { description: 'By id; the default.' },
    NAME: { description: 'By name (under the database collation: MySQL/MariaDB ignore case, SQLite compares bytes).' },
    REFERENCE: { description: 'By reference.' },
  },
});
