import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Pothos and yoga load graphql's CommonJS build through Node; the tests must use the same
    // copy, or graphql refuses types "from another module or realm".
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 240_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**', 'tests/security/next/**'] } },
      {
        extends: true,
        test: {
          name: 'browser',
          // the checks only the built app can answer share the browser tests' build and server
          include: ['tests/browser/**/*.test.ts', 'tests/security/next/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
