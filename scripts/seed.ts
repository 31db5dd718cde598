import { readConfig } from '../src/config';
import { loadGraph } from '../src/graph';
import { seedNeo4j } from '../src/store/neo4j/seed';
import { table } from './cli-args';
import { progressLine } from './seed-progress';

/** npm run seed: load graph/ into the Neo4j named by NEO4J_URI, idempotently. */
async function main() {
  const config = readConfig({ ...process.env, STORE: 'neo4j' });
  if (config.store !== 'neo4j') throw new Error('unreachable: STORE is neo4j');
  const started = performance.now();
  const graph = loadGraph(config.graphDir);
  const loaded = performance.now();
  const tty = Boolean(process.stdout.isTTY);
  const stats = await seedNeo4j(config.neo4j, graph, {
    onProgress: (progress) => {
      const line = progressLine(progress, (performance.now() - loaded) / 1000, tty);
      if (tty) process.stdout.write(`\r${line}`);
      else console.log(line);
    },
  });
  if (tty) process.stdout.write('\n');
  const seconds = (at: number) => ((at - started) / 1000).toFixed(1);
  console.log(`Seeded ${config.neo4j.uri} (database ${config.neo4j.database}) from ${config.graphDir} in ${seconds(performance.now())} s (${seconds(loaded)} s reading graph/):`);
  console.log(table('Concepts by kind', Object.entries(stats.conceptsByKind)));
  console.log(table('Relations by type', Object.entries(stats.relationsByType)));
  console.log(`${stats.concepts} concepts, ${stats.relations} relations, ${stats.evidence} quotes, ${stats.sources} sources.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
