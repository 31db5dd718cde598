import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphArgs, UsageError } from '../../scripts/cli-args';

describe('the graph scripts’ options', () => {
  it('read --graph and --sources as folders resolved from the working directory', () => {
    expect(graphArgs(['--graph', 'tests/fixtures/valid-graph', '--sources', '../shared/seeds'], {})).toEqual({
      graphDir: resolve('tests/fixtures/valid-graph'),
      sourcesDir: resolve('../shared/seeds'),
    });
  });

  it('also take the --name=value form', () => {
    expect(graphArgs(['--graph=other'], {}).graphDir).toBe(resolve('other'));
  });

  it('fall back to GRAPH_DIR and GRAPH_SOURCES, then to graph/ without sources', () => {
    expect(graphArgs([], { GRAPH_DIR: 'g', GRAPH_SOURCES: 's' })).toEqual({ graphDir: resolve('g'), sourcesDir: resolve('s') });
    expect(graphArgs([], {})).toEqual({ graphDir: resolve('graph'), sourcesDir: undefined });
  });

  it('reject a misspelt option, naming it and listing the options there are', () => {
    expect(() => graphArgs(['--grpah', 'graph'], {})).toThrow(UsageError);
    expect(() => graphArgs(['--grpah', 'graph'], {})).toThrow(/Unknown option '--grpah'[\s\S]*--graph <folder>/);
  });

  it('reject an option given without its folder', () => {
    expect(() => graphArgs(['--sources'], {})).toThrow(/--sources <value>' argument missing[\s\S]*--sources <folder>/);
  });

  it('reject a stray word that is not an option', () => {
    expect(() => graphArgs(['graph'], {})).toThrow(/Unexpected argument 'graph'/);
  });
});

describe('npm run graph:check with a misspelt option', () => {
  it('exits 2 with the message, without checking anything', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/graph-check.ts', '--grpah', 'tests/fixtures/valid-graph'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Unknown option '--grpah'/);
    expect(result.stdout).toBe('');
  });
});
