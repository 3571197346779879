import { ASTVisitor, GraphQLError, ValidationContext } from 'graphql';
import { ErrorCode } from '../errors/error-code';

/**
 * Refuses an operation whose type the schema has no root for (a `subscription` here) at
 * validation, as graphql-js 17 does; graphql-js 16 only finds out while executing, which Apollo
 * would report as an internal error.
 */
export function knownOperationTypeRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      if (schema.getRootType(node.operation)) return;
      context.reportError(
        new GraphQLError(`This API has no ${node.operation} operations.`, {
          nodes: node,
          // Apollo replaces a validation error's `code`; `catalogCode` survives (see format-error.ts).
          extensions: { catalogCode: ErrorCode.InvalidQuery },
        }),
      );
    },
  };
}
