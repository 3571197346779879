import type { Contact } from '../database/entities';
import type { SortKey } from '../domain/keyset-cursor';
import { ContactSort } from './contact.types';

/**
 * The sort keys over the contact statements' alias `x` (ties broken by x.id): each is served by
 * a (column, id) index, and by (customer_id, column, id) for one customer's contacts.
 */
export const CONTACT_SORT_KEYS: Record<ContactSort, SortKey<Contact>> = {
  [ContactSort.ID]: { column: 'x.id', kind: 'id', nullable: false, value: (c) => c.id },
  [ContactSort.NAME]: { column: 'x.name', kind: 'text', nullable: false, value: (c) => c.name },
  [ContactSort.EMAIL]: { column: 'x.email', kind: 'text', nullable: true, value: (c) => c.email },
};
