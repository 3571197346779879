/** One page of a keyset connection (Relay), as the services return it to the GraphQL layer. */
export interface ConnectionPage<T> {
  edges: { node: T; readonly cursor: string }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Runs the COUNT; called only when a client selects totalCount. */
  countTotal: () => Promise<number>;
}

/**
 * The page of `rows` read after a cursor (`after`: whether there was one) with a LIMIT of
 * `first + 1`: the first `first` of them, and whether more follow. An edge's cursor (an HMAC)
 * is computed only when a client selects it.
 */
export function connectionPage<T>(
  rows: readonly T[],
  first: number,
  after: boolean,
  cursorOf: (node: T) => string,
  countTotal: () => Promise<number>,
): ConnectionPage<T> {
  const page = rows.slice(0, first);
  return {
    edges: page.map((node) => ({
      node,
      get cursor() {
        return cursorOf(node);
      },
    })),
    nodes: page,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after,
      startCursor: page.length ? cursorOf(page[0]) : null,
      endCursor: page.length ? cursorOf(page[page.length - 1]) : null,
    },
    countTotal,
  };
}
