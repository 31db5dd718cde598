import type { Concept, ConceptKind, Relation, RelationType, Source, Tour } from '../domain';

/**
 * The one way up the stack reaches graph data. Each operation is shaped to be a single
 * round trip to a database, so callers batch instead of looping over single lookups.
 * Every list comes back in a deterministic order, so two stores can be compared.
 */
export interface GraphStore {
  /** Which adapter this is, for logs and the stats query. */
  readonly name: 'embedded' | 'neo4j';

  /** The concepts for these ids, in the same order; null where an id is unknown. */
  getConcepts(ids: readonly string[]): Promise<(Concept | null)[]>;

  /** Every relation that starts or ends at one of these concepts, ordered by relation id. */
  getRelations(ids: readonly string[], options?: RelationFilter): Promise<Relation[]>;

  /** One page of concepts ordered by id, optionally only of some kinds or only urgent ones. */
  listConcepts(options: ListOptions): Promise<ConceptPage>;

  /** Concepts matching a typed text (any word order, word forms, typos, kind words), best first; see search-index.ts. */
  search(text: string, options?: SearchOptions): Promise<SearchHit[]>;

  /** The concepts within `depth` relations of the focus, with every relation among them. */
  neighborhood(ids: readonly string[], options: NeighborhoodOptions): Promise<Subgraph>;

  /** Directed causal paths from one concept to another, best supported first (see rank-paths.ts). */
  paths(from: string, to: string, options: PathOptions): Promise<CausalPath[]>;

  /**
   * The concepts that lead to any of these within `maxHops` causal relations (the concepts
   * themselves included), with every causal relation among them: all a case analysis walks
   * (see rank-explanations.ts), in one round trip.
   */
  causalUpstream(ids: readonly string[], options: UpstreamOptions): Promise<Subgraph>;

  /** Every source document, ordered by id. */
  sources(): Promise<Source[]>;

  /** Counts by kind and type. */
  stats(): Promise<GraphStats>;

  /**
   * The version of the graph served now (see graphVersion), which every answer is a function of:
   * the API's response cache keys answers by it. Fixed for the embedded store; Neo4j's changes
   * when the database is re-seeded, and is re-read at most every GRAPH_VERSION_RECHECK_MS.
   */
  graphVersion(): Promise<string>;

  /** Every guided tour without its steps, ordered by id. */
  tours(): Promise<TourSummary[]>;

  /** One tour with its steps; null when no tour has that id. */
  tour(id: string): Promise<Tour | null>;

  /**
   * Builds what the first requests would otherwise wait for (Neo4j: the search index, read from
   * the whole catalogue, seconds at 100,000 concepts). The app starts it once the store is open
   * and serves meanwhile; a request that needs it before it is done shares the work.
   */
  prepare(): Promise<void>;

  /** Releases connections; the store is unusable afterwards. */
  close(): Promise<void>;
}

export interface RelationFilter {
  readonly types?: readonly RelationType[];
}

export interface ListOptions {
  readonly kinds?: readonly ConceptKind[];
  readonly urgent?: boolean;
  readonly first: number;
  /** The id of the last concept of the previous page. */
  readonly after?: string;
}

export interface ConceptPage {
  readonly concepts: Concept[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

export interface SearchOptions {
  readonly kinds?: readonly ConceptKind[];
  readonly limit?: number;
}

/**
 * exact: the whole name or a synonym; prefix: the start of one; word: every word typed, in any
 * order and form; fuzzy: every word, some with typos; partial: only some words; related: the concept is related to
 * what was typed, and a kind word asked for its kind ("treatment for spasm"); kind: only a kind
 * word was typed ("red flags").
 */
export type MatchQuality = 'exact' | 'prefix' | 'word' | 'fuzzy' | 'partial' | 'related' | 'kind';

export interface SearchHit {
  readonly concept: Concept;
  readonly match: MatchQuality;
  /** The name or synonym that matched, as written in the graph. */
  readonly matchedText: string;
}

export interface NeighborhoodOptions {
  readonly depth: number;
  /** Only concepts of these kinds are included or walked through; focus concepts always are. */
  readonly kinds?: readonly ConceptKind[];
  /** Only relations of these types are followed and returned. */
  readonly relationTypes?: readonly RelationType[];
}

export interface Subgraph {
  /** Ordered by id. */
  readonly nodes: Concept[];
  /** Ordered by relation id. */
  readonly edges: Relation[];
}

export interface PathOptions {
  readonly maxHops: number;
  readonly limit?: number;
}

export interface UpstreamOptions {
  readonly maxHops: number;
}

export interface CausalPath {
  /** From the start concept to the end concept. */
  readonly nodes: Concept[];
  /** edges[i] joins nodes[i] to nodes[i + 1]. */
  readonly edges: Relation[];
}

/** What a list of tours shows before one is opened. */
export interface TourSummary {
  readonly id: string;
  readonly title: string;
  readonly audience: string;
  readonly summary: string;
  readonly stepCount: number;
}

export interface GraphStats {
  readonly store: GraphStore['name'];
  /** Content hash of the graph/ files this store was loaded from (see graphVersion). */
  readonly version: string;
  readonly concepts: number;
  readonly relations: number;
  readonly evidence: number;
  readonly sources: number;
  readonly conceptsByKind: Record<ConceptKind, number>;
  readonly relationsByType: Record<RelationType, number>;
}
