import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import {
  ArgumentNode,
  ASTVisitor,
  DocumentNode,
  FragmentDefinitionNode,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  ValidationContext,
  ValidationRule,
  visit,
} from 'graphql';
import { ERROR_CATALOG, ErrorCode } from '../errors/error-code';
import { operationCost } from './operation-cost';
import { shapeOf } from './operation-shape';
import { markVariablesChecked } from './checked-variables';

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

/** The document's fragments by name. */
function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  return fragments;
}

/**
 * A validation rule refusing operations deeper than `maxDepth`, with more than `maxAliases`
 * aliases, or with more fields once their fragments are spread than `maxTokens`: fragments may
 * shorten a document, never make it larger than the parser would have read written out. The
 * walk measures each fragment once (shapeOf), so a chain of fragments each spreading the next
 * twice is refused in time linear in its text.
 */
export function depthAndAliasRule(limits: Pick<QueryLimits, 'maxDepth' | 'maxAliases' | 'maxTokens'>): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context.getDocument());
    return {
      OperationDefinition(op) {
        const { depth, aliases, fields } = shapeOf(op, fragments);
        if (depth > limits.maxDepth) {
          context.reportError(tooComplex(`The operation is ${depth} levels deep; the limit is ${limits.maxDepth}.`));
        }
        if (aliases > limits.maxAliases) {
          context.reportError(tooComplex(`The operation has ${aliases} aliases; the limit is ${limits.maxAliases}.`));
        }
        if (fields > limits.maxTokens) {
          context.reportError(
            tooComplex(`The operation expands to ${fields} fields once its fragments are spread; the limit is ${limits.maxTokens}.`),
          );
        }
      },
    };
  };
}

/** The variables an operation's cost can depend on: those given to `max`/`first` and to directives (`@include(if:)`). */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (args: readonly ArgumentNode[] | undefined) => {
    for (const arg of args ?? [])
      visit(arg.value, {
        Variable: (v) => {
          names.add(v.name.value);
        },
      });
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
 * The estimated cost of an operation (operationCost), with its variables coerced as execution
 * would: variables that do not coerce throw graphql-js's own error for them (invalid-param-type,
 * missing-param), and an operation the estimate cannot price throws query-too-complex: nothing
 * runs unpriced. A cost is remembered per document (the document store hands out the same object
 * for the same text) and per value of the variables it can depend on: a look-up by id is
 * estimated once, not per id.
 */
export function costEstimator(schema: GraphQLSchema): (
  document: DocumentNode,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown>,
  /** The variables coerced already (direct reads did): not coerced again. */
  coerced?: Record<string, unknown>,
) => number {
  const known = new WeakMap<
    DocumentNode,
    { variables: string[]; fragments: Map<string, FragmentDefinitionNode>; costs: Map<string, number> }
  >();
  return (document, operation, inputs, given) => {
    let entry = known.get(document);
    if (!entry) known.set(document, (entry = { variables: costVariables(document), fragments: fragmentsOf(document), costs: new Map() }));
    let variables = given;
    if (!variables) {
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], inputs, { maxErrors: 1 });
      if (coerced.errors) throw badVariable(coerced.errors[0]);
      variables = coerced.coerced;
    }
    const key = `${operation.name?.value ?? ''}\u0000${JSON.stringify(entry.variables.map((v) => variables[v] ?? null))}`;
    const cached = entry.costs.get(key);
    if (cached !== undefined) return cached;
    let cost: number;
    try {
      cost = operationCost(schema, operation, entry.fragments, variables);
    } catch {
      throw tooComplex("The operation's cost cannot be estimated, so it is not run.");
    }
    if (entry.costs.size >= COSTS_PER_DOCUMENT) entry.costs.clear();
    entry.costs.set(key, cost);
    return cost;
  };
}

/** The refusal of an operation costlier than `maxCost`. */
export function tooCostly(cost: number, maxCost: number): GraphQLError {
  return tooComplex(`The operation's estimated cost is ${cost}; the limit is ${maxCost}. Ask for fewer rows or fields.`);
}

/**
 * Refuses operations whose estimated cost (costEstimator) is over `maxCost`. It runs once the
 * operation is resolved, because `max`/`first` often come from variables.
 */
export function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  const estimate = costEstimator(schema);
  // One listener for every request: it keeps nothing of its own.
  const listener: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation({ request, document, operation, contextValue }) {
      // No operation picked (several, no operationName): the executor refuses it unrun.
      if (!operation) return;
      const cost = estimate(document, operation, request.variables ?? {});
      // The estimate coerced the variables (it throws when they do not coerce): the executor need not again.
      markVariablesChecked(contextValue);
      if (cost > maxCost) throw tooCostly(cost, maxCost);
    },
  };
  return { requestDidStart: async () => listener };
}

/** A variable coercion error as Apollo reports one from execution, so formatError gives it the same catalog code. */
function badVariable(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT' } });
}
