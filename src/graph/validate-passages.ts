import { evidenceStrength, isStandaloneEvidence, relationId, type RelationType } from '../domain';
import type { RelationEntry } from './file-schemas';
import type { GraphProblem } from './problem';
import type { Located } from './validate';

type LocatedRelation = Located<RelationEntry & { type: RelationType }>;

interface PassageUse {
  readonly located: LocatedRelation;
  readonly index: number;
  readonly source: string;
}

/**
 * Rules for evidence that marks a passage (several hops stated in one breath) and for the order
 * evidence is shown in. A passage is what makes a chain attested, so it must really join a
 * chain: one source, at least two relations, each sharing a concept with another of them, and
 * only statements or expert quotes. Anecdotes and questions are never shown first, so they
 * must come after every statement and expert quote of their relation. When a relations file
 * could not be read (too large, not YAML), a passage's other hops may be in it: whether a passage
 * joins enough relations is then left until that file is back, not reported as a second error.
 */
export function validatePassages(relations: readonly LocatedRelation[], joinable: ReadonlySet<LocatedRelation>, relationsIncomplete: boolean): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const report = (located: LocatedRelation, path: PropertyKey[], message: string) => problems.push({ file: located.file, line: located.lineOf(path), message });
  const passages = new Map<string, PassageUse[]>();

  for (const located of relations) {
    const { evidence } = located.entry;
    evidence.forEach((item, index) => {
      if (index > 0 && evidenceStrength(item.kind) > evidenceStrength(evidence[index - 1]!.kind)) {
        report(located, ['evidence', index], `a ${item.kind} quote is listed after a weaker ${evidence[index - 1]!.kind}: list statements and expert quotes first, then anecdotes, then questions`);
      }
      if (item.passage === undefined) return;
      if (!isStandaloneEvidence(item.kind)) {
        report(located, ['evidence', index, 'passage'], `passage '${item.passage}' is on ${item.kind === 'anecdote' ? 'an' : 'a'} ${item.kind}: only a statement or expert quote can attest a chain; remove the passage`);
        return;
      }
      passages.set(item.passage, [...(passages.get(item.passage) ?? []), { located, index, source: item.source }]);
    });
  }

  for (const [passage, uses] of passages) {
    if (uses.some((use) => !joinable.has(use.located))) continue;
    const [first] = uses;
    const where = (use: PassageUse) => `${use.located.file}:${use.located.lineOf(['evidence', use.index, 'passage'])}`;
    const otherSource = uses.find((use) => use.source !== first!.source);
    if (otherSource) {
      report(otherSource.located, ['evidence', otherSource.index, 'passage'], `passage '${passage}' cites ${otherSource.source} here but ${first!.source} at ${where(first!)}: a passage lies in one source; give this one its own id`);
      continue;
    }
    if (relationsIncomplete) continue;
    const ids = new Set(uses.map(({ located: { entry } }) => relationId(entry.from, entry.type, entry.to)));
    if (ids.size < 2) {
      report(first!.located, ['evidence', first!.index, 'passage'], `passage '${passage}' is on one relation only: mark the same passage on the other hops it states, or remove it`);
      continue;
    }
    const loose = uses.find((use) => !uses.some((other) => other.located !== use.located && sharesConcept(use.located.entry, other.located.entry)));
    if (loose) {
      const { from, type, to } = loose.located.entry;
      report(loose.located, ['evidence', loose.index, 'passage'], `passage '${passage}' marks ${from} -${type}-> ${to}, which shares no concept with its other relations: a passage joins consecutive hops`);
    }
  }
  return problems;
}

function sharesConcept(a: RelationEntry, b: RelationEntry): boolean {
  return a.to === b.from || b.to === a.from || a.from === b.from || a.to === b.to;
}
