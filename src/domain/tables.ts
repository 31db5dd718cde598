/** The names of a table keyed by name (the domain's kinds, relation types, lanes…), in the table's order. */
export function keysOf<T extends object>(table: T): (keyof T & string)[] {
  // Object.keys types its answer string[] since an object may have more keys than its type names;
  // these tables are literals, with exactly the keys their type names
  return Object.keys(table) as (keyof T & string)[];
}

/** A complete record over a list of names, each value made from its name. */
export function recordOf<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  // Object.fromEntries cannot know the entries cover every key; the map over `keys` does
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}
