import { checkGraph, formatProblem, reportGraph } from '../src/graph';
import type { Concept } from '../src/domain';
import { scriptGraphArgs, table } from './cli-args';

/** npm run graph:report: what the graph holds, where its evidence comes from, and its gaps. */
const { graphDir, sourcesDir } = scriptGraphArgs();
const { graph, problems } = checkGraph(graphDir, { sourcesDir });
if (!graph) {
  console.error(`graph/ does not validate; fix these first (npm run graph:check):`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}

const report = reportGraph(graph);
const list = (title: string, concepts: Concept[]) =>
  console.log(`${title}: ${concepts.length === 0 ? 'none' : `\n${concepts.map((c) => `  ${c.id} (${c.kind})`).join('\n')}`}`);

console.log(table('Concepts by kind', Object.entries(report.counts.concepts)));
console.log(table('Relations by type', Object.entries(report.counts.relations)));
const titles = new Map(graph.sources.map((source) => [source.id, source.title]));
console.log(table('Evidence per source', Object.entries(report.evidenceBySource).map(([id, n]) => [`${id}  ${titles.get(id) ?? ''}`, n] as const)));
console.log(table('Evidence per kind', Object.entries(report.evidenceByKind)));
list('Orphans (in no relation)', report.orphans);
list('Symptoms no cause reaches through a causal path', report.unexplainedSymptoms);
list('Treatments that relieve, target, prevent or carry a warning about nothing', report.idleTreatments);
list('Red flags that suggest nothing', report.silentRedFlags);
console.log(table('Best causal path per origin → outcome pair (attested: one passage states every join)', Object.entries(report.bestChainByStrength)));
console.log(`Passages stating a chain of two or more hops: ${report.statedChains.length}`);
for (const chain of report.statedChains) console.log(`  ${chain.passage} (${chain.source.slice(0, 3)}): ${chain.relations.join(', ')}`);
console.log(table('Relations by evidence strength', Object.entries(report.relationsBySupport)));
const flags = (items: typeof report.redFlagsBySpecificity.specific) => items.map(({ redFlag, targets }) => `  ${redFlag.id} → ${targets.join(', ')}`).join('\n');
console.log(`Red flags by how specific their target is:
 names a specific condition: ${report.redFlagsBySpecificity.specific.length}
${flags(report.redFlagsBySpecificity.specific)}
 names no condition (only the unspecified placeholder): ${report.redFlagsBySpecificity.catchAllOnly.length}
${flags(report.redFlagsBySpecificity.catchAllOnly)}`);
