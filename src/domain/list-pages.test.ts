import { SortKey } from './keyset-cursor';
import { keysetPage } from './list-pages';

interface Row {
  id: number;
  title: string;
}

const rows: Row[] = [1, 2, 3, 4].map((id) => ({ id, title: `T${id}` }));

/** A sort key that counts how often a cursor's key is read (once per cursor made). */
function countingKey(): { key: SortKey<Row>; reads: () => number } {
  let reads = 0;
  const key: SortKey<Row> = {
    column: 'x.title',
    kind: 'text',
    nullable: false,
    value: (row) => {
      reads++;
      return row.title;
    },
  };
  return { key, reads: () => reads };
}

const page = (key: SortKey<Row>, first: number) =>
  keysetPage<Row>({ first }, ['test'], key, { rows: async (limit) => rows.slice(0, limit), count: async () => rows.length });

describe('keyset pages', () => {
  it('make the start and end cursors at once, the edges and their cursors only when read', async () => {
    const { key, reads } = countingKey();
    const answer = await page(key, 3);
    expect(answer.nodes.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(answer.pageInfo.hasNextPage).toBe(true);
    expect(reads()).toBe(2);
    const edges = answer.edges;
    expect(answer.edges).toBe(edges);
    expect(edges.map((e) => e.node.id)).toEqual([1, 2, 3]);
    expect(reads()).toBe(2);
    expect(edges[1].cursor).toEqual(expect.any(String));
    expect(reads()).toBe(3);
    expect(edges[2].cursor).toBe(answer.pageInfo.endCursor);
    expect(await answer.countTotal()).toBe(4);
  });

  // The page's getters sit on prototypes, never on the page or an edge itself: an object with a
  // getter of its own (an object literal's `get edges()`) kept the whole page reachable from the
  // old generation until the next full collection, and every page was promoted under load
  // (bench/README.md, "Where the rest goes").
  it('hold no getter of their own, on the page or on an edge', async () => {
    const answer = await page(countingKey().key, 2);
    const ownAccessors = (o: object) =>
      Object.entries(Object.getOwnPropertyDescriptors(o))
        .filter(([, d]) => d.get || d.set)
        .map(([name]) => name);
    expect(ownAccessors(answer)).toEqual([]);
    for (const edge of answer.edges) expect(ownAccessors(edge)).toEqual([]);
  });
});
