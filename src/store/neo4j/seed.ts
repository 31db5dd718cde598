import type { KnowledgeGraph } from '../../domain';
import { createNeo4jStore, type Neo4jConfig } from './neo4j-store';
import type { GraphStats } from '../store';
import { schemaStatements, seedStatements } from './seed-statements';

/**
 * Makes the database hold exactly this graph. Schema first (Neo4j runs schema changes in
 * their own transactions), then all data in one write transaction: a failure part-way
 * leaves the previous graph untouched.
 */
export async function seedNeo4j(config: Neo4jConfig, graph: KnowledgeGraph): Promise<GraphStats> {
  const store = await createNeo4jStore(config);
  try {
    for (const statement of schemaStatements()) await store.runner.write([statement]);
    await store.runner.write(seedStatements(graph));
    return await store.stats();
  } finally {
    await store.close();
  }
}
