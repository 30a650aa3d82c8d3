// Vitest runs every test: unit (parallel), integration (real Neo4j) and end-to-end (real Chromium).
// One throwaway Neo4j (test/setup/neo4j.ts) serves the integration and e2e projects; the e2e project
// also builds the client first (test/setup/client.ts). Database and browser files run one at a time,
// and the projects run one after another (unit, then integration, then e2e), since they share it.
// `npm test [-- unit|integration|e2e|<file>...]` (scripts/test.mjs) is the way to run them.
import { defineConfig } from 'vitest/config';

const slow = { testTimeout: 300_000, hookTimeout: 300_000, fileParallelism: false };

export default defineConfig({
  test: {
    coverage: {
      provider: 'v8',
      include: ['server/**/*.ts', 'shared/**/*.ts', 'client/src/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}'],
      // generated from the schema (npm run codegen): types and document strings, no logic of ours
      exclude: ['**/generated/**'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'test-results/coverage',
      reportOnFailure: true,
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j.ts'],
          setupFiles: ['test/setup/env.ts'],
          ...slow,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j.ts', 'test/setup/client.ts'],
          setupFiles: ['test/setup/env.ts'],
          ...slow,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
