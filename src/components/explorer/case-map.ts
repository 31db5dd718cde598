import type { CaseResult } from '../../client/case-analysis';

type Analysis = CaseResult['caseAnalysis'];
type ApiNode = Analysis['explanations'][number]['paths'][number]['nodes'][number];
type ApiEdge = Analysis['explanations'][number]['paths'][number]['edges'][number];

/**
 * What the map draws for a case, as the API sent it: the findings, every listed explanation
 * with its paths to them, and the red flags (their group is on the map, never hidden). A red
 * flag's own relations are left to its panel: what they point to is not part of the case.
 */
export function caseSubgraph(analysis: Analysis): { nodes: ApiNode[]; edges: ApiEdge[] } {
  const nodes = [
    ...analysis.findings.flatMap((finding) => finding.concept ?? []),
    ...analysis.explanations.flatMap((explanation) => [explanation.concept, ...explanation.paths.flatMap((path) => path.nodes)]),
    ...analysis.redFlags.map((flag) => flag.redFlag),
  ];
  const edges = analysis.explanations.flatMap((explanation) => explanation.paths.flatMap((path) => path.edges));
  return { nodes, edges };
}

/** The concepts and relations of one explanation's paths: what the map marks as chosen. */
export function explanationIds(explanation: Analysis['explanations'][number] | undefined): Set<string> {
  if (!explanation) return new Set();
  return new Set([explanation.concept.id, ...explanation.paths.flatMap((path) => [...path.nodes.map((node) => node.id), ...path.edges.map((edge) => edge.id)])]);
}
