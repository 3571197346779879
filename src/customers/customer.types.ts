import type { Paging } from '../domain/paging';
import type { Contact, Customer } from '../database/entities';
import { SortOrder } from '../appointments/appointment.types';

/*
 * The plain types customer services take and return. The GraphQL layer maps its inputs to them
 * (structurally: its input classes have these shapes) and registers the enums.
 */

export { SortOrder };

/** The orders a list of customers can be sorted in; ties are always broken by id. */
export enum CustomerSort {
  ID = 'ID',
  NAME = 'NAME',
  REFERENCE = 'REFERENCE',
}

/** A customer list filter as a client sends it, before validation (customer-filter.ts). */
export interface CustomerFilterFields {
  ids?: string[] | null;
  reference?: string | null;
  name?: string | null;
}

/** The arguments of an offset page of customers; null stands for the default, as an omitted argument does. */
export interface CustomerListArgs {
  filter?: CustomerFilterFields | null;
  max?: number | null;
  offset?: number | null;
  sort?: CustomerSort | null;
  order?: SortOrder | null;
}

/** The arguments of an offset page of one customer's contacts. */
export interface ContactListArgs {
  customerId: number;
  max?: number | null;
  offset?: number | null;
}

export interface CustomerPageResult {
  paging: Paging;
  data: Customer[];
}

export interface ContactPageResult {
  paging: Paging;
  data: Contact[];
}
