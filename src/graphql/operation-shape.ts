import { FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';

/** What an operation looks like once its fragments are spread. */
export interface Shape {
  /** The deepest field selection (introspection fields are free). */
  depth: number;
  aliases: number;
  /** Every field selected, introspection included, counting a fragment once per spread. */
  fields: number;
}

/** Counts the selections a walk visits, so tests can check that the work stays linear in the document. */
export interface Work {
  visits: number;
}

const EMPTY: Shape = { depth: 0, aliases: 0, fields: 0 };

/**
 * The shape of `operation` with its fragments spread. Each fragment is walked once and its
 * shape remembered by name, then added per spread as numbers: a fragment spread twice by a
 * fragment spread twice (and so on) costs a visit per selection written, not per copy, where
 * a walk that expanded fragments would double its work with every link of the chain.
 * A fragment cycle (the NoFragmentCycles rule reports it) ends the walk there.
 */
export function shapeOf(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, work?: Work): Shape {
  const known = new Map<string, Shape>();
  const walking = new Set<string>();

  const fragmentShape = (name: string): Shape => {
    const cached = known.get(name);
    if (cached) return cached;
    const fragment = fragments.get(name);
    if (!fragment || walking.has(name)) return EMPTY;
    walking.add(name);
    const shape = setShape(fragment.selectionSet);
    walking.delete(name);
    known.set(name, shape);
    return shape;
  };

  const setShape = (set: SelectionSetNode): Shape => {
    let depth = 0;
    let aliases = 0;
    let fields = 0;
    for (const sel of set.selections) {
      if (work) work.visits += 1;
      let inner: Shape;
      if (sel.kind === Kind.FIELD) {
        const below = sel.selectionSet ? setShape(sel.selectionSet) : EMPTY;
        const free = sel.name.value.startsWith('__');
        inner = {
          depth: free ? 0 : below.depth + 1,
          aliases: below.aliases + (sel.alias ? 1 : 0),
          fields: below.fields + 1,
        };
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        inner = setShape(sel.selectionSet);
      } else {
        inner = fragmentShape(sel.name.value);
      }
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
      fields += inner.fields;
    }
    return { depth, aliases, fields };
  };

  return setShape(operation.selectionSet);
}
