import type { Order } from '../database/entities';
import type { SortKey } from '../domain/keyset-cursor';
import { OrderSort } from './order.types';

/** An order sort key: its column (over the alias `o`) and how its value travels in a cursor. */
export type OrderSortKey = SortKey<Order>;

/** Each sort is served by a (column, id) index, so ORDER BY column, id reads the index in order. */
export const ORDER_SORT_KEYS: Record<OrderSort, OrderSortKey> = {
  [OrderSort.ID]: { column: 'o.id', kind: 'id', nullable: false, value: (o) => o.id },
  [OrderSort.CREATED_AT]: { column: 'o.created_at', kind: 'instant', nullable: false, value: (o) => o.createdAt.toISOString() },
  [OrderSort.LAST_UPDATED]: { column: 'o.updated_at', kind: 'instant', nullable: false, value: (o) => o.lastUpdated.toISOString() },
  [OrderSort.SIGNED_OFF_AT]: {
    column: 'o.signed_off_at',
    kind: 'instant',
    nullable: true,
    value: (o) => o.signedOffAt?.toISOString() ?? null,
  },
  [OrderSort.REFERENCE]: { column: 'o.reference', kind: 'text', nullable: true, value: (o) => o.reference },
};
