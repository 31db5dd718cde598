import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startApi } from './api-process';

describe('npm run api', () => {
  it('serves the GraphQL API alone on the port it is given', async () => {
    const api = await startApi({ STORE: 'embedded', GRAPH_DIR: 'tests/fixtures/valid-graph' });
    try {
      const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { concepts } }' }) });
      expect(await response.json()).toEqual({ data: { stats: { concepts: 17 } } });
    } finally {
      await api.stop();
    }
  });

  it('exits 1 with the configuration problem when the store cannot start', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/api.ts'], {
      env: { ...process.env, STORE: 'cassandra' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/STORE must be 'embedded' or 'neo4j'/);
  });
});
