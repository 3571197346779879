import type { ConnectionArgs, ConnectionPage, OffsetListArgs, OffsetPage } from '../domain/list-pages';
import type { NameFilterFields } from '../domain/named-records';
import type { Customer } from '../database/entities';
import { SortOrder } from '../domain/sort-order';

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

/** A customer list filter as a client sends it, before validation (domain/named-records.ts). */
export type CustomerFilterFields = NameFilterFields;

export type CustomerListArgs = OffsetListArgs<CustomerFilterFields, CustomerSort>;
export type CustomerConnectionArgs = ConnectionArgs<CustomerFilterFields, CustomerSort>;

export type CustomerPageResult = OffsetPage<Customer>;
export type CustomerConnectionResult = ConnectionPage<Customer>;
