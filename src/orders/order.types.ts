import { SortOrder } from '../domain/sort-order';
import type { DateTimeRangeFields } from '../domain/filter-fields';
import type { ConnectionArgs, ConnectionPage, OffsetListArgs, OffsetPage } from '../domain/list-pages';
import type { Order } from '../database/entities';

/*
 * The plain types order services take and return. The GraphQL layer maps its inputs to them
 * (structurally: its input classes have these shapes) and registers the enums.
 */

export { SortOrder };

/** The statuses an order has: open until its first sign-off, then signed_off. */
export const ORDER_STATUSES = ['open', 'signed_off'] as const;

/** The orders a list of orders can be sorted in; ties are always broken by id. */
export enum OrderSort {
  ID = 'ID',
  CREATED_AT = 'CREATED_AT',
  LAST_UPDATED = 'LAST_UPDATED',
  SIGNED_OFF_AT = 'SIGNED_OFF_AT',
  REFERENCE = 'REFERENCE',
}

/** An order list filter as a client sends it, before validation (order-filter.ts). */
export interface OrderFilterFields {
  ids?: string[] | null;
  customerId?: string | null;
  customerIds?: string[] | null;
  customerReference?: string | null;
  reference?: string | null;
  status?: string[] | null;
  signedOff?: boolean | null;
  createdAt?: DateTimeRangeFields | null;
  lastUpdated?: DateTimeRangeFields | null;
  signedOffAt?: DateTimeRangeFields | null;
}

/** The arguments of an offset page of orders; null stands for the default, as an omitted argument does. */
export type OrderListArgs = OffsetListArgs<OrderFilterFields, OrderSort>;

/** The arguments of a keyset page of orders. */
export type OrderConnectionArgs = ConnectionArgs<OrderFilterFields, OrderSort>;

export type OrderPageResult = OffsetPage<Order>;

export type OrderConnectionResult = ConnectionPage<Order>;
