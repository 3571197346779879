import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ERROR_CATALOG, ErrorCode } from './error-code';

/** The catalog codes under GraphQL enum names: `missing-param` is MISSING_PARAM. */
export const GraphQLErrorCode = Object.fromEntries(
  Object.values(ErrorCode).map((code) => [code.toUpperCase().replace(/-/g, '_'), code]),
) as Record<string, ErrorCode>;

registerEnumType(GraphQLErrorCode, {
  name: 'ErrorCode',
  description: 'The codes found in errors[].extensions.code (as their kebab-case values, e.g. missing-param).',
  // Each value says what the catalog says of its code, so a code added there is described here too.
  valuesConfig: Object.fromEntries(
    Object.entries(GraphQLErrorCode).map(([name, code]) => {
      const { description, status } = ERROR_CATALOG[code];
      return [name, { description: `${description} (${code}, HTTP ${status})` }];
    }),
  ),
});

@ObjectType({ description: 'One entry of the error catalog.' })
export class ErrorCatalogEntry {
  @Field(() => GraphQLErrorCode, { description: 'The code as an ErrorCode value (MISSING_PARAM for missing-param).' })
  code!: ErrorCode;

  @Field(() => String, { description: 'The value in extensions.code, e.g. missing-param.' })
  value!: string;

  @Field(() => Int, { description: 'The HTTP status the seeds document for it.' })
  status!: number;

  @Field(() => String, { description: 'When the gateway answers with this code.' })
  description!: string;
}
