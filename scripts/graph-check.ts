import { existsSync } from 'node:fs';
import { checkGraph, countGraph, formatProblem } from '../src/graph';
import { scriptGraphArgs, table } from './cli-args';

const { graphDir, sourcesDir } = scriptGraphArgs();

if (sourcesDir && !existsSync(sourcesDir)) {
  console.error(`Sources folder ${sourcesDir} does not exist: pass --sources with the folder holding the source documents.`);
  process.exit(2);
}

const { graph, problems } = checkGraph(graphDir, { sourcesDir });
if (!graph) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${graphDir}:`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}

const counts = countGraph(graph);
console.log(table('Concepts by kind', Object.entries(counts.concepts)));
console.log(table('Relations by type', Object.entries(counts.relations)));
console.log(
  `${graph.concepts.length} concepts, ${graph.relations.length} relations, ${counts.evidence} evidence quotes from ${graph.sources.length} sources; ${graph.tours.length} tour${graph.tours.length === 1 ? '' : 's'}.`,
);
console.log(
  sourcesDir
    ? `Every quote was found verbatim in its document under ${sourcesDir}.`
    : 'Quote verification skipped: pass --sources <dir> (or set GRAPH_SOURCES) to check every quote against its document.',
);
