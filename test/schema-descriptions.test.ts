import 'reflect-metadata';
import {
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
} from 'graphql';
import { buildAppSchema } from '../src/app';

type Described = { description?: string | null };

/**
 * Every element of the schema a client can name, as `kind Type.member(arg)`, with no
 * description: types, fields, arguments, input fields, enum values and custom directives.
 * Built-in scalars, introspection types and the specified directives are graphql-js's own.
 */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (label: string, element: Described) => {
    if (!element.description?.trim()) missing.push(label);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    check(`type ${type.name}`, type);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`field ${type.name}.${field.name}`, field);
        for (const arg of field.args) check(`arg ${type.name}.${field.name}(${arg.name})`, arg);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`input field ${type.name}.${field.name}`, field);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`enum value ${type.name}.${value.name}`, value);
    }
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    check(`directive @${directive.name}`, directive);
    for (const arg of directive.args) check(`arg @${directive.name}(${arg.name})`, arg);
  }
  return missing;
}

describe('schema descriptions', () => {
  it('describe every type, field, argument, input field and enum value (Sandbox and codegen show them)', async () => {
    expect(undescribed(await buildAppSchema())).toEqual([]);
  });
});
