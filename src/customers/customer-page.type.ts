import { Customer } from '../database/entities';
import { connectionType } from '../graphql/connection.type';
import { offsetPageType } from '../graphql/paging.type';

export const CustomerPage = offsetPageType(Customer, 'Customer', 'customers');
export type CustomerPage = InstanceType<typeof CustomerPage>;

export const CustomerConnection = connectionType(Customer, 'Customer', 'customer', 'customers');
export type CustomerConnection = InstanceType<typeof CustomerConnection>;
