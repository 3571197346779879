import { registerNameSort } from '../graphql/name-sort.enum';
import { CustomerSort } from './customer.types';

export { CustomerSort };

registerNameSort(CustomerSort, 'CustomerSort', 'customers');
