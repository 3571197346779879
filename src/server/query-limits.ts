import type { ApolloServerPlugin } from '@apollo/server';
import {
  ArgumentNode, ASTVisitor, DocumentNode, FieldNode, FragmentDefinitionNode, GraphQLError, GraphQLSchema, Kind, SelectionSetNode,
  ValidationContext, ValidationRule, visit,
} from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ERROR_CATALOG, ErrorCode } from '../errors/error-code';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
}

/** A request refused by a limit: `query-too-complex`, raised before anything touches the database. */
export function tooComplex(message: string): GraphQLError {
  const code = ErrorCode.QueryTooComplex;
  // Apollo replaces a validation error's `code` with its own; `catalogCode` survives that.
  return new GraphQLError(message, { extensions: { code, catalogCode: code, http: { status: ERROR_CATALOG[code].status } } });
}

interface Shape {
  depth: number;
  aliases: number;
}

/** Depth and alias count of a selection set, following fragment spreads (introspection fields are free). */
function shapeOf(
  set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>,
): Shape {
  let depth = 0;
  let aliases = 0;
  for (const sel of set.selections) {
    let inner: Shape = { depth: 0, aliases: 0 };
    if (sel.kind === Kind.FIELD) {
      const field = sel as FieldNode;
      if (field.name.value.startsWith('__')) continue;
      if (field.alias) aliases += 1;
      inner = field.selectionSet ? shapeOf(field.selectionSet, fragments, seen) : inner;
      inner = { depth: inner.depth + 1, aliases: inner.aliases };
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      inner = shapeOf(sel.selectionSet, fragments, seen);
    } else {
      const name = sel.name.value;
      const fragment = fragments.get(name);
      // A cycle is the NoFragmentCycles rule's to report; here it just ends the walk.
      if (!fragment || seen.has(name)) continue;
      inner = shapeOf(fragment.selectionSet, fragments, new Set(seen).add(name));
    }
    depth = Math.max(depth, inner.depth);
    aliases += inner.aliases;
  }
  return { depth, aliases };
}

/** A validation rule refusing operations deeper than `maxDepth` or with more than `maxAliases` aliases. */
export function depthAndAliasRule(limits: Pick<QueryLimits, 'maxDepth' | 'maxAliases'>): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    return {
      OperationDefinition(op) {
        const { depth, aliases } = shapeOf(op.selectionSet, fragments, new Set());
        if (depth > limits.maxDepth) {
          context.reportError(tooComplex(`The operation is ${depth} levels deep; the limit is ${limits.maxDepth}.`));
        }
        if (aliases > limits.maxAliases) {
          context.reportError(tooComplex(`The operation has ${aliases} aliases; the limit is ${limits.maxAliases}.`));
        }
      },
    };
  };
}

/** Lists cost what they may return: `max`/`first` (default 100) times their items' cost. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = typeof args.max === 'number' ? args.max : typeof args.first === 'number' ? args.first : undefined;
  if (size === undefined) return undefined;
  return 1 + Math.max(size, 1) * childComplexity;
};

/** The variables an operation's cost can depend on: those given to `max`/`first` and to directives (`@include(if:)`). */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (args: readonly ArgumentNode[] | undefined) => {
    for (const arg of args ?? []) visit(arg.value, { Variable: (v) => { names.add(v.name.value); } });
  };
  visit(document, {
    Field: (node) => collect(node.arguments?.filter((a) => a.name.value === 'max' || a.name.value === 'first')),
    Directive: (node) => collect(node.arguments),
  });
  return [...names].sort();
}

/** How many costs are remembered per document (one per distinct value of its cost variables). */
const COSTS_PER_DOCUMENT = 64;

/**
 * Refuses operations whose estimated cost is over `maxCost`. It runs once the operation is
 * resolved, because `max`/`first` often come from variables. Estimating walks the whole
 * document with type information (about 5% of a look-up's CPU time), so a cost is remembered
 * per document (the document store hands out the same object for the same text) and per
 * value of the variables it can depend on: a look-up by id is estimated once, not per id.
 */
export function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  const known = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();
  const estimate = (document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number | null => {
    let entry = known.get(document);
    if (!entry) known.set(document, (entry = { variables: costVariables(document), costs: new Map() }));
    const key = `${operationName ?? ''}\u0000${JSON.stringify(entry.variables.map((v) => variables[v] ?? null))}`;
    const cached = entry.costs.get(key);
    if (cached !== undefined) return cached;
    let cost: number;
    try {
      cost = getComplexity({
        schema, query: document, variables, operationName,
        estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
      });
    } catch {
      return null; // Bad variables: execution reports them with their own code.
    }
    if (entry.costs.size >= COSTS_PER_DOCUMENT) entry.costs.clear();
    entry.costs.set(key, cost);
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = estimate(document, request.variables ?? {}, request.operationName ?? undefined);
          if (cost !== null && cost > maxCost) {
            throw tooComplex(`The operation's estimated cost is ${cost}; the limit is ${maxCost}. Ask for fewer rows or fields.`);
          }
        },
      };
    },
  };
}
