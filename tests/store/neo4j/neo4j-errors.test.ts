import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../src/domain';
import { checkServerVersion, describeNeo4jError } from '../../../src/store/neo4j/neo4j-errors';
import { createNeo4jStore } from '../../../src/store/neo4j/neo4j-store';

describe('Neo4j failures become one line saying what to do', () => {
  it('an unreachable server', () => {
    const error = describeNeo4jError(new Neo4jError('Could not perform discovery', 'ServiceUnavailable', 'N/A', 'N/A'), 'bolt://db:7687');
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/^Cannot reach Neo4j at bolt:\/\/db:7687: start the server \(npm run neo4j:start, or docker compose up neo4j\) or fix NEO4J_URI/);
  });

  it('bad credentials', () => {
    const error = describeNeo4jError(new Neo4jError('unauthorized', 'Neo.ClientError.Security.Unauthorized', 'N/A', 'N/A'), 'bolt://db:7687');
    expect((error as Error).message).toBe('Neo4j at bolt://db:7687 refused the credentials: check NEO4J_USER and NEO4J_PASSWORD.');
  });

  it('an unsupported server version', () => {
    expect(() => checkServerVersion('Neo4j/4.4.30', 'bolt://db:7687')).toThrow(/is version 4.4; Spasm Atlas needs 5.26 or later/);
    expect(() => checkServerVersion('Neo4j/5.26.1', 'bolt://db:7687')).not.toThrow();
    expect(() => checkServerVersion('Neo4j/2025.01.0', 'bolt://db:7687')).not.toThrow();
  });

  it('passes other errors on unchanged', () => {
    const other = new Error('boom');
    expect(describeNeo4jError(other)).toBe(other);
  });

  it('a real connection attempt to a closed port fails with the unreachable message', async () => {
    await expect(createNeo4jStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', database: 'neo4j' })).rejects.toThrow(
      /Cannot reach Neo4j at bolt:\/\/127.0.0.1:1/,
    );
  });
});
