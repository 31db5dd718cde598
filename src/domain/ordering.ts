/**
 * Plain code-unit order, the order Neo4j's ORDER BY gives strings, so both stores list
 * things identically (locale-aware collation would not match the database).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortById<T extends { id: string }>(items: T[]): T[] {
  return items.sort((a, b) => compareText(a.id, b.id));
}
