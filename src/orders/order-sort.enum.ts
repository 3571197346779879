import { registerEnumType } from 'type-graphql';
import { OrderSort } from './order.types';

export { OrderSort };

registerEnumType(OrderSort, {
  name: 'OrderSort',
  description: 'The field a list of orders is sorted by; rows with equal values are ordered by id, in the same direction.',
  valuesConfig: {
    ID: { description: 'By id.' },
    CREATED_AT: { description: 'By creation instant (createdAt); the default.' },
    LAST_UPDATED: { description: 'By last-write instant (lastUpdated).' },
    SIGNED_OFF_AT: { description: 'By last sign-off instant (signedOffAt); orders never signed off come first in ASC and last in DESC.' },
    REFERENCE: { description: 'By reference; orders without a reference come first in ASC and last in DESC.' },
  },
});
