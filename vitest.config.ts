import { defineConfig } from 'vitest/config';

/** Starts the run's own Neo4j; shared by the projects that list it (see the file). */
const NEO4J_SETUP = 'tests/store/neo4j/global-setup.ts';

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
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/journeys/**', 'tests/security/next/**', 'tests/**/*.neo4j.test.ts'],
          globalSetup: ['tests/polls/redis-setup.ts'],
          // The unit files build their own servers, stores and caches, and none mocks a module, so
          // they can share one module graph: importing the app afresh for each of ~70 files was
          // most of this project's time (160 s → 67 s here with the same 679 tests).
          isolate: false,
          // two at a time on this 2-core machine (vitest's default leaves a core free): the Redis
          // restarts, spawned CLIs and Neo4j's linter wait as much as they compute
          maxWorkers: 2,
        },
      },
      {
        // Files that need a real Neo4j (*.neo4j.test.ts). They share one server and each seeds
        // the graph it needs, so they run one at a time (and never beside the browser tests).
        extends: true,
        test: {
          name: 'neo4j',
          include: ['tests/**/*.neo4j.test.ts'],
          exclude: ['tests/browser/**'],
          globalSetup: [NEO4J_SETUP],
          setupFiles: ['tests/store/neo4j/server-started.ts'],
          fileParallelism: false,
          isolate: false,
          // after the unit files, while which the server starts
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          // the checks only the built app can answer share the browser tests' build and server
          include: ['tests/browser/**/*.test.ts', 'tests/security/next/**/*.test.ts'],
          globalSetup: [NEO4J_SETUP, 'tests/browser/global-setup.ts'],
          // two files at a time: alone, one file's page loads (server, renderer, test in turn) left
          // a core idle a third of the time
          maxWorkers: 2,
          // each file opens its own contexts on the run's one Chromium; importing playwright and
          // the app's modules once for all of them is time the page loads can use
          isolate: false,
          // after the unit and Neo4j files, while which the app is built (global-setup.ts)
          sequence: { groupOrder: 2 },
          testTimeout: 60_000,
        },
      },
      {
        // A person's whole visit, from a fresh browser context and a cold page, nothing prepared; on the
        // browser tests' build and server.
        extends: true,
        test: {
          name: 'journeys',
          include: ['tests/journeys/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          // in the browser files' group, which vitest runs on one number of workers
          maxWorkers: 2,
          isolate: false,
          sequence: { groupOrder: 2 },
          testTimeout: 180_000,
        },
      },
    ],
  },
});
