import { registerEnumType } from 'type-graphql';
import { ContactSort } from './contact.types';

export { ContactSort };

registerEnumType(ContactSort, {
  name: 'ContactSort',
  description: 'The field a list of contacts is sorted by; rows with equal values are ordered by id, in the same direction.',
  valuesConfig: {
    ID: { description: 'By id.' },
    NAME: { description: 'By name (under the database collation: MySQL/MariaDB ignore case, SQLite compares bytes); the default.' },
    EMAIL: { description: 'By email address (collated as names are); contacts without one come first in ASC and last in DESC.' },
  },
});
