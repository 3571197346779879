import { DomainError } from '../errors/domain.error';
import { parseId } from './ids';
import type { SortKey } from './keyset-cursor';

/*
 * Records listed by id, name and reference (customers, appointment categories, photographers):
 * their one filter and their three sorts, alike for every such list.
 */

/** A filter on id, reference and name as a client sends it, before validation. */
export interface NameFilterFields {
  ids?: string[] | null;
  reference?: string | null;
  name?: string | null;
}

/** A NameFilterFields after validation: what the SQL is built from. */
export interface NameCriteria {
  ids?: number[];
  /** A `*` pattern, matched byte for byte (as references compare everywhere). */
  reference?: string;
  /** A `*` pattern, matched ignoring ASCII case. */
  name?: string;
}

const MAX_IDS = 1000;
const MAX_PATTERN = 255;

/** Validates a filter argument; every fault is invalid-param (or invalid-param-type) naming `filter.<field>`. */
export function parseNameFilter(input: NameFilterFields | null | undefined): NameCriteria {
  const c: NameCriteria = {};
  if (!input) return c;
  if (input.ids != null) {
    if (input.ids.length > MAX_IDS) throw DomainError.invalidParam('filter.ids', `filter.ids holds more than ${MAX_IDS} ids`);
    c.ids = [...new Set(input.ids.map((id) => parseId(id, 'filter.ids')))].sort((x, y) => x - y);
  }
  for (const field of ['reference', 'name'] as const) {
    const value = input[field];
    if (value == null) continue;
    if (value.length > MAX_PATTERN) {
      throw DomainError.invalidParam(`filter.${field}`, `filter.${field} is longer than ${MAX_PATTERN} characters`);
    }
    c[field] = value;
  }
  return c;
}

/** The sorts of such a list; each list's own sort enum has these values. */
export type NameSort = 'ID' | 'NAME' | 'REFERENCE';

interface Named {
  id: number;
  name: string;
  reference: string;
}

/**
 * The sort keys over the columns of `alias` (ties broken by `alias`.id): each is served by an
 * index, the primary key, (name, id) or the unique reference (which has no ties to break).
 */
export function nameSortKeys<T extends Named>(alias: string): Record<NameSort, SortKey<T>> {
  return {
    ID: { column: `${alias}.id`, kind: 'id', nullable: false, value: (r) => r.id },
    NAME: { column: `${alias}.name`, kind: 'text', nullable: false, value: (r) => r.name },
    // References are unique (under the column's collation, as the order compares them).
    REFERENCE: { column: `${alias}.reference`, kind: 'text', nullable: false, unique: true, value: (r) => r.reference },
  };
}
