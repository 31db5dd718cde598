/**
 * A fast layered layout for large views: one column per kind layer, left to right, and in
 * each column the nodes ordered by the mean row of their neighbours in earlier columns
 * (a barycentre sweep), ties by id. Linear in nodes and edges, and deterministic.
 */
export interface ColumnNode {
  id: string;
  layer: number;
}

export interface ColumnEdge {
  source: string;
  target: string;
}

export const COLUMN_SPACING = { x: 260, y: 56 } as const;

export function columnPositions(nodes: readonly ColumnNode[], edges: readonly ColumnEdge[]): Map<string, { x: number; y: number }> {
  const layers = [...new Set(nodes.map((n) => n.layer))].sort((a, b) => a - b);
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of edges) {
    neighbours.set(source, [...(neighbours.get(source) ?? []), target]);
    neighbours.set(target, [...(neighbours.get(target) ?? []), source]);
  }
  const row = new Map<string, number>();
  const columns = layers.map((layer) => nodes.filter((n) => n.layer === layer).map((n) => n.id).sort());
  for (const column of columns) {
    const barycentre = (id: string) => {
      const placed = (neighbours.get(id) ?? []).map((n) => row.get(n)).filter((r): r is number => r !== undefined);
      return placed.length === 0 ? Number.POSITIVE_INFINITY : placed.reduce((a, b) => a + b, 0) / placed.length;
    };
    const keyed = column.map((id) => ({ id, key: barycentre(id) }));
    keyed.sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : 1));
    keyed.forEach(({ id }, index) => row.set(id, index - (keyed.length - 1) / 2));
  }
  const positions = new Map<string, { x: number; y: number }>();
  columns.forEach((column, index) => {
    for (const id of column) positions.set(id, { x: index * COLUMN_SPACING.x, y: row.get(id)! * COLUMN_SPACING.y });
  });
  return positions;
}
