import type { KnowledgeGraph } from '../../domain';
import { createNeo4jStore, type Neo4jConfig } from './neo4j-store';
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
 * one (see seedTransactions). `onProgress` hears after each transaction.
 */
export async function seedNeo4j(
  config: Neo4jConfig,
  graph: KnowledgeGraph,
  { onProgress = () => {}, batchSize = SEED_BATCH_SIZE }: { onProgress?: (progress: SeedProgress) => void; batchSize?: number } = {},
): Promise<GraphStats> {
  const store = await createNeo4jStore(config);
  try {
    for (const statement of schemaStatements()) await store.runner.write([statement]);
    const progress = { concepts: 0, relations: 0, totalConcepts: graph.concepts.length, totalRelations: graph.relations.length };
    for (const transaction of seedTransactions(graph, batchSize)) {
      await store.runner.write(transaction.statements);
      progress.concepts += transaction.concepts;
      progress.relations += transaction.relations;
      onProgress({ ...progress });
    }
    return await store.stats();
  } finally {
    await store.close();
  }
}
