import {
  assessChain,
  CAUSAL_RELATION_TYPES,
  CHAIN_ORIGIN_KINDS,
  CHAIN_OUTCOME_KINDS,
  compareChainSupport,
  EVIDENCE_KIND_NAMES,
  relationTypesInRole,
  standaloneSources,
  recordOf,
  TREATMENT_ACTION_TYPES,
  type ChainAssessment,
  type ChainStrength,
  type Concept,
  type EvidenceKind,
  type KnowledgeGraph,
  type Relation,
  type RelationType,
} from '../domain';
import { countGraph, type GraphCounts } from './counts';

/** How far the report looks for chains between an origin and an outcome, as the path finder does by default. */
const CHAIN_HOPS = 4;

export interface GraphReport {
  readonly counts: GraphCounts;
  readonly evidenceBySource: Record<string, number>;
  readonly evidenceByKind: Record<EvidenceKind, number>;
  /** Concepts in no relation at all. */
  readonly orphans: Concept[];
  /** Symptoms no Cause or Condition reaches along causal relations. */
  readonly unexplainedSymptoms: Concept[];
  /**
   * Treatments that relieve, target and prevent nothing and carry no warning: a measure the
   * sources only warn against (lying still most of the time) is a finding, not an idle entry.
   */
  readonly idleTreatments: Concept[];
  /** Red flags that suggest no condition. */
  readonly silentRedFlags: Concept[];
  /** Passages that state a chain of two or more hops, with the relations they join. */
  readonly statedChains: { passage: string; source: string; relations: string[] }[];
  /** Every origin → outcome pair a causal path joins, by its best path: one stated hop, or a chain by strength. */
  readonly bestChainByStrength: Record<ChainSupport, number>;
  /** Relations by how many distinct sources state them (or quote an expert), and with anecdotes beside. */
  readonly relationsBySupport: Record<string, number>;
  /** Red flags by how specific the conditions they point to are. */
  readonly redFlagsBySpecificity: { specific: RedFlagTargets[]; catchAllOnly: RedFlagTargets[] };
}

export type ChainSupport = 'stated directly (one hop)' | `${ChainStrength} chain`;

export interface RedFlagTargets {
  readonly redFlag: Concept;
  readonly targets: string[];
}

/** What a curator needs to see to judge the graph's coverage and gaps. */
export function reportGraph(graph: KnowledgeGraph): GraphReport {
  const evidenceBySource = Object.fromEntries(graph.sources.map((source) => [source.id, 0]));
  const evidenceByKind = recordOf(EVIDENCE_KIND_NAMES, () => 0);
  for (const relation of graph.relations) {
    for (const item of relation.evidence) {
      evidenceBySource[item.source] = (evidenceBySource[item.source] ?? 0) + 1;
      evidenceByKind[item.kind]++;
    }
  }

  const related = new Set(graph.relations.flatMap((relation) => [relation.from, relation.to]));
  const actsOn = (id: string, types: readonly RelationType[]) => graph.relations.some((r) => r.from === id && types.includes(r.type));
  const ofKind = (kind: Concept['kind']) => graph.concepts.filter((concept) => concept.kind === kind);
  const reached = causallyReachable(graph);

  return {
    counts: countGraph(graph),
    evidenceBySource,
    evidenceByKind,
    orphans: graph.concepts.filter((concept) => !related.has(concept.id)),
    unexplainedSymptoms: ofKind('Symptom').filter((concept) => !reached.has(concept.id)),
    idleTreatments: ofKind('Treatment').filter((concept) => !actsOn(concept.id, [...TREATMENT_ACTION_TYPES, ...CAUTION_TYPES])),
    silentRedFlags: ofKind('RedFlag').filter((concept) => !actsOn(concept.id, SIGN_TYPES)),
    statedChains: statedChains(graph),
    bestChainByStrength: bestChainByStrength(graph),
    relationsBySupport: relationsBySupport(graph),
    redFlagsBySpecificity: redFlagsBySpecificity(graph),
  };
}

const SIGN_TYPES = relationTypesInRole('sign');
const CAUTION_TYPES = relationTypesInRole('caution');

function statedChains(graph: KnowledgeGraph) {
  const byPassage = new Map<string, { passage: string; source: string; relations: string[] }>();
  for (const relation of graph.relations) {
    for (const item of relation.evidence) {
      if (item.passage === undefined) continue;
      const chain = byPassage.get(item.passage) ?? { passage: item.passage, source: item.source, relations: [] };
      if (!chain.relations.includes(relation.id)) chain.relations.push(relation.id);
      byPassage.set(item.passage, chain);
    }
  }
  return [...byPassage.values()].sort((a, b) => (a.passage < b.passage ? -1 : 1));
}

/** For each origin and each outcome a causal path joins, the strength of the best-supported path, as the stores rank them. */
function bestChainByStrength(graph: KnowledgeGraph): Record<ChainSupport, number> {
  const out = new Map<string, Relation[]>();
  for (const relation of graph.relations) {
    if (CAUSAL_RELATION_TYPES.includes(relation.type)) out.set(relation.from, [...(out.get(relation.from) ?? []), relation]);
  }
  const kindOf = new Map(graph.concepts.map((concept) => [concept.id, concept.kind]));
  const counts: Record<ChainSupport, number> = { 'stated directly (one hop)': 0, 'attested chain': 0, 'strong chain': 0, 'inferred chain': 0 };
  for (const origin of graph.concepts.filter((concept) => CHAIN_ORIGIN_KINDS.includes(concept.kind))) {
    const best = new Map<string, { edges: Relation[]; assessment: ChainAssessment }>();
    const walk = (at: string, edges: Relation[], seen: Set<string>) => {
      for (const relation of out.get(at) ?? []) {
        if (seen.has(relation.to)) continue;
        const path = [...edges, relation];
        if (CHAIN_OUTCOME_KINDS.includes(kindOf.get(relation.to)!)) {
          const candidate = { edges: path, assessment: assessChain(path) };
          const current = best.get(relation.to);
          if (!current || compareChainSupport(candidate, current) < 0) best.set(relation.to, candidate);
        }
        if (path.length < CHAIN_HOPS) walk(relation.to, path, new Set([...seen, relation.to]));
      }
    };
    walk(origin.id, [], new Set([origin.id]));
    for (const { edges, assessment } of best.values()) counts[edges.length === 1 ? 'stated directly (one hop)' : (`${assessment.strength} chain` as const)]++;
  }
  return counts;
}

function relationsBySupport(graph: KnowledgeGraph): Record<string, number> {
  const counts: Record<string, number> = {
    'stated in 3 or more sources': 0,
    'stated in 2 sources': 0,
    'stated in 1 source': 0,
    'with an expert quote': 0,
    'with an anecdote or question beside': 0,
  };
  for (const relation of graph.relations) {
    const sources = standaloneSources(relation).length;
    counts[sources >= 3 ? 'stated in 3 or more sources' : sources === 2 ? 'stated in 2 sources' : 'stated in 1 source']!++;
    if (relation.evidence.some((item) => item.kind === 'expert')) counts['with an expert quote']!++;
    if (relation.evidence.some((item) => item.kind === 'anecdote' || item.kind === 'question')) counts['with an anecdote or question beside']!++;
  }
  return counts;
}

/**
 * A condition marked `unspecified` is a catch-all the sources do not name ("a serious underlying
 * condition"); a red flag is specific when it also points to a named condition.
 */
function redFlagsBySpecificity(graph: KnowledgeGraph) {
  const redFlags = graph.concepts.filter((concept) => concept.kind === 'RedFlag');
  const targetsOf = (id: string) => graph.relations.filter((r) => r.from === id && SIGN_TYPES.includes(r.type)).map((r) => r.to);
  const unspecified = new Set(graph.concepts.filter((concept) => concept.unspecified).map((concept) => concept.id));
  const catchAll = (target: string) => unspecified.has(target);
  const all = redFlags.map((redFlag) => ({ redFlag, targets: targetsOf(redFlag.id) })).filter(({ targets }) => targets.length > 0);
  return { specific: all.filter(({ targets }) => targets.some((t) => !catchAll(t))), catchAllOnly: all.filter(({ targets }) => targets.every(catchAll)) };
}

/** Every concept some Cause or Condition reaches by following causal relations forwards. */
function causallyReachable(graph: KnowledgeGraph): Set<string> {
  const next = new Map<string, string[]>();
  for (const relation of graph.relations) {
    if (CAUSAL_RELATION_TYPES.includes(relation.type)) next.set(relation.from, [...(next.get(relation.from) ?? []), relation.to]);
  }
  const starts = graph.concepts.filter((c) => CHAIN_ORIGIN_KINDS.includes(c.kind)).map((c) => c.id);
  const reached = new Set<string>();
  const queue = starts.flatMap((id) => next.get(id) ?? []);
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    queue.push(...(next.get(id) ?? []));
  }
  return reached;
}
