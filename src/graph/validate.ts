import {
  CONCEPT_ID_PATTERN,
  CONCEPT_KINDS,
  RELATION_TYPES,
  hedgeWordIn,
  isAllowedPair,
  isStandaloneEvidence,
  relationId,
  type Concept,
  type ConceptKind,
  type Relation,
  type RelationType,
  type Source,
  type Tour,
} from '../domain';
import type { ConceptEntry, RelationEntry, SourceEntry, TourEntry } from './file-schemas';
import type { GraphProblem } from './problem';
import { closestMatch } from './closest-match';
import { validateTours } from './validate-tours';
import { validatePassages } from './validate-passages';

/** Where an entry came from, so a rule broken by it can be reported at its line. */
export interface Located<T> {
  readonly entry: T;
  readonly file: string;
  lineOf(path: readonly PropertyKey[]): number;
}

export interface ParsedGraph {
  sources: Located<SourceEntry>[];
  concepts: Located<ConceptEntry & { kind: ConceptKind }>[];
  relations: Located<RelationEntry & { type: RelationType }>[];
  /** `fileStem` is the file name without .yaml, which the tour's id must equal. */
  tours: Located<TourEntry & { fileStem: string }>[];
  /** sources.yaml is missing or unreadable: unknown-source problems would only echo that. */
  sourcesUnreadable: boolean;
  /**
   * Ids of concept and relation entries that failed their schema (or sit in a file that does not
   * parse), and whether a relations file could not be read at all: references to them are not
   * reported as unknown, which would only echo the problem already reported at its source.
   */
  rejectedConceptIds: Set<string>;
  rejectedRelationIds: Set<string>;
  relationFilesUnreadable: boolean;
}

export interface ValidatedGraph {
  readonly sources: Source[];
  readonly concepts: Concept[];
  readonly relations: Relation[];
  readonly tours: Tour[];
  /** Where each relation's evidence stands, for checks that run after validation; lines are looked up only for a problem. */
  readonly evidenceLines: Map<string, { file: string; lineOf(index: number): number }>;
}

/** The rules that span entries and files: ids, references, allowed kind pairs, evidence, tours. */
export function validateGraph(parsed: ParsedGraph): { graph: ValidatedGraph; problems: GraphProblem[] } {
  const problems: GraphProblem[] = [];
  const report = (located: Located<unknown>, path: PropertyKey[], message: string) =>
    problems.push({ file: located.file, line: located.lineOf(path), message });

  const sourceIds = new Map<string, Located<SourceEntry>>();
  for (const located of parsed.sources) {
    const first = sourceIds.get(located.entry.id);
    if (first) report(located, ['id'], `duplicate source id '${located.entry.id}' (first defined at ${first.file}:${first.lineOf([])})`);
    else sourceIds.set(located.entry.id, located);
  }

  const concepts = new Map<string, Located<ConceptEntry & { kind: ConceptKind }>>();
  const names = new Map<string, string>();
  for (const located of parsed.concepts) {
    const { id, kind, urgent } = located.entry;
    if (!CONCEPT_ID_PATTERN.test(id)) {
      report(located, ['id'], `concept id '${id}' is not kebab-case (lower-case words joined by hyphens, e.g. 'heavy-lifting')`);
    }
    const first = concepts.get(id);
    if (first) {
      report(located, ['id'], `duplicate concept id '${id}' (first defined at ${first.file}:${first.lineOf([])})`);
      continue;
    }
    concepts.set(id, located);
    if (urgent && !CONCEPT_KINDS[kind].urgentAllowed) {
      report(located, ['urgent'], `'urgent' is only for red flags and conditions, not for a ${kind}`);
    }
    if (located.entry.unspecified && kind !== 'Condition') {
      report(located, ['unspecified'], `'unspecified' marks a condition the sources do not name; a ${kind} is not one: remove it`);
    }
    for (const [index, name] of [located.entry.name, ...located.entry.synonyms].entries()) {
      const key = name.toLowerCase();
      const owner = names.get(key);
      if (owner && owner !== id) {
        report(located, index === 0 ? ['name'] : ['synonyms', index - 1], `'${name}' already names concept '${owner}': one concept per idea, attach it as a synonym there`);
      } else {
        names.set(key, id);
      }
    }
  }

  const relations = new Map<string, Located<RelationEntry & { type: RelationType }>>();
  const evidenceLines: ValidatedGraph['evidenceLines'] = new Map();
  /** Relations whose ends are known: a passage touching any other is already reported there. */
  const joinable = new Set<Located<RelationEntry & { type: RelationType }>>();
  for (const located of parsed.relations) {
    const { from, to, type, evidence } = located.entry;
    let endpointsKnown = true;
    for (const end of ['from', 'to'] as const) {
      const id = located.entry[end];
      if (!concepts.has(id)) {
        endpointsKnown = false;
        if (parsed.rejectedConceptIds.has(id)) continue;
        const hint = closestMatch(id, concepts.keys());
        report(located, [end], `relation ${end} unknown concept '${id}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
      }
    }
    if (endpointsKnown) {
      const fromKind = concepts.get(from)!.entry.kind;
      const toKind = concepts.get(to)!.entry.kind;
      if (from === to) report(located, ['to'], `relation from '${from}' to itself`);
      if (!isAllowedPair(type, fromKind, toKind)) {
        const allowed = RELATION_TYPES[type];
        report(
          located,
          ['to'],
          `${type} is not allowed from ${fromKind} '${from}' to ${toKind} '${to}'; it goes from ${allowed.from.join('|')} to ${allowed.to.join('|')}`,
        );
      }
    }
    const id = relationId(from, type, to);
    const first = relations.get(id);
    if (first) {
      report(located, [], `duplicate relation ${from} -${type}-> ${to} (first at ${first.file}:${first.lineOf([])}): merge the evidence into one entry`);
      continue;
    }
    relations.set(id, located);
    if (endpointsKnown) joinable.add(located);
    evidence.forEach((item, index) => {
      if (!sourceIds.has(item.source) && !parsed.sourcesUnreadable) {
        const hint = closestMatch(item.source, sourceIds.keys());
        report(located, ['evidence', index, 'source'], `evidence cites unknown source '${item.source}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
      }
      const hedge = item.hedged === undefined ? hedgeWordIn(item.quote) : undefined;
      if (hedge) {
        report(
          located,
          ['evidence', index, 'quote'],
          `the quote says '${hedge}' but its evidence does not say whether it hedges: add 'hedged: true' if it only says the relation may or sometimes holds, or 'hedged: false' if '${hedge}' does not weaken the claim (e.g. "you can apply ice")`,
        );
      }
    });
    if (!evidence.some((item) => isStandaloneEvidence(item.kind))) {
      report(located, ['evidence'], `relation ${from} -${type}-> ${to} rests only on anecdotes or questions: add a statement or expert quote`);
    }
    evidenceLines.set(id, { file: located.file, lineOf: (index) => located.lineOf(['evidence', index, 'quote']) });
  }

  problems.push(...validatePassages([...relations.values()], joinable, parsed.relationFilesUnreadable));
  const tours = validateTours(parsed, new Set(concepts.keys()), relations);
  problems.push(...tours.problems);

  return {
    graph: {
      sources: parsed.sources.map(({ entry }) => ({ ...entry })),
      concepts: [...concepts.values()].map(({ entry }) => ({ ...entry })),
      relations: [...relations.entries()].map(([id, { entry }]) => ({
        id,
        type: entry.type,
        from: entry.from,
        to: entry.to,
        ...(entry.scope === undefined ? {} : { scope: entry.scope }),
        evidence: entry.evidence.map((item) => ({ ...item, hedged: item.hedged ?? false })),
      })),
      tours: tours.tours,
      evidenceLines,
    },
    problems,
  };
}
