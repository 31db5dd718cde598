import DataLoader from 'dataloader';
import type { Concept, Relation, Source } from '../domain';
import type { GraphStore } from '../store';

/**
 * Per-request state: the store and loaders that batch every lookup a query makes, so a
 * nested query costs a bounded number of store calls whatever the number of results.
 */
export interface GraphQLContext {
  readonly store: GraphStore;
  readonly loaders: Loaders;
}

export interface Loaders {
  readonly concept: DataLoader<string, Concept | null>;
  /** Every relation touching a concept, both directions. */
  readonly relationsOf: DataLoader<string, Relation[]>;
  readonly source: DataLoader<string, Source | null>;
}

export function createContext(store: GraphStore): GraphQLContext {
  return {
    store,
    loaders: {
      concept: new DataLoader((ids) => store.getConcepts(ids)),
      relationsOf: new DataLoader(async (ids) => {
        const relations = await store.getRelations(ids);
        return ids.map((id) => relations.filter((relation) => relation.from === id || relation.to === id));
      }),
      source: new DataLoader(async (ids) => {
        const sources = new Map((await store.sources()).map((source) => [source.id, source]));
        return ids.map((id) => sources.get(id) ?? null);
      }),
    },
  };
}
