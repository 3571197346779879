import { nameFilterInput } from '../graphql/name-filter.input';

export const CustomerFilter = nameFilterInput('CustomerFilter', 'customer', 'customers');
export type CustomerFilter = InstanceType<typeof CustomerFilter>;
