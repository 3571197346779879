import {
  ASTNode,
  ASTVisitor,
  FieldsOnCorrectTypeRule,
  getNamedType,
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isRequiredArgument,
  isRequiredInputField,
  KnownArgumentNamesRule,
  ProvidedRequiredArgumentsRule,
  TypeInfo,
  validate,
  ValidationContext,
  ValidationRule,
  valueFromAST,
  ValueNode,
  ValuesOfCorrectTypeRule,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { ErrorCode } from '../errors/error-code';

/*
 * graphql-js words what is wrong with a document but does not say which rule found it, so the
 * catalog code of a validation error could only be read from its message. This rule gives the
 * errors of the stock rules it answers for their catalog code and the parameter at fault, by
 * kind: it finds the same faults itself, with the schema's types (a required argument left out,
 * a literal of the wrong type, an unknown field), and pairs each with the stock rule's error on
 * the same node. Which stock rule raised an error is known by running that rule alone on the
 * document: an error both runs raise on one node is that rule's.
 */

interface Fault {
  /** The stock rule that reports this fault. */
  rule: ValidationRule;
  code: ErrorCode;
  params: string[];
  /** The catalog's wording, where it has one; otherwise the stock message stays. */
  message?: string;
}

const ANSWERED_RULES = [ProvidedRequiredArgumentsRule, KnownArgumentNamesRule, FieldsOnCorrectTypeRule, ValuesOfCorrectTypeRule];

const missing = (name: string, rule: ValidationRule): Fault => ({
  rule,
  code: ErrorCode.MissingParam,
  params: [name],
  message: `${name} parameter is missing`,
});

/** The faults of `context`'s document that the answered rules report, in their order, by the node they report on. */
function findFaults(context: ValidationContext): Map<ASTNode, Fault[]> {
  const faults = new Map<ASTNode, Fault[]>();
  const add = (node: ASTNode, fault: Fault) => faults.set(node, [...(faults.get(node) ?? []), fault]);
  const typeInfo = new TypeInfo(context.getSchema());
  // A literal of the wrong type is named by the argument it is given to (none inside a variable's default).
  const wrongType = (node: ValueNode) => {
    const argument = typeInfo.getArgument();
    add(node, { rule: ValuesOfCorrectTypeRule, code: ErrorCode.InvalidParamType, params: argument ? [argument.name] : [] });
  };
  const leaf = (node: ValueNode) => {
    const type = typeInfo.getInputType();
    if (type && valueFromAST(node, type) === undefined) wrongType(node);
  };
  visit(
    context.getDocument(),
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          if (typeInfo.getParentType() && !typeInfo.getFieldDef()) {
            add(node, { rule: FieldsOnCorrectTypeRule, code: ErrorCode.InvalidQuery, params: [node.name.value] });
          }
        },
        leave(node) {
          const provided = new Set(node.arguments?.map((a) => a.name.value));
          for (const arg of typeInfo.getFieldDef()?.args ?? []) {
            if (!provided.has(arg.name) && isRequiredArgument(arg)) add(node, missing(arg.name, ProvidedRequiredArgumentsRule));
          }
        },
      },
      Argument(node) {
        if (!typeInfo.getArgument() && (typeInfo.getFieldDef() || typeInfo.getDirective())) {
          add(node, { rule: KnownArgumentNamesRule, code: ErrorCode.InvalidQuery, params: [node.name.value] });
        }
      },
      ObjectValue(node) {
        const type = getNamedType(typeInfo.getInputType());
        if (!isInputObjectType(type)) {
          leaf(node);
          return false;
        }
        const sent = new Set(node.fields.map((f) => f.name.value));
        for (const field of Object.values(type.getFields())) {
          if (!sent.has(field.name) && isRequiredInputField(field)) add(node, missing(field.name, ValuesOfCorrectTypeRule));
        }
        return undefined;
      },
      ListValue(node) {
        // TypeInfo has already stepped into the item type: the list's own type is the parent's.
        if (isListType(getNullableType(typeInfo.getParentInputType()))) return undefined;
        leaf(node);
        return false;
      },
      NullValue(node) {
        if (isNonNullType(typeInfo.getInputType())) wrongType(node);
      },
      EnumValue: leaf,
      IntValue: leaf,
      FloatValue: leaf,
      StringValue: leaf,
      BooleanValue: leaf,
    }),
  );
  return faults;
}

/** The answered rules' own errors on the document, by node: which rule raised which message. */
function stockErrors(context: ValidationContext): Map<ASTNode, { rule: ValidationRule; message: string }[]> {
  const byNode = new Map<ASTNode, { rule: ValidationRule; message: string }[]>();
  for (const rule of ANSWERED_RULES) {
    for (const error of validate(context.getSchema(), context.getDocument(), [rule], { hideSuggestions: context.hideSuggestions })) {
      const node = error.nodes?.[0];
      if (node) byNode.set(node, [...(byNode.get(node) ?? []), { rule, message: error.message }]);
    }
  }
  return byNode;
}

/**
 * A validation rule that reports nothing itself: it gives the stock rules' errors about a
 * required argument or input field left out (`missing-param`), a literal of the wrong type
 * (`invalid-param-type`) and an unknown field or argument (`invalid-query`) their catalog code
 * and `params` in `extensions`. Documents without errors cost it nothing.
 */
export function catalogValidationRule(context: ValidationContext): ASTVisitor {
  const report = context.reportError.bind(context);
  let known: { faults: Map<ASTNode, Fault[]>; stock: Map<ASTNode, { rule: ValidationRule; message: string }[]> } | undefined;
  context.reportError = (error: GraphQLError) => {
    const node = error.nodes?.[0];
    if (!node) return report(error);
    known ??= { faults: findFaults(context), stock: stockErrors(context) };
    const rule = known.stock.get(node)?.find((s) => s.message === error.message)?.rule;
    const faults = known.faults.get(node) ?? [];
    const index = faults.findIndex((f) => f.rule === rule);
    if (!rule || index < 0) return report(error);
    // One fault per error: a field missing two arguments gets two errors, in the same order.
    const [fault] = faults.splice(index, 1);
    return report(
      new GraphQLError(fault.message ?? error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        originalError: error.originalError,
        // Apollo replaces a validation error's `code`; `catalogCode` survives (see format-error.ts).
        extensions: { ...error.extensions, catalogCode: fault.code, ...(fault.params.length ? { params: fault.params } : {}) },
      }),
    );
  };
  return {};
}
