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
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**'], globalSetup: ['tests/polls/redis-setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
