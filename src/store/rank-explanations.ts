import { assessChain, compareText, type ChainAssessment, type ChainStrength, type Concept, type ConceptKind, isHedgedRelation, type Relation } from '../domain';
import { rankPaths } from './rank-paths';
import type { CausalPath, GraphStore, Subgraph } from './store';

/** What a case analysis offers as explaining findings: what the graph's causal relations start from. */
export const EXPLANATION_KINDS: readonly ConceptKind[] = ['Cause', 'Condition', 'Mechanism'];

/** How far back from a finding an explanation may lie: the path finder's default reach. */
export const CASE_MAX_HOPS = 4;

/** Bounds the walk back from one finding, like the path search's bound, so a dense graph cannot run away. */
const MAX_PATHS_PER_FINDING = 20_000;

export interface Explanation {
  readonly concept: Concept;
  /** The findings it accounts for, in the order they were given; itself first among them when it is one. */
  readonly covers: readonly Concept[];
  /** True when the explanation is itself one of the findings (a history item such as heavy lifting). */
  readonly isFinding: boolean;
  /** The best path (as `paths` ranks them) to each covered finding other than itself, in the findings' order. */
  readonly paths: readonly CausalPath[];
  /** The weakest of those paths' strengths: the explanation is only as well supported as its weakest path. */
  readonly strength: ChainStrength;
  /** True when the weakest path has a hop whose every quote hedges ("may", "can"). */
  readonly hedged: boolean;
  /** Relations along all of its paths together. */
  readonly hops: number;
}

/**
 * The ranked explanations of a case: causes, conditions and mechanisms leading to its findings
 * along causal relations. Both stores answer through this one function, so they rank alike.
 */
export async function explainFindings(store: GraphStore, findings: readonly Concept[], maxHops = CASE_MAX_HOPS): Promise<Explanation[]> {
  if (findings.length === 0) return [];
  const upstream = await store.causalUpstream(
    findings.map((finding) => finding.id),
    { maxHops },
  );
  return rankExplanations(upstream, findings, maxHops);
}

/**
 * Best first:
 * 1. more findings covered;
 * 2. the weakest path's grade (attested before strong before inferred; at each strength, a path
 *    with a hedged hop below one without): see compareWeakestHop;
 * 3. fewer hops over all its paths;
 * 4. more sources behind the weakest hop of its weakest path; 5. the concept's id, so the order is total.
 * An explanation must lead to at least one finding besides itself: a finding that explains
 * nothing else is only the finding.
 */
export function rankExplanations(upstream: Subgraph, findings: readonly Concept[], maxHops: number): Explanation[] {
  const findingIds = [...new Set(findings.map((finding) => finding.id))];
  const concepts = new Map(upstream.nodes.map((concept) => [concept.id, concept]));
  const incoming = new Map<string, Relation[]>();
  for (const edge of upstream.edges) {
    const known = incoming.get(edge.to);
    if (known) known.push(edge);
    else incoming.set(edge.to, [edge]);
  }

  const bestPaths = new Map<string, Map<string, CausalPath>>();
  for (const findingId of findingIds) {
    for (const [start, paths] of pathsEndingAt(findingId, incoming, concepts, maxHops)) {
      if (!EXPLANATION_KINDS.includes(concepts.get(start)!.kind)) continue;
      const byFinding = bestPaths.get(start) ?? new Map<string, CausalPath>();
      byFinding.set(findingId, rankPaths(paths)[0]!);
      bestPaths.set(start, byFinding);
    }
  }

  return [...bestPaths]
    .map(([start, byFinding]) => {
      const concept = concepts.get(start)!;
      const isFinding = findingIds.includes(start);
      const paths = findingIds.flatMap((id) => byFinding.get(id) ?? []);
      const graded = paths.map((path) => ({ path, assessment: assessChain(path.edges), hedged: hasHedgedHop(path) }));
      const weakest = graded.reduce((worst, next) => (compareWeakestHop(next, worst) > 0 ? next : worst));
      return {
        explanation: {
          concept,
          covers: [...(isFinding ? [start] : []), ...findingIds.filter((id) => byFinding.has(id))].map((id) => concepts.get(id)!),
          isFinding,
          paths,
          strength: weakest.assessment.strength,
          hedged: weakest.hedged,
          hops: paths.reduce((sum, path) => sum + path.edges.length, 0),
        } satisfies Explanation,
        weakest,
      };
    })
    .sort(
      (a, b) =>
        b.explanation.covers.length - a.explanation.covers.length ||
        compareWeakestHop(a.weakest, b.weakest) ||
        a.explanation.hops - b.explanation.hops ||
        b.weakest.assessment.weakestHopSources - a.weakest.assessment.weakestHopSources ||
        compareText(a.explanation.concept.id, b.explanation.concept.id),
    )
    .map(({ explanation }) => explanation);
}

const STRENGTH_ORDER: readonly ChainStrength[] = ['attested', 'strong', 'inferred'];

/**
 * The one place a path's weakest hop is graded for ranking explanations: attested before strong
 * before inferred, and at the same strength a path with a hedged hop below one without.
 * Negative when `a` is better supported than `b`.
 */
export function compareWeakestHop(a: { assessment: ChainAssessment; hedged: boolean }, b: { assessment: ChainAssessment; hedged: boolean }): number {
  return STRENGTH_ORDER.indexOf(a.assessment.strength) - STRENGTH_ORDER.indexOf(b.assessment.strength) || Number(a.hedged) - Number(b.hedged);
}

function hasHedgedHop(path: CausalPath): boolean {
  return path.edges.some(isHedgedRelation);
}

/** Every simple causal path of 1 to maxHops relations ending at `end`, grouped by where it starts. */
function pathsEndingAt(end: string, incoming: ReadonlyMap<string, Relation[]>, concepts: ReadonlyMap<string, Concept>, maxHops: number): Map<string, CausalPath[]> {
  const byStart = new Map<string, CausalPath[]>();
  const nodes = [end];
  const edges: Relation[] = [];
  let explored = 0;
  const walk = (id: string) => {
    for (const relation of incoming.get(id) ?? []) {
      if (explored >= MAX_PATHS_PER_FINDING || nodes.includes(relation.from)) continue;
      explored++;
      nodes.push(relation.from);
      edges.push(relation);
      const path = { nodes: nodes.toReversed().map((n) => concepts.get(n)!), edges: edges.toReversed() };
      const known = byStart.get(relation.from);
      if (known) known.push(path);
      else byStart.set(relation.from, [path]);
      if (edges.length < maxHops) walk(relation.from);
      nodes.pop();
      edges.pop();
    }
  };
  walk(end);
  return byStart;
}
