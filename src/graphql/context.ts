import DataLoader from 'dataloader';
import { LIMITS, type Concept, type ConceptKind, type Relation, type Source, type Tour } from '../domain';
import type { PollStore } from '../polls';
import type { GraphStore } from '../store';

/**
 * Per-request state: the store and loaders that batch every lookup a query makes, so a
 * nested query costs a bounded number of store calls whatever the number of results; the
 * class polls, kept apart from the graph; and who is asking, for the polls' rate limits.
 */
export interface GraphQLContext {
  readonly store: GraphStore;
  readonly loaders: Loaders;
  readonly polls: PollStore;
  /** The client's network address (see clientAddress). */
  readonly client: string;
}

export interface Loaders {
  readonly concept: DataLoader<string, Concept | null>;
  /** Every relation touching a concept, both directions. */
  readonly relationsOf: DataLoader<string, Relation[]>;
  readonly source: DataLoader<string, Source | null>;
  /** Every concept of a kind, ordered by id. */
  readonly conceptsOfKind: DataLoader<ConceptKind, Concept[]>;
  /** A tour with its steps; a subscription asks for the same one at every event. */
  readonly tour: DataLoader<string, Tour | null>;
}

/** A run of a query that may be abandoned part way: the front door hands slow ones to yoga. */
export interface QueryRun {
  readonly abandoned: boolean;
}

/**
 * A request's context. With a run, its store refuses every call once the run is abandoned, so
 * the abandoned query makes no more store calls; yoga's executor checks its own signal between
 * fields instead. (A flag, not an AbortSignal: creating an AbortController costs about 5 µs,
 * more than the whole context, on a path that answers in tens of microseconds.)
 */
export function createContext(store: GraphStore, polls: PollStore, client: string, run?: QueryRun): GraphQLContext {
  if (run) store = unlessAbandoned(store, run);
  return {
    store,
    polls,
    client,
    loaders: {
      concept: new DataLoader((ids) => store.getConcepts(ids)),
      relationsOf: new DataLoader(async (ids) => {
        // grouped by end in one pass: filtering every relation for each id was quadratic, and
        // a map of 2,000 red flags asks for all of theirs at once
        const byEnd = new Map<string, Relation[]>(ids.map((id) => [id, []]));
        for (const relation of await store.getRelations(ids)) {
          byEnd.get(relation.from)?.push(relation);
          if (relation.to !== relation.from) byEnd.get(relation.to)?.push(relation);
        }
        return ids.map((id) => byEnd.get(id) ?? []);
      }),
      source: new DataLoader(async (ids) => {
        const sources = new Map((await store.sources()).map((source) => [source.id, source]));
        return ids.map((id) => sources.get(id) ?? null);
      }),
      conceptsOfKind: new DataLoader(async (kinds) => {
        const concepts = await allConcepts(store, kinds);
        return kinds.map((kind) => concepts.filter((concept) => concept.kind === kind));
      }),
      tour: new DataLoader((ids) => Promise.all(ids.map((id) => store.tour(id)))),
    },
  };
}

/** Every concept of these kinds, a page at a time: the store caps a page, not the list. */
async function allConcepts(store: GraphStore, kinds: readonly ConceptKind[]): Promise<Concept[]> {
  const concepts: Concept[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listConcepts({ kinds, first: LIMITS.maxPageSize, after });
    concepts.push(...page.concepts);
    if (!page.hasNextPage) return concepts;
    after = page.concepts.at(-1)!.id;
  }
}

/** The store, each of whose calls first throws once the run is abandoned. */
function unlessAbandoned(store: GraphStore, run: QueryRun): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (run.abandoned) throw new Error('The query was handed over to yoga; this run of it makes no more store calls.');
        return (value as (...args: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
