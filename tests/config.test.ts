import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config';

describe('configuration from the environment', () => {
  it('uses the embedded store when no Neo4j is configured', () => {
    expect(readConfig({})).toEqual({ store: 'embedded', graphDir: 'graph', corsOrigins: [] });
  });

  it('uses Neo4j by default when NEO4J_URI is set, with the default user and database', () => {
    expect(readConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'pw' })).toEqual({
      store: 'neo4j',
      graphDir: 'graph',
      corsOrigins: [],
      neo4j: { uri: 'neo4j+s://abc.databases.neo4j.io', user: 'neo4j', password: 'pw', database: 'neo4j' },
    });
  });

  it('keeps class polls in Redis when REDIS_URL is set, and refuses one that is not a Redis URL', () => {
    expect(readConfig({ REDIS_URL: 'redis://cache:6379/2' })).toEqual({ store: 'embedded', graphDir: 'graph', corsOrigins: [], redisUrl: 'redis://cache:6379/2' });
    expect(() => readConfig({ REDIS_URL: 'cache:6379' })).toThrow(/REDIS_URL must look like redis:\/\/host:6379 or rediss:\/\//);
  });

  it('lets STORE=embedded win over NEO4J_URI', () => {
    expect(readConfig({ STORE: 'embedded', NEO4J_URI: 'bolt://localhost:7687' }).store).toBe('embedded');
  });

  it('rejects an unknown STORE value, naming the choices', () => {
    expect(() => readConfig({ STORE: 'postgres' })).toThrow(ConfigError);
    expect(() => readConfig({ STORE: 'postgres' })).toThrow(/STORE must be 'embedded' or 'neo4j'/);
  });

  it('rejects NEO4J_URI without a password', () => {
    expect(() => readConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(/NEO4J_PASSWORD is required to connect to Neo4j/);
  });

  it('reads the local server of npm run neo4j:start when STORE=neo4j names no URI', () => {
    expect(readConfig({ STORE: 'neo4j' })).toEqual({
      store: 'neo4j',
      graphDir: 'graph',
      corsOrigins: [],
      neo4j: { uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'spasm-atlas-dev', database: 'neo4j' },
    });
    expect(readConfig({ STORE: 'neo4j', NEO4J_BOLT_PORT: '17687', NEO4J_PASSWORD: 'another-one' })).toMatchObject({
      neo4j: { uri: 'bolt://127.0.0.1:17687', password: 'another-one' },
    });
  });

  it('rejects a NEO4J_BOLT_PORT that is no port', () => {
    expect(() => readConfig({ STORE: 'neo4j', NEO4J_BOLT_PORT: 'seven' })).toThrow(/NEO4J_BOLT_PORT must be a port number/);
  });

  it('rejects a malformed URI with an example of a good one', () => {
    expect(() => readConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(
      /NEO4J_URI must look like bolt:\/\/host:7687, neo4j:\/\/host:7687 or neo4j\+s:\/\//,
    );
  });

  it('accepts bolt, neo4j and their secure forms', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster.example:7687', 'neo4j+s://x.databases.neo4j.io', 'bolt+ssc://db:7687']) {
      expect(readConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'x' }).store).toBe('neo4j');
    }
  });

  it('allows no cross-origin callers unless CORS_ORIGINS lists them', () => {
    expect(readConfig({}).corsOrigins).toEqual([]);
    expect(readConfig({ CORS_ORIGINS: 'https://school.example.org, http://localhost:3001' }).corsOrigins).toEqual(['https://school.example.org', 'http://localhost:3001']);
  });

  it('rejects a CORS origin with a path or without a scheme, with an example of a good one', () => {
    for (const value of ['school.example.org', 'https://school.example.org/atlas', '*']) {
      expect(() => readConfig({ CORS_ORIGINS: value })).toThrow(/CORS_ORIGINS must be origins separated by commas, each like https:\/\/school\.example\.org/);
    }
  });
});
