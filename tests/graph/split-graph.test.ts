import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGraph, loadGraph } from '../../src/graph';
import { MAX_GRAPH_FILE_BYTES } from '../../src/graph/load-graph';
import { FIXTURE_GRAPH, FIXTURE_SOURCES, splitFixtureGraph } from './fixture-graph';

/** Causes and CAUSES only in folders; mechanisms and LEADS_TO in a file and a folder beside it. */
const SPLITS = {
  'concepts/causes.yaml': { parts: [1, 2], keep: false },
  'concepts/mechanisms.yaml': { parts: [2, 1], keep: true },
  'relations/causes.yaml': { parts: [1, 1, 1], keep: false },
  'relations/leads-to.yaml': { parts: [2, 1], keep: true },
};

const oversized = (text: string) => `${text}# ${'x'.repeat(MAX_GRAPH_FILE_BYTES)}\n`;

/** Every problem, with its file relative to the graph folder. */
function problemsIn(dir: string) {
  const { graph, problems } = checkGraph(dir);
  expect(graph).toBeUndefined();
  return problems.map((p) => ({ ...p, file: p.file.slice(p.file.indexOf(dir) + dir.length + 1) }));
}

describe('a kind or relation type split over several files', () => {
  it('loads the same graph as one file per kind and type', () => {
    const dir = splitFixtureGraph(SPLITS);
    expect(readdirSync(join(dir, 'relations/causes'))).toEqual(['part-1.yaml', 'part-2.yaml', 'part-3.yaml']);
    expect(readdirSync(join(dir, 'relations')).filter((name) => name.startsWith('leads-to'))).toEqual(['leads-to', 'leads-to.yaml']);
    const split = loadGraph(dir, { sourcesDir: FIXTURE_SOURCES });
    const whole = loadGraph(FIXTURE_GRAPH, { sourcesDir: FIXTURE_SOURCES });
    const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(split.concepts)).toEqual(byId(whole.concepts));
    expect(byId(split.relations)).toEqual(byId(whole.relations));
    expect(split.concepts.find((c) => c.id === 'nerve-compression')?.kind).toBe('Mechanism');
  });

  it('reports a problem at its line in the part that holds it', () => {
    const dir = splitFixtureGraph(SPLITS, { 'relations/causes/part-3.yaml': (t) => t.replace('to: nerve-compression', 'to: nerve-compresion') });
    expect(problemsIn(dir)).toEqual([{ file: 'relations/causes/part-3.yaml', line: 2, message: "relation to unknown concept 'nerve-compresion' (did you mean 'nerve-compression'?)" }]);
  });

  it('reports an id defined in a part and in the kind’s own file with where it was first defined', () => {
    const dir = splitFixtureGraph(SPLITS, { 'concepts/mechanisms/part-2.yaml': (t) => `${t}- id: inflammation\n  name: Swelling\n  description: Again.\n` });
    expect(problemsIn(dir)).toEqual([{ file: 'concepts/mechanisms/part-2.yaml', line: 5, message: expect.stringMatching(/^duplicate concept id 'inflammation' \(first defined at .*concepts\/mechanisms\.yaml:5\)$/) }]);
  });

  it('reports a folder named after no kind, and a folder inside a kind’s folder, instead of skipping their files', () => {
    const dir = splitFixtureGraph(SPLITS, { 'concepts/cause/part-1.yaml': () => '[]\n', 'concepts/causes/more/part-3.yaml': () => '[]\n' });
    expect(problemsIn(dir)).toEqual([
      { file: 'concepts/cause/part-1.yaml', line: 1, message: expect.stringMatching(/^no concept kind is stored in the folder 'cause\/'; use one of: causes\.yaml, conditions\.yaml, .* \(or a folder of that name\)$/) },
      { file: 'concepts/causes/more', line: 1, message: 'folders inside causes/ are not read: move the files of more/ up into causes/' },
    ]);
  });

  it('refuses a part over the size limit alone: no passage or reference problems that only echo it', () => {
    // leads-to.yaml holds two of the three hops of the passage lifting-to-spasm; part-2 of mechanisms defines nerve-compression
    const dir = splitFixtureGraph(SPLITS, { 'relations/leads-to.yaml': oversized, 'concepts/mechanisms/part-2.yaml': oversized });
    expect(problemsIn(dir)).toEqual([
      { file: 'concepts/mechanisms/part-2.yaml', line: 1, message: expect.stringMatching(/^is 1\.0 MB; graph files are at most 1 MB: split it/) },
      { file: 'relations/leads-to.yaml', line: 1, message: expect.stringMatching(/^is 1\.0 MB; graph files are at most 1 MB: split it/) },
    ]);
  });
});
