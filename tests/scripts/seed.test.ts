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

  it('explains a missing URI or password before trying to connect', () => {
    const result = seed({});
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/NEO4J_URI is required when STORE=neo4j/);
    expect(result.stderr).toMatch(/NEO4J_PASSWORD is required/);
  });
});
