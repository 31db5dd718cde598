import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const GRAPH_OPTIONS = {
  graph: { type: 'string' },
  sources: { type: 'string' },
} as const;

const USAGE = 'Options: --graph <folder> (default graph/, or GRAPH_DIR), --sources <folder> (or GRAPH_SOURCES), e.g. --sources ../shared/seeds';

/** Bad command-line input: the message says what was wrong and which options there are. */
export class UsageError extends Error {}

/**
 * The options the graph scripts share: which graph folder, and where the source documents are.
 * Strict, so a misspelt option (`--grpah`) is an error rather than silently ignored.
 */
export function graphArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): { graphDir: string; sourcesDir?: string } {
  let values: { graph?: string; sources?: string };
  try {
    ({ values } = parseArgs({ args: [...argv], options: GRAPH_OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const sourcesDir = values.sources ?? env.GRAPH_SOURCES;
  return {
    graphDir: resolve(values.graph ?? env.GRAPH_DIR ?? 'graph'),
    sourcesDir: sourcesDir ? resolve(sourcesDir) : undefined,
  };
}

/** graphArgs for a script's own command line: a usage error is printed and ends the script with status 2. */
export function scriptGraphArgs(): { graphDir: string; sourcesDir?: string } {
  try {
    return graphArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}

/** A two-column table with right-aligned numbers, the way the scripts print counts. */
export function table(title: string, rows: Iterable<readonly [string, number | string]>): string {
  const list = [...rows];
  const width = Math.max(title.length, ...list.map(([label]) => label.length));
  return [title, ...list.map(([label, value]) => `  ${label.padEnd(width)}  ${String(value).padStart(5)}`)].join('\n');
}
