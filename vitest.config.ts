import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Pothos and yoga load graphql's CommonJS build through Node; the tests must use the same
    // copy, or graphql refuses types "from another module or realm".
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
});
