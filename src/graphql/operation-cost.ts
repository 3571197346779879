import {
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLIncludeDirective,
  GraphQLNamedType,
  GraphQLSchema,
  GraphQLSkipDirective,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionNode,
  SelectionSetNode,
} from 'graphql';
import { RELATION_LIST_CAP } from './list-bounds';
import type { Work } from './operation-shape';

/** An operation the estimate cannot price; the caller refuses it. */
export class UnpricedOperation extends Error {}

/** The arguments that bound a list's size, in the order they are looked for. */
const SIZE_ARGUMENTS = ['max', 'first'];

/**
 * The rows a field with a size argument asks for: the argument as the operation gives it
 * (literal, variable or the schema's default); null means the default, as the services read it.
 */
function sizeOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number | undefined {
  const arg = field.args.find((a) => SIZE_ARGUMENTS.includes(a.name));
  if (!arg) return undefined;
  const value = getArgumentValues(field, node, variables)[arg.name];
  const size = typeof value === 'number' ? value : typeof arg.defaultValue === 'number' ? arg.defaultValue : RELATION_LIST_CAP;
  // A page of 0 rows is still priced as one: its items' cost must never vanish from the estimate.
  return Math.max(size, 1);
}

/** `@skip`/`@include`, read with the operation's variables as execution will read them. */
function included(node: SelectionNode, variables: Record<string, unknown>): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/**
 * The estimated cost of `operation`: every field costs 1 and a list of objects costs 1 plus
 * its size times its items' cost; introspection fields are free. A list's size is the `max` or
 * `first` of the field that asks for it (a page: its `data`, `edges` and `nodes` are that many),
 * else RELATION_LIST_CAP, the most a to-many relation answers per parent. Lists are found by
 * their type in `schema`, so a relation added later is priced without a list kept by hand.
 * Each fragment is priced once per page size it is spread under, and that number reused per
 * spread, so the work is linear in the document whatever its fragments expand to.
 * `variables` must be coerced already (getVariableValues). Throws UnpricedOperation when the
 * document does not match the schema or the sum is not a finite number.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  work?: Work,
): number {
  const known = new Map<string, number>();
  const walking = new Set<string>();

  const fragmentCost = (name: string, pageSize: number | undefined): number => {
    const key = `${name}\u0000${pageSize ?? ''}`;
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    if (!type || walking.has(key)) throw new UnpricedOperation(`fragment ${name} cannot be priced`);
    walking.add(key);
    const cost = setCost(fragment.selectionSet, type, pageSize);
    walking.delete(key);
    known.set(key, cost);
    return cost;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLNamedType, pageSize: number | undefined): number => {
    if (node.name.value.startsWith('__')) return 0;
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    if (!field) throw new UnpricedOperation(`${parent.name}.${node.name.value} is not in the schema`);
    const type = getNamedType(field.type);
    const size = sizeOf(field, node, variables);
    if (isListType(getNullableType(field.type)) && isCompositeType(type)) {
      const items = node.selectionSet ? setCost(node.selectionSet, type, undefined) : 0;
      return 1 + (size ?? pageSize ?? RELATION_LIST_CAP) * items;
    }
    // A field with a size that is not itself a list is a page: the lists directly in it are its rows.
    return 1 + (node.selectionSet ? setCost(node.selectionSet, type, size) : 0);
  };

  const setCost = (set: SelectionSetNode, parent: GraphQLNamedType, pageSize: number | undefined): number => {
    let cost = 0;
    for (const sel of set.selections) {
      if (work) work.visits += 1;
      if (!included(sel, variables)) continue;
      if (sel.kind === Kind.FIELD) {
        cost += fieldCost(sel, parent, pageSize);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (!type) throw new UnpricedOperation(`type ${sel.typeCondition?.name.value} is not in the schema`);
        cost += setCost(sel.selectionSet, type, pageSize);
      } else {
        cost += fragmentCost(sel.name.value, pageSize);
      }
    }
    return cost;
  };

  const root = schema.getRootType(operation.operation);
  if (!root) throw new UnpricedOperation(`the schema has no ${operation.operation} type`);
  const cost = setCost(operation.selectionSet, root, undefined);
  if (!Number.isFinite(cost) || cost < 0) throw new UnpricedOperation(`the estimate came to ${cost}`);
  return cost;
}
