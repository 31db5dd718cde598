import type { YogaServerInstance } from 'graphql-yoga';
import { readConfig, type Config } from './config';
import type { GraphQLContext } from './graphql/context';
import type { CacheFrontDoor } from './graphql/http/cache-front-door';
import { createGraphQLEntry } from './graphql/http/yoga';
import { createPollStore, type PollStore } from './polls';
import { createStore, type GraphStore } from './store';

/** Everything one app instance serves from: built here, and only here, from configuration. */
export interface AppServer {
  readonly store: GraphStore;
  readonly polls: PollStore;
  readonly yoga: YogaServerInstance<Record<string, unknown>, GraphQLContext>;
  /** Answers repeated queries from yoga's response cache before yoga's pipeline (both entry points use it). */
  readonly frontDoor: CacheFrontDoor;
  /** Releases the stores' connections. */
  close(): Promise<void>;
}

/**
 * The composition root: config → graph store + poll store → yoga. Announces in the log what
 * it serves, so an operator sees at start which data and which poll store the instance uses.
 */
export async function createAppServer(config: Config): Promise<AppServer> {
  const polls = await createPollStore(config);
  let store: GraphStore;
  try {
    store = await createStore(config);
  } catch (error) {
    await polls.dispose();
    throw error;
  }
  const stats = await store.stats();
  console.info(
    `Spasm Atlas: ${store.name} store with ${stats.concepts} concepts and ${stats.relations} relations; class polls in ${polls.name === 'redis' ? 'Redis, shared by every instance' : 'this instance’s memory'}.`,
  );
  // not awaited: the instance serves while it prepares, and a failure here is met again, and
  // reported, by the first request that needs what was being prepared
  store.prepare().catch((error: unknown) => {
    console.warn(`Spasm Atlas: the ${store.name} store could not prepare its search index yet (${error instanceof Error ? error.message : String(error)}); the first search will try again.`);
  });
  return {
    store,
    polls,
    ...createGraphQLEntry({ store, polls }, { corsOrigins: config.corsOrigins }),
    close: async () => {
      await polls.dispose();
      await store.close();
    },
  };
}

/**
 * Next bundles each route separately, so a module-level variable would give every route its
 * own stores; the process keeps one server on globalThis instead, built on first use.
 */
declare global {
  var spasmAtlasServer: Promise<AppServer> | undefined;
}

/** The one app server of this process; a failed start is tried again on the next request. */
export function getProcessServer(): Promise<AppServer> {
  globalThis.spasmAtlasServer ??= createAppServer(readConfig());
  globalThis.spasmAtlasServer.catch(() => {
    globalThis.spasmAtlasServer = undefined;
  });
  return globalThis.spasmAtlasServer;
}

/**
 * The process's server, opened at start-up; when configuration, graph or database is wrong,
 * the problem is printed as it is written for people (one line, or the graph's problem list)
 * and the process exits 1. `next start` calls it from instrumentation.ts before it reports Ready.
 */
export async function openProcessServerOrExit(): Promise<AppServer> {
  try {
    return await getProcessServer();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
