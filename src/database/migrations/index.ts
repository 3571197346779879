import { InitialSchema1763769600000 } from './1763769600000-initial-schema';
import { QueryIndexes1763856000000 } from './1763856000000-query-indexes';
import { IdempotencyKeys1764460800000 } from './1764460800000-idempotency-keys';
import { ExactValues1764633600000 } from './1764633600000-exact-values';
import { PhotographerBusyIndex1764720000000 } from './1764720000000-photographer-busy-index';
import { RowChanges1764806400000 } from './1764806400000-row-changes';
import { OrderListIndexes1764806400100 } from './1764806400100-order-list-indexes';
import { CatalogIndexes1764806400200 } from './1764806400200-catalog-indexes';
import { ContactListIndexes1764806400300 } from './1764806400300-contact-list-indexes';

/** Every migration, in order. Listed (not globbed) so the same list works from ts and from dist. */
export const MIGRATIONS = [
  InitialSchema1763769600000,
  QueryIndexes1763856000000,
  IdempotencyKeys1764460800000,
  ExactValues1764633600000,
  PhotographerBusyIndex1764720000000,
  RowChanges1764806400000,
  OrderListIndexes1764806400100,
  CatalogIndexes1764806400200,
  ContactListIndexes1764806400300,
];
