import type { Config } from '../config';
import { loadGraph } from '../graph';
import { EmbeddedStore } from './embedded/embedded-store';
import type { GraphStore } from './store';

export type * from './store';
/** Checks and text folding the API applies as the stores do, so both sides agree. */
export { checkWhole } from './check-options';
export { normalizeSearchText } from './search-index';

/** The store the configuration asks for. */
export async function createStore(config: Config): Promise<GraphStore> {
  switch (config.store) {
    case 'embedded':
      return new EmbeddedStore(loadGraph(config.graphDir));
    case 'neo4j': {
      const { createNeo4jStore } = await import('./neo4j/neo4j-store');
      return createNeo4jStore(config.neo4j);
    }
  }
}
