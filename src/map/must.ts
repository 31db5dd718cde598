/**
 * What planning recorded itself, read back: the value a map holds for a key, or the item at an
 * index. Planning builds these tables from the data it places, so a miss is a bug in planning;
 * it is said plainly, naming what was missing, rather than drawn as a line to nowhere.
 */
export function must<K, V>(table: ReadonlyMap<K, V>, key: K, what: string): V;
export function must<V>(table: readonly V[], index: number, what: string): V;
export function must<V>(table: ReadonlyMap<unknown, V> | readonly V[], key: unknown, what: string): V {
  const value = 'get' in table ? table.get(key) : typeof key === 'number' ? table[key] : undefined;
  if (value === undefined) throw new Error(`Map planning found no ${what} for ${JSON.stringify(key)}: it looked up something it had not recorded.`);
  return value;
}
