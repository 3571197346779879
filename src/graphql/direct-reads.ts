import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
  specifiedRules,
  validate,
  ValidationRule,
  visit,
} from 'graphql';
import type { AppointmentRelations } from '../appointments/appointment.relations';
import type { AppointmentService } from '../appointments/appointment.service';
import type { AppointmentKey } from '../appointments/appointment.repository';
import type { RequestContext } from '../context/request-context';
import type { JsonField, JsonLeaf } from '../database/json-text';
import { parseId } from '../domain/ids';

/*
 * Direct reads (issue #20, bench/README.md): a query for appointments by key or a page of the
 * appointments connection, over columns, related rows and contacts, is answered with the JSON
 * text the database writes (database/json-text.ts), without Apollo's pipeline, graphql-jit or a
 * serializer. A client cannot tell: the plan is made only for a document Apollo would run as
 * it is (parsed with the same token limit, valid under the same rules, one query field, no
 * directives), the service applies the same permission, arguments, cursors and row rules, and
 * everything else is answered by the usual path, which then raises whatever error is due: a
 * variable that does not coerce, a cost over the limit, a bad argument, a missing row, a value
 * the text cannot hold, an answer over the size limit. test/executor-parity.test.ts compares
 * both paths on every shipped operation.
 */

/** What the plans are checked against: the schema and Apollo's own parse and validation settings. */
export interface DirectReadSettings {
  schema: GraphQLSchema;
  appointments: AppointmentService;
  relations: AppointmentRelations;
  maxTokens: number;
  validationRules: readonly ValidationRule[];
  /** The operation's estimated cost, as the cost limit plugin computes it (throws where that plugin refuses). */
  cost: (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    inputs: Record<string, unknown>,
    coerced: Record<string, unknown>,
  ) => number;
  maxCost: number;
  maxResponseBytes: number;
  /** Sends a query operation's reads where the read routing plugin would (a healthy replica). */
  route: (ctx: RequestContext) => void;
}

const LEAVES: Record<string, JsonLeaf> = { ID: 'id', String: 'string', Int: 'int', Boolean: 'boolean', DateTimeISO: 'instant' };

type Collected = Map<string, FieldNode[]>;

/** Thrown while planning: the document is answered the usual way. */
class NoPlan extends Error {}

/** The fields of a selection set by response key, fragments spread (type conditions must name `type`); no directives. */
function collect(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  type: string,
  out: Collected = new Map(),
): Collected {
  for (const s of set.selections) {
    if (s.directives?.length) throw new NoPlan('directives');
    if (s.kind === Kind.FIELD) {
      const key = s.alias?.value ?? s.name.value;
      out.set(key, [...(out.get(key) ?? []), s]);
    } else {
      const fragment = s.kind === Kind.FRAGMENT_SPREAD ? fragments.get(s.name.value) : s;
      if (!fragment || (fragment.typeCondition && fragment.typeCondition.name.value !== type)) throw new NoPlan('fragment of another type');
      if (fragment.directives?.length) throw new NoPlan('directives');
      collect(fragment.selectionSet, fragments, type, out);
    }
  }
  return out;
}

/** The merged sub-selection of the nodes of one response key (validation made them the same field). */
function subFields(nodes: FieldNode[], fragments: Map<string, FragmentDefinitionNode>, type: GraphQLObjectType): Collected {
  const out: Collected = new Map();
  for (const node of nodes) {
    if (!node.selectionSet) throw new NoPlan('a leaf where an object was expected');
    collect(node.selectionSet, fragments, type.name, out);
  }
  return out;
}

function fieldOf(type: GraphQLObjectType, nodes: FieldNode[]): GraphQLField<unknown, unknown> {
  const def = type.getFields()[nodes[0].name.value];
  if (!def) throw new NoPlan('unknown field');
  return def;
}

/** The leaves of a selection on `type`: its columns (scalar fields without arguments) and __typename. */
function leafFields(type: GraphQLObjectType, fields: Collected): JsonField[] {
  return [...fields].map(([key, nodes]) => {
    const name = nodes[0].name.value;
    if (name === '__typename') return { key, kind: 'constant', json: JSON.stringify(type.name) };
    const def = fieldOf(type, nodes);
    const leaf = LEAVES[getNamedType(def.type).name];
    if (!leaf || def.args.length || isListType(getNullableType(def.type)) || nodes.some((n) => n.arguments?.length)) {
      throw new NoPlan(`${type.name}.${name} is not a column`);
    }
    return { key, kind: 'column', property: name, leaf, nullable: !isNonNullType(def.type) };
  });
}

/** An appointment's selection as the fields of its text: columns, its to-one relations and its lists. */
function appointmentFields(
  type: GraphQLObjectType,
  fields: Collected,
  fragments: Map<string, FragmentDefinitionNode>,
  relations: AppointmentRelations,
): JsonField[] {
  return [...fields].map(([key, nodes]): JsonField => {
    const name = nodes[0].name.value;
    const relation = (relations as Record<string, AppointmentRelations[keyof AppointmentRelations]>)[name];
    if (!relation) return leafFields(type, new Map([[key, nodes]]))[0];
    const def = fieldOf(type, nodes);
    const target = getNamedType(def.type);
    if (!isObjectType(target)) throw new NoPlan('a relation to an abstract type');
    const inner = leafFields(target, subFields(nodes, fragments, target));
    if (relation.kind === 'many') {
      if (!relation.text) throw new NoPlan(`no text for ${name}`);
      return { key, kind: 'many', relation: name, fields: inner };
    }
    return { key, kind: 'one', pointer: relation.key, entity: relation.target.entity, nullable: !isNonNullType(def.type), fields: inner };
  });
}

/** What the answer holds of a connection, in the order asked; `node` marks where each node's text goes. */
type ConnectionPart =
  | { key: string; kind: 'typename'; json: string }
  | { key: string; kind: 'nodes' }
  | { key: string; kind: 'edges'; parts: { key: string; kind: 'cursor' | 'node' | 'typename'; json?: string }[] }
  | { key: string; kind: 'pageInfo' | 'paging'; parts: { key: string; field: string; json?: string }[] }
  | { key: string; kind: 'totalCount' };

interface Plan {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  rootKey: string;
  rootNode: FieldNode;
  rootField: GraphQLField<unknown, unknown>;
  /** The appointment's fields (a look-up's, or each node's). */
  fields: JsonField[];
  /** A connection's or an offset page's parts, with a marker where the rows go; absent for a look-up. */
  connection?: ConnectionPart[];
  /** An offset page (`appointments`): whether its paging needs the COUNT. */
  offset?: { total: boolean };
}

const LOOKUPS = new Set(['appointment', 'appointmentByReference', 'appointmentByUuid']);
const PAGE_INFO = new Set(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']);
const PAGING = new Set(['total', 'max', 'offset', 'previousOffset', 'nextOffset']);

/** How many documents' plans (or their absence) are kept; past it the cache starts again. */
const MAX_PLANS = 500;
/**
 * The longest document text planned. Plans are kept by text before the request is authenticated,
 * so without a bound 500 distinct texts of up to BODY_LIMIT_BYTES each could be kept; a longer
 * document takes the usual path, whose document cache Apollo bounds by size.
 */
const MAX_PLANNED_TEXT = 16_384;

export class DirectReads {
  private readonly plans = new Map<string, Plan | null>();
  /** Requests answered here, and those with a plan handed to the usual path (a refusal, an error, a value the text cannot hold). */
  readonly counts = { answered: 0, declined: 0 };

  constructor(private readonly s: DirectReadSettings) {}

  /**
   * The answer's body for a GraphQL POST `body`, or null when the usual path is to answer it.
   * `context` is the request's (the usual path is handed the same one, so it authenticates once).
   */
  async answer(body: unknown, context: () => Promise<RequestContext>): Promise<string | null> {
    const plan = this.planOf(body);
    if (!plan) return null;
    const request = body as { variables?: Record<string, unknown> | null };
    const inputs = request.variables ?? {};
    try {
      const coerced = getVariableValues(this.s.schema, plan.operation.variableDefinitions ?? [], inputs);
      if (coerced.errors) return this.decline();
      if (this.s.cost(plan.document, plan.operation, inputs, coerced.coerced) > this.s.maxCost) return this.decline();
      const args = getArgumentValues(plan.rootField, plan.rootNode, coerced.coerced);
      const ctx = await context();
      this.s.route(ctx);
      // The answer's pieces, joined once: one copy of the text, where nested joins and templates made several.
      const out = ['{"data":{"', plan.rootKey, '":'];
      await this.value(out, ctx, plan, args);
      out.push('}}\n');
      const text = out.join('');
      // Over the size limit: the usual path answers response-too-large.
      if (text.length * 3 > this.s.maxResponseBytes && Buffer.byteLength(text) > this.s.maxResponseBytes) return this.decline();
      this.counts.answered++;
      return text;
    } catch {
      // Every refusal and every error is the usual path's to answer, exactly as it always did.
      return this.decline();
    }
  }

  private decline(): null {
    this.counts.declined++;
    return null;
  }

  /** Appends the root field's value to `out`. */
  private async value(out: string[], ctx: RequestContext, plan: Plan, args: Record<string, unknown>): Promise<void> {
    const service = this.s.appointments;
    if (!plan.connection) {
      const name = plan.rootField.name;
      const key: AppointmentKey =
        name === 'appointment'
          ? { id: parseId(args.id as string, 'id') }
          : name === 'appointmentByReference'
            ? { reference: args.reference as string }
            : { uuid: args.uuid as string };
      out.push(await service.findOneText(ctx, key, plan.fields));
      return;
    }
    if (plan.offset) {
      const { paging, texts } = await service.listText(ctx, args, plan.fields, plan.offset);
      return this.list(out, plan.connection, texts, { paging: paging as unknown as Record<string, unknown> });
    }
    const { page, texts } = await service.connectionText(ctx, args, plan.fields);
    return this.list(out, plan.connection, texts, page);
  }

  /** Appends a page's text to `out`: its parts in the order asked, the rows' texts where they go. */
  private async list(
    out: string[],
    parts: ConnectionPart[],
    texts: string[],
    page: {
      pageInfo?: Readonly<Record<string, unknown>>;
      paging?: Record<string, unknown>;
      /** Read only when the edges are selected: a keyset page makes them on first read. */
      readonly edges?: readonly { readonly cursor: string }[];
      countTotal?: () => Promise<number>;
    },
  ): Promise<void> {
    out.push('{');
    for (let n = 0; n < parts.length; n++) {
      const part = parts[n];
      out.push(n ? ',"' : '"', part.key, '":');
      if (part.kind === 'typename') out.push(part.json);
      else if (part.kind === 'nodes') {
        out.push('[');
        for (let i = 0; i < texts.length; i++) out.push(i ? ',' : '', texts[i]);
        out.push(']');
      } else if (part.kind === 'totalCount') out.push(String(await page.countTotal!()));
      else if (part.kind === 'pageInfo' || part.kind === 'paging') {
        const info = part.kind === 'pageInfo' ? page.pageInfo! : page.paging!;
        out.push(`{${part.parts.map((p) => `"${p.key}":${p.json ?? JSON.stringify(info[p.field])}`).join(',')}}`);
      } else {
        const edgeParts = (part as Extract<ConnectionPart, { kind: 'edges' }>).parts;
        const edges = page.edges!;
        out.push('[');
        for (let i = 0; i < edges.length; i++) {
          out.push(i ? ',{' : '{');
          for (let e = 0; e < edgeParts.length; e++) {
            const p = edgeParts[e];
            out.push(
              e ? ',"' : '"',
              p.key,
              '":',
              p.kind === 'node' ? texts[i] : p.kind === 'cursor' ? JSON.stringify(edges[i].cursor) : p.json!,
            );
          }
          out.push('}');
        }
        out.push(']');
      }
    }
    out.push('}');
  }

  /** The plan of a POST body's document and operation, made once per document text and operation name. */
  private planOf(body: unknown): Plan | null {
    if (typeof body !== 'object' || body === null) return null;
    const { query, operationName, variables, extensions } = body as Record<string, unknown>;
    if (typeof query !== 'string' || query.length > MAX_PLANNED_TEXT || extensions !== undefined) return null;
    if (operationName != null && typeof operationName !== 'string') return null;
    if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
    const cacheKey = `${operationName ?? ''}\u0000${query}`;
    let plan = this.plans.get(cacheKey);
    if (plan === undefined) {
      try {
        plan = this.makePlan(query, (operationName as string | null | undefined) ?? undefined);
      } catch {
        plan = null;
      }
      if (this.plans.size >= MAX_PLANS) this.plans.clear();
      this.plans.set(cacheKey, plan);
    }
    return plan;
  }

  private makePlan(query: string, operationName: string | undefined): Plan | null {
    const { schema } = this.s;
    const document = parse(query, { maxTokens: this.s.maxTokens });
    if (validate(schema, document, [...specifiedRules, ...this.s.validationRules]).length) return null;
    const operation = getOperationAST(document, operationName);
    if (!operation || operation.operation !== 'query') return null;
    visit(operation, {
      Directive: () => {
        throw new NoPlan('directives');
      },
    });
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const queryType = schema.getQueryType()!;
    const roots = collect(operation.selectionSet, fragments, queryType.name);
    if (roots.size !== 1) return null;
    const [[rootKey, rootNodes]] = [...roots];
    if (rootNodes.length !== 1) return null;
    const rootField = fieldOf(queryType, rootNodes);
    const base = { document, operation, rootKey, rootNode: rootNodes[0], rootField };
    const type = getNamedType(rootField.type) as GraphQLObjectType;
    const selection = subFields(rootNodes, fragments, type);
    if (LOOKUPS.has(rootField.name)) {
      return { ...base, fields: appointmentFields(type, selection, fragments, this.s.relations) };
    }
    if (rootField.name === 'appointments') return this.offsetPlan(base, type, selection, fragments);
    if (rootField.name !== 'appointmentsConnection') return null;
    let nodeFields: JsonField[] | null = null;
    const nodes = (field: GraphQLField<unknown, unknown>, at: FieldNode[]) => {
      // One selection of the node per answer: nodes and edges { node } asked together go the usual way.
      if (nodeFields) throw new NoPlan('two selections of the node');
      const nodeType = getNamedType(field.type) as GraphQLObjectType;
      nodeFields = appointmentFields(nodeType, subFields(at, fragments, nodeType), fragments, this.s.relations);
    };
    const connection = [...selection].map(([key, at]): ConnectionPart => {
      const field = at[0].name.value;
      if (field === '__typename') return { key, kind: 'typename', json: JSON.stringify(type.name) };
      const def = fieldOf(type, at);
      if (field === 'nodes') {
        nodes(def, at);
        return { key, kind: 'nodes' };
      }
      if (field === 'totalCount') return { key, kind: 'totalCount' };
      const inner = getNamedType(def.type) as GraphQLObjectType;
      const parts = subFields(at, fragments, inner);
      if (field === 'pageInfo') {
        return {
          key,
          kind: 'pageInfo',
          parts: [...parts].map(([k, n]) => {
            const name = n[0].name.value;
            if (name === '__typename') return { key: k, field: name, json: JSON.stringify(inner.name) };
            if (!PAGE_INFO.has(name)) throw new NoPlan(`PageInfo.${name}`);
            return { key: k, field: name };
          }),
        };
      }
      if (field === 'edges') {
        return {
          key,
          kind: 'edges',
          parts: [...parts].map(([k, n]) => {
            const name = n[0].name.value;
            if (name === '__typename') return { key: k, kind: 'typename' as const, json: JSON.stringify(inner.name) };
            if (name === 'cursor') return { key: k, kind: 'cursor' as const };
            if (name !== 'node') throw new NoPlan(`edge field ${name}`);
            nodes(fieldOf(inner, n), n);
            return { key: k, kind: 'node' as const };
          }),
        };
      }
      throw new NoPlan(`connection field ${field}`);
    });
    if (!nodeFields) return null;
    return { ...base, fields: nodeFields, connection };
  }

  /** The plan of an offset page (`appointments`): `data` and `paging`, the COUNT only when paging needs it. */
  private offsetPlan(
    base: Omit<Plan, 'fields'>,
    type: GraphQLObjectType,
    selection: Collected,
    fragments: Map<string, FragmentDefinitionNode>,
  ): Plan | null {
    let fields: JsonField[] | null = null;
    const total = { total: false };
    const parts = [...selection].map(([key, at]): ConnectionPart => {
      const field = at[0].name.value;
      if (field === '__typename') return { key, kind: 'typename', json: JSON.stringify(type.name) };
      const def = fieldOf(type, at);
      const inner = getNamedType(def.type) as GraphQLObjectType;
      if (field === 'data') {
        fields = appointmentFields(inner, subFields(at, fragments, inner), fragments, this.s.relations);
        return { key, kind: 'nodes' };
      }
      if (field !== 'paging') throw new NoPlan(`page field ${field}`);
      return {
        key,
        kind: 'paging',
        parts: [...subFields(at, fragments, inner)].map(([k, n]) => {
          const name = n[0].name.value;
          if (name === '__typename') return { key: k, field: name, json: JSON.stringify(inner.name) };
          if (!PAGING.has(name)) throw new NoPlan(`Paging.${name}`);
          if (name === 'total' || name === 'nextOffset') total.total = true;
          return { key: k, field: name };
        }),
      };
    });
    if (!fields) return null;
    return { ...base, fields, connection: parts, offset: total };
  }
}
