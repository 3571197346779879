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
