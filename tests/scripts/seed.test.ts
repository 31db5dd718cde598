import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function seed(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], {
    env: { PATH: process.env.PATH, NODE_ENV: 'test', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run seed', () => {
  it('says in one line that the server is unreachable and exits 1', () => {
    const result = seed({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', GRAPH_DIR: 'tests/fixtures/valid-graph' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Cannot reach Neo4j at bolt:\/\/127.0.0.1:1: start the server/);
  });

  it('explains a missing password before trying to connect', () => {
    const result = seed({ NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/NEO4J_PASSWORD is required/);
  });

  it('seeds the local server of npm run neo4j:start when no NEO4J_URI is set, saying how to start it', () => {
    const result = seed({ NEO4J_BOLT_PORT: '1', GRAPH_DIR: 'tests/fixtures/valid-graph' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Cannot reach Neo4j at bolt:\/\/127.0.0.1:1: start the server \(npm run neo4j:start/);
  });
});
