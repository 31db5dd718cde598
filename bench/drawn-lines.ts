import type { Page } from 'playwright-core';
import { crossingsAmong, linesBehindBoxes, type DrawnBox, type DrawnLine } from '../src/map/geometry';

/** What the interactive map draws, read from Cytoscape: each line along its drawn points, each box, what is inside the map. */
export interface DrawnMap {
  lines: (DrawnLine & { strong: boolean })[];
  boxes: DrawnBox[];
  /** Causes and conditions drawn fully inside the map. */
  causesInside: number;
  /** Whether the focus is drawn fully inside the map. */
  focusInside: boolean | null;
}

/**
 * Reads the map as Cytoscape has drawn it (model space): each edge from where it leaves its
 * source's shape, through its bends (segment points, or a curve's control point sampled), to
 * where it enters its target's; concept, control and lane-title boxes. Shared by npm run bench:ui
 * and the browser tests.
 */
export async function readDrawnMap(page: Page): Promise<DrawnMap> {
  return page.evaluate(() => {
    const cy = window.spasmAtlasMap!;
    const [width, height] = [cy.width(), cy.height()];
    // no named functions in here: the bench's compiler would wrap them in a helper the page lacks
    const inside = cy.nodes('.concept').filter((node) => {
      const box = node.renderedBoundingBox({ includeLabels: true });
      return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= width && box.y2 <= height;
    });
    const lines = cy.edges().map((edge) => {
      const start = edge.sourceEndpoint();
      const end = edge.targetEndpoint();
      const style = edge.style('curve-style') as string;
      let middle: { x: number; y: number }[] = [];
      if (style === 'segments') middle = edge.segmentPoints() ?? [];
      else if (style.includes('bezier')) {
        const control = edge.controlPoints()?.[0];
        // a quadratic curve, sampled finely enough to count what it passes
        if (control) middle = Array.from({ length: 15 }, (_, i) => (i + 1) / 16).map((t) => ({ x: (1 - t) ** 2 * start.x + 2 * (1 - t) * t * control.x + t * t * end.x, y: (1 - t) ** 2 * start.y + 2 * (1 - t) * t * control.y + t * t * end.y }));
      }
      return { id: edge.id(), from: edge.source().id(), to: edge.target().id(), strong: !edge.hasClass('aside'), points: [start, ...middle, end] };
    });
    const boxes = cy.nodes().map((node) => {
      const { x1, y1, x2, y2 } = node.boundingBox({ includeLabels: false, includeOverlays: false });
      return { id: node.id(), box: { x1, y1, x2, y2 } };
    });
    const focus = cy.nodes('.focus');
    return {
      lines,
      boxes,
      causesInside: inside.filter((node) => ['Cause', 'Condition'].includes(node.data('kind') as string)).length,
      focusInside: focus.empty() ? null : inside.contains(focus.first()),
    };
  });
}

/** The line counts the map is held to: strong lines behind a box they do not touch, and crossings. */
export function lineCounts(map: DrawnMap) {
  const strong = map.lines.filter((line) => line.strong);
  const behind = linesBehindBoxes(strong, map.boxes);
  return {
    strongLines: strong.length,
    allLines: map.lines.length,
    behind: behind.length,
    behindExamples: behind.slice(0, 3).map(({ line, box }) => `${line} behind ${box}`),
    strongCrossings: crossingsAmong(strong),
    allCrossings: crossingsAmong(map.lines),
  };
}
