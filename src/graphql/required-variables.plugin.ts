import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLInputField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isRequiredInputField,
  OperationDefinitionNode,
  typeFromAST,
} from 'graphql';
import { ERROR_CATALOG, ErrorCode } from '../errors/error-code';

/*
 * graphql-js coerces variables with one kind of error for every fault (`Variable "$input" got
 * invalid value ...`), so a required variable or input field left out could only be told from a
 * wrong type by its message. This looks for what is left out, by the operation's variable
 * types, before execution; what graphql-js still refuses is then a type error
 * (invalid-param-type, see format-error.ts), with either executor.
 */

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields of an input type that can be missing or hold a missing field, in order: the
 * required ones and those of input object types; an optional scalar or enum never is. Listed
 * once per type: walking every field of an update's input on every request was 1.4% of its CPU.
 */
const fieldLists = new WeakMap<GraphQLInputObjectType, GraphQLInputField[]>();
function fieldsToCheck(type: GraphQLInputObjectType): GraphQLInputField[] {
  let fields = fieldLists.get(type);
  if (!fields) {
    fields = Object.values(type.getFields()).filter((f) => isRequiredInputField(f) || isInputObjectType(getNamedType(f.type)));
    fieldLists.set(type, fields);
  }
  return fields;
}

/** The first required input field left out of `value`, depth first in field order (as graphql-js reports them), or null. */
function firstMissingField(value: unknown, type: GraphQLInputType): string | null {
  if (value == null) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const found = firstMissingField(item, nullable.ofType);
      if (found) return found;
    }
  } else if (isInputObjectType(nullable) && isObject(value)) {
    for (const field of fieldsToCheck(nullable)) {
      const found =
        value[field.name] === undefined
          ? isRequiredInputField(field)
            ? field.name
            : null
          : firstMissingField(value[field.name], field.type);
      if (found) return found;
    }
  }
  return null;
}

/** The first required variable, or required input field inside a variable, that `variables` leave out; null when none is. */
export function firstMissingInput(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): string | null {
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue; // An unknown type is the validation's to report.
    const name = definition.variable.name.value;
    if (variables[name] === undefined) {
      if (isNonNullType(type) && !definition.defaultValue) return name;
      continue;
    }
    const found = firstMissingField(variables[name], type);
    if (found) return found;
  }
  return null;
}

/** Refuses an operation whose variables leave out a required variable or input field: `missing-param` naming it, before execution. */
export function requiredVariablesPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  // One listener for every request: it keeps nothing of its own.
  const listener: GraphQLRequestListener<BaseContext> = {
    async didResolveOperation({ request, operation }) {
      const name = operation && firstMissingInput(schema, operation, request.variables ?? {});
      if (!name) return;
      const code = ErrorCode.MissingParam;
      throw new GraphQLError(`${name} parameter is missing`, {
        extensions: { code, catalogCode: code, params: [name], http: { status: ERROR_CATALOG[code].status } },
      });
    },
  };
  return { requestDidStart: async () => listener };
}
