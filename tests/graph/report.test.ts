import { describe, expect, it } from 'vitest';
import { loadGraph, reportGraph } from '../../src/graph';
import { FIXTURE_GRAPH, fixtureGraphWith } from './fixture-graph';

describe('the graph report', () => {
  it('counts evidence per source and per kind', () => {
    const report = reportGraph(loadGraph(FIXTURE_GRAPH));
    expect(report.evidenceBySource).toEqual({ 'fixture-page.txt': 16 });
    expect(report.evidenceByKind).toEqual({ statement: 15, expert: 0, anecdote: 0, question: 1 });
  });

  it('finds no gaps in a complete graph', () => {
    const report = reportGraph(loadGraph(FIXTURE_GRAPH));
    expect([report.orphans, report.unexplainedSymptoms, report.idleTreatments, report.silentRedFlags]).toEqual([[], [], [], []]);
  });

  it('names orphans, unexplained symptoms, idle treatments and silent red flags', () => {
    const dir = fixtureGraphWith({
      'relations/leads-to.yaml': (t) => t.split('- from: nerve-compression')[0]!,
      'relations/prevents.yaml': () => '[]\n',
      'relations/suggests.yaml': () => '[]\n',
    });
    const report = reportGraph(loadGraph(dir));
    expect(report.orphans.map((c) => c.id).sort()).toEqual(['loss-of-bladder-control', 'sciatica', 'spinal-cord-compression', 'stretching']);
    expect(report.unexplainedSymptoms.map((c) => c.id)).toEqual(['sciatica']);
    expect(report.idleTreatments.map((c) => c.id)).toEqual(['stretching']);
    expect(report.silentRedFlags.map((c) => c.id)).toEqual(['loss-of-bladder-control']);
  });

  it('counts a treatment the sources only warn against as a finding, not an idle treatment', () => {
    const dir = fixtureGraphWith({ 'relations/relieves.yaml': (t) => t.slice(t.indexOf('- from: ice')) });
    const report = reportGraph(loadGraph(dir));
    expect(report.idleTreatments).toEqual([]);
    expect(loadGraph(dir).relations.filter((r) => r.from === 'muscle-relaxants').map((r) => r.type)).toEqual(['CAUTION']);
  });
});
