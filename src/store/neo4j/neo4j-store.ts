import neo4j from 'neo4j-driver';
import { CAUSAL_RELATION_TYPES, CONCEPT_KIND_NAMES, sortById, type Concept, type Tour } from '../../domain';
import { checkDepth, checkIds, checkPageSize, checkPathOptions, checkSearchText, checkUpstreamOptions } from '../check-options';
import { rankPaths } from '../rank-paths';
import { ConceptSearch } from '../search-index';
import type {
  CausalPath,
  ConceptPage,
  GraphStats,
  GraphStore,
  ListOptions,
  NeighborhoodOptions,
  PathOptions,
  RelationFilter,
  SearchHit,
  SearchOptions,
  Subgraph,
  TourSummary,
  UpstreamOptions,
} from '../store';
import { toCatalogue, toConcept, toConceptPage, toGraphVersion, toRelation, toSource, toStats, toSubgraph, toTour, toTourSummary, toWalkedSubgraph } from './mappers';
import { checkServerVersion, describeNeo4jError } from './neo4j-errors';
import { driverRunner, statement, type QueryRunner } from './run';

export interface Neo4jConfig {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

/** How many raw paths the database may hand back for ranking; mirrors the embedded store's bound. */
const MAX_PATHS_EXPLORED = 10_000;

/**
 * How long the store trusts the graph version it read last. A re-seed while the server runs is
 * seen by the API's response cache within this window; checking at most this often keeps the
 * version off the path of nearly every request.
 */
export const GRAPH_VERSION_RECHECK_MS = 5_000;

/** The GraphStore over Neo4j: every operation is one statement in one read transaction. */
export class Neo4jStore implements GraphStore {
  readonly name = 'neo4j' as const;

  /** The search index over the catalogue of one graph version, rebuilt when the database holds another. */
  private searchIndex: { version: string; search: ConceptSearch } | undefined;

  /** The search catalogue's read under way, if one is. */
  private searchRead: Promise<ConceptSearch> | undefined;

  /** The graph version last read, shared by concurrent callers while it is being read. */
  private version: { value: Promise<string>; readAt: number } | undefined;

  constructor(readonly runner: QueryRunner) {}

  async getConcepts(ids: readonly string[]): Promise<(Concept | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.runner.read(statement('read/get-concepts', { ids: [...new Set(ids)] }));
    const byId = new Map(rows.map((row) => toConcept(row.concept)).map((concept) => [concept.id, concept]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async getRelations(ids: readonly string[], options: RelationFilter = {}) {
    if (ids.length === 0) return [];
    const rows = await this.runner.read(statement('read/get-relations', { ids: [...new Set(ids)], types: options.types ?? null }));
    return rows.map((row) => toRelation(row.relation));
  }

  async listConcepts(options: ListOptions): Promise<ConceptPage> {
    const first = checkPageSize('first', options.first);
    const [row] = await this.runner.read(
      statement('read/list-concepts', {
        kinds: options.kinds ?? CONCEPT_KIND_NAMES,
        urgent: options.urgent ?? null,
        first: neo4j.int(first),
        after: options.after ?? '',
      }),
    );
    const { page, totalCount } = toConceptPage(row);
    return { concepts: page.slice(0, first), hasNextPage: page.length > first, totalCount };
  }

  async search(text: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const query = checkSearchText(text);
    const limit = checkPageSize('limit', options.limit ?? 20);
    return (await this.conceptSearch()).search(query, { ...options, limit });
  }

  /**
   * The search index of the graph version the database holds: the one held, while the version
   * read within GRAPH_VERSION_RECHECK_MS is still its version (as for the response cache), else
   * read in one round trip. At 100,000 concepts the round trip was a third of a search's time.
   */
  private async conceptSearch(): Promise<ConceptSearch> {
    const held = this.searchIndex;
    if (held && (await this.trustedVersion()) === held.version) return held.search;
    return this.sharedSearchRead();
  }

  /** The version read within the last GRAPH_VERSION_RECHECK_MS, if that read succeeded. */
  private async trustedVersion(): Promise<string | undefined> {
    return this.freshVersion()?.catch(() => undefined);
  }

  /** The version read, or being read, within the last GRAPH_VERSION_RECHECK_MS. */
  private freshVersion(): Promise<string> | undefined {
    return this.version && Date.now() - this.version.readAt < GRAPH_VERSION_RECHECK_MS ? this.version.value : undefined;
  }

  /**
   * Reads the catalogue statement: the version, and the catalogue when it is not the one held.
   * Searches begun while that trip is under way share it: a case's findings are searched all at
   * once, and each extra read would cost a session and a transaction for the same answer.
   */
  private sharedSearchRead(): Promise<ConceptSearch> {
    if (this.searchRead) return this.searchRead;
    const read = this.readConceptSearch();
    this.searchRead = read;
    const done = () => {
      if (this.searchRead === read) this.searchRead = undefined;
    };
    read.then(done, done);
    return read;
  }

  private async readConceptSearch(): Promise<ConceptSearch> {
    const known = this.searchIndex;
    const rows = await this.runner.read(statement('read/search-catalogue', { known: known?.version ?? '' }));
    const { version, catalogue } = toCatalogue(rows);
    this.version = { value: Promise.resolve(version), readAt: Date.now() };
    if (known?.version === version) return known.search;
    const search = new ConceptSearch(catalogue);
    this.searchIndex = { version, search };
    return search;
  }

  async prepare(): Promise<void> {
    await this.conceptSearch();
  }

  async graphVersion(): Promise<string> {
    const fresh = this.freshVersion();
    if (fresh) return fresh;
    const value = this.runner.read(statement('read/graph-version', {})).then(([row]) => toGraphVersion(row));
    const read = { value, readAt: Date.now() };
    this.version = read;
    // a failed read is not remembered: the next caller asks the database again
    value.catch(() => {
      if (this.version === read) this.version = undefined;
    });
    return value;
  }

  async neighborhood(ids: readonly string[], options: NeighborhoodOptions): Promise<Subgraph> {
    const depth = checkDepth(options);
    if (ids.length === 0) return { nodes: [], edges: [] };
    const rows = await this.runner.read(
      statement('read/neighborhood', {
        ids: [...checkIds(ids)],
        depth: neo4j.int(depth),
        kinds: options.kinds ?? null,
        relationTypes: options.relationTypes ?? null,
      }),
    );
    return sortedWalk(rows);
  }

  async paths(from: string, to: string, options: PathOptions): Promise<CausalPath[]> {
    const { maxHops, limit } = checkPathOptions(options);
    if (from === to) return [];
    const rows = await this.runner.read(
      statement('read/paths', { from, to, maxHops: neo4j.int(maxHops), causalTypes: CAUSAL_RELATION_TYPES, explore: neo4j.int(MAX_PATHS_EXPLORED) }),
    );
    return rankPaths(rows.map(toSubgraph)).slice(0, limit);
  }

  async causalUpstream(ids: readonly string[], options: UpstreamOptions): Promise<Subgraph> {
    const { maxHops } = checkUpstreamOptions(ids, options);
    if (ids.length === 0) return { nodes: [], edges: [] };
    const rows = await this.runner.read(
      statement('read/causal-upstream', { ids: [...new Set(ids)], maxHops: neo4j.int(maxHops), causalTypes: CAUSAL_RELATION_TYPES }),
    );
    return sortedWalk(rows);
  }

  async sources() {
    return (await this.runner.read(statement('read/sources', {}))).map((row) => toSource(row.source));
  }

  async stats(): Promise<GraphStats> {
    const [row] = await this.runner.read(statement('read/stats', {}));
    return toStats(row, this.name);
  }

  async tours(): Promise<TourSummary[]> {
    return (await this.runner.read(statement('read/tours', {}))).map((row) => toTourSummary(row.tour));
  }

  async tour(id: string): Promise<Tour | null> {
    const [row] = await this.runner.read(statement('read/tour', { id }));
    return row ? toTour(row.tour) : null;
  }

  close(): Promise<void> {
    return this.runner.close();
  }
}

/**
 * How long a request waits for Neo4j when it goes away: the driver retries a transaction on a
 * lost connection or a cluster's leader change for this long, then the request fails with
 * StoreUnavailableError (the driver reconnects on its own once the server is back).
 */
const DRIVER_OPTIONS = {
  userAgent: 'spasm-atlas',
  maxTransactionRetryTime: 5_000,
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 10_000,
} as const;

/** A walk's rows as a subgraph in id order, as every store returns one. */
function sortedWalk(rows: unknown): Subgraph {
  const { nodes, edges } = toWalkedSubgraph(rows);
  return { nodes: sortById(nodes), edges: sortById(edges) };
}

/** Connects, checks the server can serve this app, and returns the store. */

export async function createNeo4jStore(config: Neo4jConfig): Promise<Neo4jStore> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), DRIVER_OPTIONS);
  try {
    const info = await driver.getServerInfo({ database: config.database });
    checkServerVersion(info.agent, config.uri);
  } catch (error) {
    await driver.close();
    throw describeNeo4jError(error, config.uri);
  }
  return new Neo4jStore(driverRunner(driver, config.database, config.uri));
}
