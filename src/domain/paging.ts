import { DomainError } from '../errors/domain.error';

/** The largest page a list or connection answers (`max`, `first`). */
export const MAX_PAGE_SIZE = 1000;
/** The page size when the client leaves it out (or sends null). */
export const DEFAULT_PAGE_SIZE = 100;

/** Where an offset page sits in the whole result. */
export interface Paging {
  total: number;
  max: number;
  offset: number;
  previousOffset: number | null;
  nextOffset: number | null;
}

/**
 * Previous/next offsets of a page, as the seed's `previous`/`next` links were. `total` null:
 * not counted, because the query selects neither `total` nor `nextOffset` (the COUNT is most of
 * a deep page's time); reading either then is a bug, and fails loudly rather than answer 0.
 */
export function pagingOf(total: number | null, max: number, offset: number): Paging {
  const previousOffset = offset > 0 && max > 0 ? Math.max(0, offset - max) : null;
  if (total === null) {
    const uncounted = (): never => {
      throw new Error('paging.total was not counted for this query');
    };
    return {
      max,
      offset,
      previousOffset,
      get total() {
        return uncounted();
      },
      get nextOffset() {
        return uncounted();
      },
    };
  }
  return { total, max, offset, previousOffset, nextOffset: max > 0 && offset + max < total ? offset + max : null };
}

/** Whether a selection on Paging needs the COUNT. */
export function pagingNeedsTotal(fields: ReadonlySet<string>): boolean {
  return fields.has('total') || fields.has('nextOffset');
}

/** A page size argument (`max`, `first`): null is the default; outside 0..MAX_PAGE_SIZE is invalid-param naming `param`. */
export function pageSize(value: number | null | undefined, param: string): number {
  const size = value ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw DomainError.invalidParam(param, `${param} must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

/** An offset page's `max` and `offset` (null: the defaults); a negative offset is invalid-param. */
export function pageBounds(args: { max?: number | null; offset?: number | null }): { max: number; offset: number } {
  const max = pageSize(args.max, 'max');
  const offset = args.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw DomainError.invalidParam('offset', 'offset must not be negative');
  return { max, offset };
}
