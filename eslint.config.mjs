// ESLint: typescript-eslint's recommended rules, Prettier owning the layout, and the layering rules
// of docs/architecture.md as import restrictions (test/one-door.test.ts checks the same from the text).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const KERNEL_INTERNALS = ['**/database/statements', '**/database/entity-statements', '**/database/entity-select', '**/database/dialect'];
const GRAPHQL_LAYER = ['**/*.type', '**/*.input', '**/*.enum', '**/*.resolver'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'examples/generated/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        Headers: 'readonly',
        AbortController: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        performance: 'readonly',
        queueMicrotask: 'readonly',
        setImmediate: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Only repositories and the database kernel reach rows: TypeORM's query APIs and the kernel's
    // statement functions are theirs (entities keep TypeORM's decorators; anyone may hold a DataSource type).
    files: ['src/**/*.ts'],
    ignores: ['src/database/**', 'src/**/*.repository.ts', 'src/**/*.entity.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'typeorm', message: 'Only repositories and src/database/ use TypeORM (docs/architecture.md).', allowTypeImports: true },
          ],
          patterns: [
            { group: ['typeorm/*'], message: 'Only repositories and src/database/ use TypeORM.', allowTypeImports: true },
            { group: KERNEL_INTERNALS, message: 'Statements go through a repository.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    // The domain does not depend on the GraphQL layer: services, rules and repositories take and return plain types.
    files: [
      'src/**/*.{service,repository,rules,plan,mapper,types,relations,sql}.ts',
      'src/domain/**/*.ts',
      'src/database/**/*.ts',
      'src/context/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'type-graphql', message: 'Only the GraphQL layer (resolvers, GraphQL types, entities) imports type-graphql.' }],
          patterns: [{ group: GRAPHQL_LAYER, message: 'Services take and return plain types (<feature>.types.ts).' }],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
