import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONCEPT_KIND_NAMES, RELATION_TYPE_NAMES } from '../../src/domain';
import { checkGraph, formatProblem, reportGraph } from '../../src/graph';

/**
 * Structural properties of the curated graph in graph/. Quotes are verified against the
 * source documents when they are beside the clone (as in CI), so a changed quote fails here.
 */
const SEEDS = '../shared/seeds';
const sourcesDir = existsSync(SEEDS) ? SEEDS : undefined;
const { graph, problems } = checkGraph('graph', { sourcesDir });

describe('the curated graph', () => {
  it(`validates${sourcesDir ? ', every quote found verbatim in its source document' : ' (quote verification skipped: ../shared/seeds not found)'}`, () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  const report = graph && reportGraph(graph);

  it('has no orphans', () => {
    expect(report!.orphans.map((c) => c.id)).toEqual([]);
  });

  it('reaches every symptom from some cause or condition through a causal path', () => {
    expect(report!.unexplainedSymptoms.map((c) => c.id)).toEqual([]);
  });

  it('has every treatment relieve, target, prevent or carry a warning about something', () => {
    expect(report!.idleTreatments.map((c) => c.id)).toEqual([]);
  });

  it('has every red flag suggest a condition, and marks red flags urgent', () => {
    expect(report!.silentRedFlags.map((c) => c.id)).toEqual([]);
    expect(graph!.concepts.filter((c) => c.kind === 'RedFlag' && !c.urgent).map((c) => c.id)).toEqual([]);
  });

  it('cites a known source in every evidence item, with at least one statement or expert quote per relation', () => {
    const sources = new Set(graph!.sources.map((s) => s.id));
    for (const relation of graph!.relations) {
      expect(relation.evidence.every((e) => sources.has(e.source))).toBe(true);
      expect(relation.evidence.some((e) => e.kind === 'statement' || e.kind === 'expert')).toBe(true);
    }
  });

  it('touches every kind and every relation type', () => {
    expect(CONCEPT_KIND_NAMES.filter((kind) => report!.counts.concepts[kind] === 0)).toEqual([]);
    expect(RELATION_TYPE_NAMES.filter((type) => report!.counts.relations[type] === 0)).toEqual([]);
  });

  it('names the central concept, back muscle spasm, as a symptom several causes reach', () => {
    const spasm = graph!.concepts.find((c) => c.id === 'back-spasm');
    expect(spasm?.kind).toBe('Symptom');
    expect(graph!.relations.filter((r) => r.to === 'back-spasm' && r.type !== 'AFFECTS').length).toBeGreaterThan(10);
  });

  it('holds at least four tours of four to seven steps, two of them asking students to predict', () => {
    expect(graph!.tours.length).toBeGreaterThanOrEqual(4);
    expect(graph!.tours.filter((tour) => tour.steps.length < 4 || tour.steps.length > 7).map((tour) => tour.id)).toEqual([]);
    expect(graph!.tours.filter((tour) => tour.steps.some((step) => step.question)).length).toBeGreaterThanOrEqual(2);
  });

  it('narrates tours in its own words: no narration repeats eight words of a quote in a row', () => {
    const runs = new Set(graph!.relations.flatMap((r) => r.evidence.flatMap((e) => wordRuns(e.quote, 8))));
    const copied = graph!.tours.flatMap((tour) => tour.steps.filter((step) => wordRuns(step.narration, 8).some((run) => runs.has(run))).map((step) => `${tour.id}: ${step.title}`));
    expect(copied).toEqual([]);
  });
});

function wordRuns(text: string, length: number): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, Math.max(0, words.length - length + 1)).map((_, i) => words.slice(i, i + length).join(' '));
}
