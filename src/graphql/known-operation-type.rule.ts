import { ASTVisitor, GraphQLError, OperationDefinitionNode, OperationTypeNode, ValidationContext, ValidationRule } from 'graphql';
import { ErrorCode } from '../errors/error-code';

function refuse(context: ValidationContext, node: OperationDefinitionNode, message: string): void {
  context.reportError(
    new GraphQLError(message, {
      nodes: node,
      // Apollo replaces a validation error's `code`; `catalogCode` survives (see format-error.ts).
      extensions: { catalogCode: ErrorCode.InvalidQuery },
    }),
  );
}

/**
 * The HTTP side: refuses an operation whose type the schema has no root for at validation, as
 * graphql-js 17 does (graphql-js 16 only finds out while executing, which Apollo would report as
 * an internal error), and a subscription, which is served over the WebSocket only.
 */
export function knownOperationTypeRule(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      if (node.operation === OperationTypeNode.SUBSCRIPTION) {
        refuse(context, node, 'Subscriptions are served over WebSocket (the graphql-ws protocol) on /graphql, not over HTTP.');
      } else if (!schema.getRootType(node.operation)) {
        refuse(context, node, `This API has no ${node.operation} operations.`);
      }
    },
  };
}

/** The WebSocket side: subscriptions only; queries and mutations go over HTTP, with its limits and idempotency. */
export const subscriptionsOnlyRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation !== OperationTypeNode.SUBSCRIPTION) {
      refuse(context, node, `Over the WebSocket only subscriptions are served: send this ${node.operation} over HTTP (POST /graphql).`);
    }
  },
});
