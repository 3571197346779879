import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  DocumentNode,
  ExecutionResult,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  Kind,
  valueFromASTUntyped,
  VariableDefinitionNode,
} from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { variablesChecked } from './checked-variables';

/*
 * Executes operations with graphql-jit instead of graphql-js: each operation is compiled once
 * into a function specialised to its selection, then run per request. A page of 100
 * appointments spent about a third of the gateway's CPU time in graphql-js's generic executor
 * (`getArgumentValues`, `executeField`, `completeValue` for every field of every row; see
 * bench/README.md); the compiled query skips that interpretation.
 *
 * It plugs in through Apollo Server's gateway interface, the one place Apollo lets another
 * executor run: parsing, validation, the document cache, plugins, formatError and the HTTP
 * answer all stay Apollo's.
 *
 * Variables are checked by graphql-js first (by the cost limit plugin, which coerces them for its
 * estimate, or here when it did not), so a bad variable is answered exactly as before
 * (graphql-jit words its errors differently and names an input object's field as if it were a
 * variable), and graphql-jit is handed the defaults of non-null variables, which it would
 * otherwise report as missing (`$reference: String! = "A1"`).
 */

interface Prepared {
  compiled: CompiledQuery | ExecutionResult;
  variables: readonly VariableDefinitionNode[];
  /** The default of each non-null variable that has one, as the client would have sent it. */
  nonNullDefaults: [string, unknown][];
}

/** Compiled operations by document (Apollo's document store hands out the same object for the same query text) and operation name. */
class CompiledOperations {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, Prepared>>();

  constructor(private readonly schema: GraphQLSchema) {}

  get(document: DocumentNode, operationName: string | undefined): Prepared {
    let byName = this.byDocument.get(document);
    if (!byName) this.byDocument.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let prepared = byName.get(key);
    if (!prepared) {
      const variables = getOperationAST(document, operationName)?.variableDefinitions ?? [];
      prepared = {
        // Stack capture on resolver errors stays on: an unexpected error is logged with its stack.
        compiled: compileQuery(this.schema, document, operationName),
        variables,
        nonNullDefaults: variables
          .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && v.defaultValue)
          .map((v) => [v.variable.name.value, valueFromASTUntyped(v.defaultValue!)]),
      };
      byName.set(key, prepared);
    }
    return prepared;
  }
}

/**
 * graphql-jit's errors are its own GraphQLError subclass, without `extensions` when the cause
 * has none; Apollo and formatError expect graphql-js's.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  // The locations graphql-jit computed (graphql-js would derive the same from the nodes).
  (copy as { locations?: unknown }).locations = error.locations;
  return copy;
}

async function normalized(result: ExecutionResult | Promise<ExecutionResult>): Promise<ExecutionResult> {
  const settled = await result;
  return settled.errors ? { ...settled, errors: settled.errors.map(asGraphQLJsError) } : settled;
}

/** The gateway Apollo Server is given instead of a schema: it serves `schema` and executes with graphql-jit. */
export function jitExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  const operations = new CompiledOperations(schema);
  const executor: GatewayExecutor = async ({ document, request, context }) => {
    const { compiled, variables, nonNullDefaults } = operations.get(document, request.operationName ?? undefined);
    if (!isCompiledQuery(compiled)) return normalized(compiled);
    let inputs = request.variables ?? {};
    if (variables.length) {
      if (!variablesChecked(context)) {
        const coerced = getVariableValues(schema, variables, inputs, { maxErrors: 50 });
        if (coerced.errors) return { errors: coerced.errors };
      }
      const missing = nonNullDefaults.filter(([name]) => inputs[name] === undefined);
      if (missing.length) inputs = { ...inputs, ...Object.fromEntries(missing) };
    }
    return normalized(compiled.query(undefined, context, inputs));
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}
