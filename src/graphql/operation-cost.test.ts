import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, DocumentNode, FragmentDefinitionNode, getVariableValues, Kind, OperationDefinitionNode, parse } from 'graphql';
import { RELATION_LIST_CAP } from './list-bounds';
import { operationCost, UnpricedOperation } from './operation-cost';
import { shapeOf, Work } from './operation-shape';

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));

function parts(text: string): { operation: OperationDefinitionNode; fragments: Map<string, FragmentDefinitionNode> } {
  const document: DocumentNode = parse(text);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  return { operation: document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!, fragments };
}

function cost(text: string, inputs: Record<string, unknown> = {}, work?: Work): number {
  const { operation, fragments } = parts(text);
  const { coerced, errors } = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
  if (errors) throw errors[0];
  return operationCost(schema, operation, fragments, coerced, work);
}

function chain(n: number): string {
  const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Appointment { ...F${i + 1} ...F${i + 1} }`);
  return `{ appointments(max: 1) { data { ...F0 } } }\n${fragments.join('\n')}\nfragment F${n} on Appointment { id }`;
}

describe('operationCost', () => {
  it("multiplies a page's rows by its max or first, literal, variable or default", () => {
    expect(cost('{ appointments(max: 1000) { data { id title } } }')).toBe(1 + 1 + 1000 * 2);
    expect(cost('query($max: Int) { appointments(max: $max) { data { id title } } }', { max: 1000 })).toBe(2 + 1000 * 2);
    expect(cost('query($max: Int) { appointments(max: $max) { data { id title } } }', { max: null })).toBe(2 + 100 * 2);
    expect(cost('{ appointments { data { id } paging { total } } }')).toBe(1 + (1 + 100) + 2);
    expect(cost('query($n: Int) { appointmentsConnection(first: $n) { edges { node { id } } nodes { id } } }', { n: 500 })).toBe(
      1 + (1 + 500 * 2) + (1 + 500),
    );
  });

  it('prices a to-many relation by its type, RELATION_LIST_CAP items per parent', () => {
    expect(cost('{ appointment(id: 1) { contacts { id name } } }')).toBe(1 + 1 + RELATION_LIST_CAP * 2);
    const nested = '{ order(id: 1) { appointments { order { appointments { order { appointments { id } } } } } } }';
    expect(cost(nested)).toBe(1 + (1 + 100 * (1 + (1 + 100 * (1 + (1 + 100))))));
    expect(cost('{ order(id: 1) { lineItems { id } signOffs { id } } }')).toBe(1 + 2 * (1 + RELATION_LIST_CAP));
  });

  it('counts introspection as free and reads @skip/@include with the variables', () => {
    expect(cost('{ __typename viewer { __typename role } }')).toBe(2);
    const q = 'query($big: Boolean!) { appointments(max: 1000) { data @include(if: $big) { id } paging @skip(if: $big) { total } } }';
    expect(cost(q, { big: true })).toBe(1 + 1 + 1000);
    expect(cost(q, { big: false })).toBe(1 + 2);
  });

  it('prices a fragment by the page it is spread in', () => {
    expect(
      cost('{ a: appointments(max: 10) { ...P } b: appointments(max: 1000) { ...P } } fragment P on AppointmentPage { data { id } }'),
    ).toBe(2 + 10 + (2 + 1000));
  });

  it('walks each fragment once: a doubling chain of 40 is priced in a few hundred steps', () => {
    const work = { visits: 0 };
    expect(cost(chain(40), {}, work)).toBe(2 + 2 ** 40);
    expect(work.visits).toBeLessThan(200);
    const shapeWork = { visits: 0 };
    const { operation, fragments } = parts(chain(40));
    expect(shapeOf(operation, fragments, shapeWork)).toEqual({ depth: 3, aliases: 0, fields: 2 + 2 ** 40 });
    expect(shapeWork.visits).toBeLessThan(200);
  });

  it('refuses to price what it cannot read', () => {
    expect(() => cost('{ appointments { data { nope } } }')).toThrow(UnpricedOperation);
    expect(() => cost('{ appointments { data { ...Missing } } }')).toThrow(UnpricedOperation);
    const { operation, fragments } = parts(
      '{ appointment(id: 1) { ...A } } fragment A on Appointment { ...B } fragment B on Appointment { ...A }',
    );
    expect(() => operationCost(schema, operation, fragments, {})).toThrow(UnpricedOperation);
    expect(shapeOf(operation, fragments).fields).toBe(1);
  });
});
