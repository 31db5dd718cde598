import { evidenceStrength, isStandaloneEvidence } from './evidence';
import type { Relation } from './model';

/**
 * How well a chain of relations is supported by the sources. A chain is only as strong as its
 * weakest hop, and two hops are only known to belong together when one passage of one source
 * states both: otherwise the chain is the graph's inference, joined at a shared concept.
 */

/** One passage of one source that states two consecutive hops together. */
export interface PassageRef {
  readonly source: string;
  readonly passage: string;
}

export type ChainStrength = 'attested' | 'strong' | 'inferred';

export interface ChainAssessment {
  /**
   * attested: a single hop, or every pair of consecutive hops stated in one passage;
   * strong: not attested, but every hop is stated (or told by an expert) in at least two sources;
   * inferred: stitched from separate statements, at least one hop resting on one source.
   */
  readonly strength: ChainStrength;
  /** links[i] joins edges[i] and edges[i + 1]: the passage stating both, or null when none does. */
  readonly links: readonly (PassageRef | null)[];
  /** Joins no passage attests. */
  readonly inferredLinks: number;
  /** The fewest distinct sources stating (or quoting an expert on) any one hop. */
  readonly weakestHopSources: number;
  /** The strongest evidence kind of the weakest hop, by EVIDENCE_KINDS strength. */
  readonly weakestHopStrength: number;
}

/** Distinct sources whose statement or expert quote supports the relation. */
export function standaloneSources(relation: Relation): string[] {
  return [...new Set(relation.evidence.filter((item) => isStandaloneEvidence(item.kind)).map((item) => item.source))].sort();
}

/** Every passage stating both relations. */
export function sharedPassages(first: Relation, second: Relation): PassageRef[] {
  return first.evidence.flatMap((a) =>
    a.passage !== undefined && second.evidence.some((b) => b.passage === a.passage && b.source === a.source) ? [{ source: a.source, passage: a.passage }] : [],
  );
}

export function assessChain(edges: readonly Relation[]): ChainAssessment {
  // Where a hop is stated in several passages, keep to the passage the previous join used.
  const links: (PassageRef | null)[] = [];
  edges.slice(1).forEach((edge, index) => {
    const shared = sharedPassages(edges[index]!, edge);
    const previous = links[index - 1];
    links.push(shared.find((link) => link.passage === previous?.passage) ?? shared[0] ?? null);
  });
  const inferredLinks = links.filter((link) => link === null).length;
  const weakestHopSources = Math.min(...edges.map((edge) => standaloneSources(edge).length));
  const weakestHopStrength = Math.min(...edges.map((edge) => Math.max(...edge.evidence.map((item) => evidenceStrength(item.kind)))));
  const strength: ChainStrength = inferredLinks === 0 ? 'attested' : weakestHopSources >= 2 ? 'strong' : 'inferred';
  return { strength, links, inferredLinks, weakestHopSources, weakestHopStrength };
}

/**
 * Best supported first: fewest joins no passage attests, then the weakest hop's distinct sources
 * and evidence kind, then fewest hops. Ties are left to the caller.
 */
export function compareChainSupport(a: { edges: readonly Relation[]; assessment: ChainAssessment }, b: { edges: readonly Relation[]; assessment: ChainAssessment }): number {
  return (
    a.assessment.inferredLinks - b.assessment.inferredLinks ||
    b.assessment.weakestHopSources - a.assessment.weakestHopSources ||
    b.assessment.weakestHopStrength - a.assessment.weakestHopStrength ||
    a.edges.length - b.edges.length
  );
}
