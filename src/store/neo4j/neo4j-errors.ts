import { Neo4jError } from 'neo4j-driver';
import { StoreUnavailableError } from '../../domain';

/**
 * Turns the driver's failures into one line that says what to do. Anything not recognised
 * is passed on unchanged, to be logged and masked above.
 */
export function describeNeo4jError(error: unknown, uri?: string): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const where = uri ? ` at ${uri}` : '';
  if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
    return new StoreUnavailableError(
      `Cannot reach Neo4j${where}: start the server (npm run neo4j:start, or docker compose up neo4j) or fix NEO4J_URI. (${error.message.split('\n')[0]})`,
    );
  }
  if (error.code === 'Neo.ClientError.Security.Unauthorized' || error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreUnavailableError(`Neo4j${where} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD.`);
  }
  if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreUnavailableError(`Neo4j${where} has no such database: check NEO4J_DATABASE.`);
  }
  return error;
}

/** Dynamic labels and relationship types in the seed statements need Neo4j 5.26. */
export const MINIMUM_SERVER_VERSION = [5, 26] as const;

export function checkServerVersion(agent: string | undefined, uri: string): void {
  const match = /Neo4j\/(\d+)\.(\d+)/.exec(agent ?? '');
  if (!match) return;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  const [needMajor, needMinor] = MINIMUM_SERVER_VERSION;
  if (major < needMajor || (major === needMajor && minor < needMinor)) {
    throw new StoreUnavailableError(
      `Neo4j at ${uri} is version ${major}.${minor}; Spasm Atlas needs ${needMajor}.${needMinor} or later (the neo4j:5.26 image is).`,
    );
  }
}
