import { registerEnumType } from 'type-graphql';
import { SortOrder } from '../domain/sort-order';

export { SortOrder };

// One SortOrder for every list of the schema.
registerEnumType(SortOrder, {
  name: 'SortOrder',
  description: 'Ascending or descending.',
  valuesConfig: {
    ASC: { description: 'Smallest first (earliest instant, lowest id); the default.' },
    DESC: { description: 'Largest first.' },
  },
});
