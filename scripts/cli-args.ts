import { resolve } from 'node:path';

/** The options the graph scripts share: which graph folder, and where the source documents are. */
export function graphArgs(argv: readonly string[]): { graphDir: string; sourcesDir?: string } {
  const valueOf = (flag: string) => {
    const index = argv.indexOf(flag);
    if (index === -1) return undefined;
    const value = argv[index + 1];
    if (!value || value.startsWith('--')) {
      console.error(`${flag} needs a folder, e.g. ${flag} ../shared/seeds`);
      process.exit(2);
    }
    return value;
  };
  const sourcesDir = valueOf('--sources') ?? process.env.GRAPH_SOURCES;
  return {
    graphDir: resolve(valueOf('--graph') ?? process.env.GRAPH_DIR ?? 'graph'),
    sourcesDir: sourcesDir ? resolve(sourcesDir) : undefined,
  };
}

/** A two-column table with right-aligned numbers, the way the scripts print counts. */
export function table(title: string, rows: Iterable<readonly [string, number | string]>): string {
  const list = [...rows];
  const width = Math.max(title.length, ...list.map(([label]) => label.length));
  return [title, ...list.map(([label, value]) => `  ${label.padEnd(width)}  ${String(value).padStart(5)}`)].join('\n');
}
