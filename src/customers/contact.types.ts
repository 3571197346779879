import type { ConnectionArgs, ConnectionPage, OffsetListArgs, OffsetPage } from '../domain/list-pages';
import type { Contact } from '../database/entities';
import { SortOrder } from '../domain/sort-order';

/*
 * The plain types contact services take and return. The GraphQL layer maps its inputs to them
 * (structurally: its input classes have these shapes) and registers the enums.
 */

export { SortOrder };

/** The orders a list of contacts can be sorted in; ties are always broken by id. */
export enum ContactSort {
  ID = 'ID',
  NAME = 'NAME',
  EMAIL = 'EMAIL',
}

/** A contact list filter as a client sends it, before validation (contact-filter.ts). */
export interface ContactFilterFields {
  ids?: string[] | null;
  customerIds?: string[] | null;
  name?: string | null;
  email?: string | null;
}

/** Which customer's contacts a list is of: one (by id, validated) or, left out, every customer the caller sees. */
export interface OfCustomer {
  customerId?: number | null;
}

export type ContactListArgs = OffsetListArgs<ContactFilterFields, ContactSort> & OfCustomer;
export type ContactConnectionArgs = ConnectionArgs<ContactFilterFields, ContactSort> & OfCustomer;

export type ContactPageResult = OffsetPage<Contact>;
export type ContactConnectionResult = ConnectionPage<Contact>;
