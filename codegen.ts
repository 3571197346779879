import type { Types } from '@graphql-codegen/plugin-helpers';

/**
 * graphql-codegen configuration for typed clients: TypeScript types for the schema, for every
 * shipped fragment and operation (graphql/), and TypedDocumentNodes any standard client
 * (urql, Apollo Client, graphql-request) accepts. Custom scalars map to real types.
 *
 * `npm run codegen` runs it (through @graphql-codegen/core, see scripts/codegen.ts); with the
 * codegen CLI installed, `graphql-codegen --config codegen.ts` reads the same file.
 */
const config: Types.Config = {
  schema: 'schema.graphql',
  documents: ['graphql/fragments/*.graphql', 'graphql/operations/*.graphql'],
  generates: {
    'examples/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        scalars: { DateTimeISO: { input: 'string', output: 'string' }, ID: { input: 'string', output: 'string' } },
        enumsAsTypes: true,
        maybeValue: 'T | null',
        strictScalars: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
