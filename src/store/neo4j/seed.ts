import neo4j from 'neo4j-driver';
import type { KnowledgeGraph } from '../../domain';
import { toStaleCounts } from './mappers';
import { createNeo4jStore, type Neo4jConfig } from './neo4j-store';
import { statement, type QueryRunner } from './run';
import type { GraphStats } from '../store';
import { SEED_BATCH_SIZE, schemaStatements, seedTransactions } from './seed-statements';

/** How far a seed has got: concepts and relations written so far, of how many. */
export interface SeedProgress {
  readonly concepts: number;
  readonly relations: number;
  readonly totalConcepts: number;
  readonly totalRelations: number;
}

/**
 * Makes the database hold exactly this graph. Schema first (Neo4j runs schema changes in
 * their own transactions), then the data: one write transaction for a graph of a few thousand
 * concepts, so a failure part-way leaves the previous graph untouched, and batches for a larger
 * one (see seedTransactions). `onProgress` hears after each transaction. Last, when the seed
 * made indexes (a fresh database), it waits for them and has the planner's statistics sampled,
 * so the first reads seek the new indexes instead of scanning; later seeds skip that second.
 */
export async function seedNeo4j(
  config: Neo4jConfig,
  graph: KnowledgeGraph,
  { onProgress = () => {}, batchSize = SEED_BATCH_SIZE }: { onProgress?: (progress: SeedProgress) => void; batchSize?: number } = {},
): Promise<GraphStats> {
  const store = await createNeo4jStore(config);
  try {
    let schemaAdded = 0;
    for (const schema of schemaStatements()) schemaAdded += (await store.runner.write([schema])).schemaAdded;
    await removeStaleInBatches(store.runner, graph, batchSize);
    const progress = { concepts: 0, relations: 0, totalConcepts: graph.concepts.length, totalRelations: graph.relations.length };
    for (const transaction of seedTransactions(graph, batchSize)) {
      await store.runner.write(transaction.statements);
      progress.concepts += transaction.concepts;
      progress.relations += transaction.relations;
      onProgress({ ...progress });
    }
    if (schemaAdded > 0) await store.runner.read(statement('seed/prepare-for-replanning', {}));
    return await store.stats();
  } finally {
    await store.close();
  }
}

/**
 * Removes what graph/ no longer has, a batch per transaction, when there is more than a batch of
 * it (a smaller atlas seeded over a larger one); a batch's worth or less is removed in the
 * closing transaction, with the rest. Relations go first, so each concept's batch deletes little
 * besides the concepts. A seed that fails here has removed some of the old graph and still names
 * its version; running it again finishes.
 */
export async function removeStaleInBatches(runner: QueryRunner, graph: KnowledgeGraph, batchSize: number): Promise<void> {
  const conceptIds = graph.concepts.map((c) => c.id);
  const relationIds = graph.relations.map((r) => r.id);
  const [row] = await runner.read(statement('seed/count-stale', { conceptIds, relationIds }));
  const stale = toStaleCounts(row);
  if (stale.concepts <= batchSize && stale.relations <= batchSize) return;
  const batch = neo4j.int(batchSize);
  for (let left = stale.relations; left > 0; left -= batchSize) await runner.write([statement('seed/remove-stale-relations-batch', { ids: relationIds, batch })]);
  for (let left = stale.concepts; left > 0; left -= batchSize) await runner.write([statement('seed/remove-stale-concepts-batch', { ids: conceptIds, batch })]);
}
