import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'neo4j/target/', 'test-results/', '.data/', 'client/src/api/generated/', 'server/graphql/generated/', 'server/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  // Import boundaries: data flows client → /graphql → resolvers → repositories → server/db → Neo4j,
  // and each layer imports only the ones below it. (`npm run check` also runs madge: no cycles.)
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'neo4j-driver', message: 'The client talks to /graphql only; it never touches the database driver.' }],
          patterns: [{ group: ['**/server/**'], message: 'The client talks to /graphql only; it never imports server code. What both sides need goes in shared/.' }],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/client/**'], message: 'shared/ is imported by both the server and the client, so it imports neither.' },
            { group: ['node:*'], message: 'shared/ runs in the browser too: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    // server/db holds the driver; console/values.ts shows Neo4j values as they are, which takes the
    // driver's own type guards (isNode, isDate, …).
    ignores: ['server/db/**', 'server/console/values.ts', 'server/graphql/**', 'server/repositories/**', 'server/*/generated/**', 'server/generated/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'Every statement goes through server/db (QueryRunner); the driver is private to it.' }] }],
    },
  },
  {
    files: ['server/graphql/**/*.ts'],
    ignores: ['server/graphql/generated/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'neo4j-driver', message: 'Resolvers go through repositories and the query runner; they never touch the driver.' }],
          patterns: [
            {
              group: ['**/db/*', '!**/db/runner.js'],
              message: 'Resolvers reach the database through repositories (server/repositories), not server/db internals.',
            },
            {
              group: ['**/db/runner.js'],
              allowTypeImports: true,
              message: 'Resolvers do not run queries: they call repositories, which take the runner (a type import for the context is fine).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/repositories/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'neo4j-driver', message: 'Repositories run Cypher through the QueryRunner (server/db); the driver is private to it.' },
            { name: 'graphql', message: 'Repositories know nothing of GraphQL: they take plain arguments and return rows; resolvers shape the API.' },
          ],
          patterns: [{ group: ['**/graphql/**', '@apollo/*'], message: 'Repositories sit below the GraphQL layer and never import it (schema enums come from server/generated/schema-types.ts).' }],
        },
      ],
    },
  },
);
