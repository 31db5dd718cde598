import { assessChain, standaloneSources, type ChainAssessment, type Source } from '../domain';
import type { CausalPath } from '../store';

/**
 * A path's provenance in words a student can weigh: whether a source states the chain in one
 * passage, or the graph joins separate statements at a shared concept, and which sources each
 * join rests on. The path finder, explain, quizzes and tours all show these words.
 */
export function describeChain(path: CausalPath, sources: ReadonlyMap<string, Source>, assessment: ChainAssessment = assessChain(path.edges)): string {
  // a reader knows a source by its title; the file name is kept only for a source the store lacks
  const label = (id: string) => {
    const source = sources.get(id);
    return source ? `“${source.title}”` : `source ${id}`;
  };
  if (path.edges.length === 1) {
    const cited = standaloneSources(path.edges[0]!);
    return cited.length === 1 ? `Stated directly in ${label(cited[0]!)}.` : `Stated directly in ${cited.length} sources: ${cited.map(label).join(', ')}.`;
  }
  if (assessment.inferredLinks === 0) {
    const passageSources = [...new Set(assessment.links.map((link) => link!.source))];
    return passageSources.length === 1
      ? `Stated as one chain in ${label(passageSources[0]!)}.`
      : `Stated as one chain, in overlapping passages of ${passageSources.map(label).join(' and ')}.`;
  }
  const joins = assessment.links.flatMap((link, index) => {
    if (link) return [];
    const [before, after] = [standaloneSources(path.edges[index]!), standaloneSources(path.edges[index + 1]!)];
    const shared = before.filter((id) => after.includes(id));
    const how =
      shared.length > 0
        ? `separate sentences of ${shared.map(label).join(' and ')}`
        : `two different sources (${before.map(label).join(', ')} / ${after.map(label).join(', ')})`;
    return [`linked through ‘${path.nodes[index + 1]!.name}’ from ${how}`];
  });
  const lead = assessment.strength === 'strong' ? 'Inferred, every hop stated in two or more sources' : 'Inferred by the graph, not stated as one chain';
  return `${lead}: ${joins.join('; ')}.`;
}
