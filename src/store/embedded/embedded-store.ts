import { MultiDirectedGraph } from 'graphology';
import { CAUSAL_RELATION_TYPES, compareText, sortById, type Concept, type KnowledgeGraph, type Relation, type RelationType, type Tour } from '../../domain';
import { countGraph } from '../../graph/counts';
import { graphVersion } from '../../graph/graph-version';
import { checkDepth, checkIds, checkPageSize, checkPathOptions, checkSearchText, checkUpstreamOptions } from '../check-options';
import { rankPaths } from '../rank-paths';
import { catalogueOf, ConceptSearch } from '../search-index';
import { ConceptLists } from './concept-lists';
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

type Graph = MultiDirectedGraph<{ concept: Concept }, { relation: Relation }>;

/** Enough to rank the best paths of any real graph without letting a dense one run away. */
const MAX_PATHS_EXPLORED = 10_000;

/** The graph in memory, in graphology: the store when no database is configured. */
export class EmbeddedStore implements GraphStore {
  readonly name = 'embedded' as const;
  private readonly graph: Graph = new MultiDirectedGraph();
  private readonly lists: ConceptLists;
  private readonly statistics: GraphStats;
  private readonly conceptSearch: ConceptSearch;

  constructor(private readonly knowledge: KnowledgeGraph) {
    for (const concept of knowledge.concepts) this.graph.addNode(concept.id, { concept });
    for (const relation of knowledge.relations) {
      this.graph.addDirectedEdgeWithKey(relation.id, relation.from, relation.to, { relation });
    }
    this.lists = new ConceptLists(knowledge.concepts);
    this.conceptSearch = new ConceptSearch(catalogueOf(knowledge));
    const counts = countGraph(knowledge);
    this.statistics = {
      store: this.name,
      version: graphVersion(knowledge),
      concepts: knowledge.concepts.length,
      relations: knowledge.relations.length,
      evidence: counts.evidence,
      sources: knowledge.sources.length,
      conceptsByKind: counts.concepts,
      relationsByType: counts.relations,
    };
  }

  async graphVersion(): Promise<string> {
    return this.statistics.version;
  }

  async getConcepts(ids: readonly string[]): Promise<(Concept | null)[]> {
    return ids.map((id) => this.concept(id) ?? null);
  }

  async getRelations(ids: readonly string[], options: RelationFilter = {}): Promise<Relation[]> {
    const found = new Map<string, Relation>();
    for (const id of ids) {
      if (!this.graph.hasNode(id)) continue;
      this.graph.forEachEdge(id, (_key, { relation }) => {
        if (!options.types || options.types.includes(relation.type)) found.set(relation.id, relation);
      });
    }
    return sortById([...found.values()]);
  }

  async listConcepts(options: ListOptions): Promise<ConceptPage> {
    return this.lists.page(options, checkPageSize('first', options.first));
  }

  async search(text: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const query = checkSearchText(text);
    const limit = checkPageSize('limit', options.limit ?? 20);
    return this.conceptSearch.search(query, { ...options, limit });
  }

  async neighborhood(ids: readonly string[], options: NeighborhoodOptions): Promise<Subgraph> {
    const depth = checkDepth(options);
    const follows = (type: RelationType) => !options.relationTypes || options.relationTypes.includes(type);
    const admits = (id: string) => !options.kinds || options.kinds.includes(this.concept(id)!.kind);

    const reached = new Set(checkIds(ids).filter((id) => this.graph.hasNode(id)));
    let frontier = [...reached];
    for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        this.graph.forEachNeighbor(id, (neighbor) => {
          if (reached.has(neighbor) || !admits(neighbor) || !this.joinedBy(id, neighbor, follows)) return;
          reached.add(neighbor);
          next.push(neighbor);
        });
      }
      frontier = next;
    }

    const edges = new Map<string, Relation>();
    for (const id of reached) {
      this.graph.forEachOutEdge(id, (_key, { relation }) => {
        if (reached.has(relation.to) && follows(relation.type)) edges.set(relation.id, relation);
      });
    }
    return {
      nodes: [...reached].sort().map((id) => this.concept(id)!),
      edges: sortById([...edges.values()]),
    };
  }

  async paths(from: string, to: string, options: PathOptions): Promise<CausalPath[]> {
    const { maxHops, limit } = checkPathOptions(options);
    if (!this.graph.hasNode(from) || !this.graph.hasNode(to) || from === to) return [];
    const distanceToEnd = this.causalDistancesTo(to, maxHops);
    if (!distanceToEnd.has(from)) return [];

    const found: CausalPath[] = [];
    const nodes = [from];
    const edges: Relation[] = [];
    const walk = (id: string) => {
      if (found.length >= MAX_PATHS_EXPLORED) return;
      if (id === to) {
        found.push({ nodes: nodes.map((n) => this.concept(n)!), edges: [...edges] });
        return;
      }
      this.graph.forEachOutEdge(id, (_key, { relation }) => {
        const next = relation.to;
        const remaining = distanceToEnd.get(next);
        if (!isCausal(relation.type) || remaining === undefined || edges.length + 1 + remaining > maxHops || nodes.includes(next)) return;
        nodes.push(next);
        edges.push(relation);
        walk(next);
        nodes.pop();
        edges.pop();
      });
    };
    walk(from);
    return rankPaths(found).slice(0, limit);
  }

  async causalUpstream(ids: readonly string[], options: UpstreamOptions): Promise<Subgraph> {
    const { maxHops } = checkUpstreamOptions(ids, options);
    const reached = new Set<string>();
    for (const id of ids) {
      if (!this.graph.hasNode(id)) continue;
      for (const upstream of this.causalDistancesTo(id, maxHops).keys()) reached.add(upstream);
    }
    const edges: Relation[] = [];
    for (const id of reached) {
      this.graph.forEachOutEdge(id, (_key, { relation }) => {
        if (isCausal(relation.type) && reached.has(relation.to)) edges.push(relation);
      });
    }
    return { nodes: [...reached].sort(compareText).map((id) => this.concept(id)!), edges: sortById(edges) };
  }

  async sources() {
    return sortById([...this.knowledge.sources]);
  }

  async stats(): Promise<GraphStats> {
    return this.statistics;
  }

  async tours(): Promise<TourSummary[]> {
    return sortById(this.knowledge.tours.map(({ id, title, audience, summary, steps }) => ({ id, title, audience, summary, stepCount: steps.length })));
  }

  async tour(id: string): Promise<Tour | null> {
    return this.knowledge.tours.find((tour) => tour.id === id) ?? null;
  }

  /** Everything, the search index included, is built when the store is made. */
  async prepare(): Promise<void> {}

  async close(): Promise<void> {}

  private concept(id: string): Concept | undefined {
    return this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'concept') : undefined;
  }

  private joinedBy(a: string, b: string, follows: (type: RelationType) => boolean): boolean {
    return this.graph.edges(a, b).concat(this.graph.edges(b, a)).some((key) => follows(this.graph.getEdgeAttribute(key, 'relation').type));
  }

  /** Hops from each concept to `end` along causal relations, up to `limit`: prunes the path search. */
  private causalDistancesTo(end: string, limit: number): Map<string, number> {
    const distance = new Map([[end, 0]]);
    let frontier = [end];
    for (let hop = 1; hop <= limit && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        this.graph.forEachInEdge(id, (_key, { relation }) => {
          if (!isCausal(relation.type) || distance.has(relation.from)) return;
          distance.set(relation.from, hop);
          next.push(relation.from);
        });
      }
      frontier = next;
    }
    return distance;
  }
}

function isCausal(type: RelationType): boolean {
  return CAUSAL_RELATION_TYPES.includes(type);
}

