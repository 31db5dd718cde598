import type { LaneLayout } from '../../map/lane-layout';

interface Drawn {
  layout: LaneLayout;
  focusName: string | null;
  /** The map draws a pasted query's result instead of the explorer's view. */
  custom: boolean;
  /** The map draws a case: its findings and the explanations the sources give. */
  caseAnalysis?: { explanations: readonly unknown[]; findings: readonly unknown[] } | null;
}

const hiddenIn = (layout: LaneLayout) => layout.lanes.reduce((sum, lane) => sum + lane.hidden, 0);

/** The map's accessible name: what is drawn, what waits behind "more", and where the same is told as text. */
export function mapLabel({ layout, focusName }: Drawn): string {
  const hidden = hiddenIn(layout);
  const more = hidden > 0 ? `, ${hidden} more behind “more” controls` : '';
  const focused = focusName ? `, focused on ${focusName}` : '';
  return `Cause-and-effect map: ${layout.nodes.length} concepts and ${layout.edges.length} relations drawn${more}${focused}. The outline lists the same content as text.`;
}

/** Announced politely when it changes: what the map now shows, not the whole outline. */
export function mapAnnouncement({ layout, focusName, custom, caseAnalysis }: Drawn): string {
  if (caseAnalysis && !custom) {
    return `The map shows the case: ${caseAnalysis.explanations.length} explanations of ${caseAnalysis.findings.length} findings, ${layout.nodes.length} concepts drawn.`;
  }
  if (custom) return `The map shows the result of your query: ${layout.nodes.length} concepts.`;
  const hidden = hiddenIn(layout);
  return `Map focused on ${focusName ?? 'nothing'}: ${layout.nodes.length} concepts drawn${hidden > 0 ? `, ${hidden} more available` : ''}.`;
}
