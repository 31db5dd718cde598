import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphProblem } from './problem';
import type { ValidatedGraph } from './validate';

/**
 * Every quote must occur character for character in its source document, so a reader can
 * find it with a plain search. Reports each quote that does not, at its line.
 */
export function verifyQuotes(graph: ValidatedGraph, sourcesDir: string): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const texts = new Map<string, string | undefined>();
  const textOf = (source: string) => {
    if (!texts.has(source)) {
      const path = join(sourcesDir, source);
      texts.set(source, existsSync(path) ? readFileSync(path, 'utf8') : undefined);
    }
    return texts.get(source);
  };
  for (const relation of graph.relations) {
    const where = graph.evidenceLines.get(relation.id)!;
    relation.evidence.forEach((item, index) => {
      const text = textOf(item.source);
      if (text === undefined) {
        problems.push({ file: where.file, line: where.lineOf(index), message: `source document '${item.source}' is not in ${sourcesDir}` });
      } else if (!text.includes(item.quote)) {
        problems.push({ file: where.file, line: where.lineOf(index), message: `quote not found verbatim in ${item.source}: "${item.quote.slice(0, 80)}${item.quote.length > 80 ? '…' : ''}"` });
      }
    });
  }
  return problems;
}
