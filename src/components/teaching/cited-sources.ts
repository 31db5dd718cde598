import type { TourStep as HandoutStep } from './tour-query';

/** A source document as the handout's reference list shows it. */
export interface CitedSource {
  /** Its place in the list, from 1: sources are numbered in the order the handout first quotes them. */
  number: number;
  id: string;
  title: string;
  url: string | null;
  reliability: string;
  /** The steps (numbered from 1) whose relations quote it. */
  steps: number[];
}

/** Every source quoted by a tour's steps, each once, in order of first citation. */
export function citedSources(steps: readonly HandoutStep[]): CitedSource[] {
  const sources = new Map<string, CitedSource>();
  for (const step of steps) {
    for (const { source } of step.relations.flatMap((relation) => relation.evidence)) {
      const cited = sources.get(source.id) ?? { number: sources.size + 1, ...source, steps: [] };
      if (!cited.steps.includes(step.index + 1)) cited.steps.push(step.index + 1);
      sources.set(source.id, cited);
    }
  }
  return [...sources.values()];
}
