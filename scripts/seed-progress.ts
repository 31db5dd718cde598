import type { SeedProgress } from '../src/store/neo4j/seed';

const BAR_WIDTH = 30;

/**
 * How far the seed has got, with counts and rate: a bar redrawn in place on a terminal, a plain
 * line per transaction otherwise (a CI log or a file keeps every line, so none is redrawn).
 */
export function progressLine(progress: SeedProgress, seconds: number, bar: boolean): string {
  const done = progress.concepts + progress.relations;
  const total = progress.totalConcepts + progress.totalRelations;
  const share = total === 0 ? 1 : done / total;
  const counts = `concepts ${progress.concepts.toLocaleString('en')}/${progress.totalConcepts.toLocaleString('en')}, relations ${progress.relations.toLocaleString('en')}/${progress.totalRelations.toLocaleString('en')}, ${Math.round(done / Math.max(seconds, 0.001)).toLocaleString('en')}/s`;
  if (!bar) return `seeded ${counts}`;
  const filled = Math.round(share * BAR_WIDTH);
  return `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ${counts}`;
}
