import { CONCEPT_ID_PATTERN, sortById, type Tour, type TourStep } from '../domain';
import type { TourEntry } from './file-schemas';
import type { GraphProblem } from './problem';
import { closestMatch } from './closest-match';
import type { Located, ParsedGraph } from './validate';

type TourStepEntry = TourEntry['steps'][number];

/**
 * The rules a tour must keep beyond its file's shape: an id that names its file, and steps
 * that point only at concepts and relations the graph has, drawn so a student can follow
 * them (every relation has both ends on screen, a question does not show its own answer).
 */
export function validateTours(
  parsed: ParsedGraph,
  conceptIds: ReadonlySet<string>,
  relations: ReadonlyMap<string, { readonly entry: { readonly from: string; readonly to: string } }>,
): { tours: Tour[]; problems: GraphProblem[] } {
  const problems: GraphProblem[] = [];
  const tours = new Map<string, Tour>();
  const firstDefined = new Map<string, Located<unknown>>();

  for (const located of parsed.tours) {
    const report = (path: PropertyKey[], message: string) => problems.push({ file: located.file, line: located.lineOf(path), message });
    const { id, fileStem } = located.entry;
    if (!CONCEPT_ID_PATTERN.test(id)) {
      report(['id'], `tour id '${id}' is not kebab-case (lower-case words joined by hyphens, e.g. 'heavy-lifting-to-sciatica')`);
    } else if (id !== fileStem) {
      report(['id'], `tour id '${id}' differs from its file name '${fileStem}': rename the file to ${id}.yaml or change the id`);
    }

    const unknownConcept = (conceptId: string) => {
      if (conceptIds.has(conceptId) || parsed.rejectedConceptIds.has(conceptId)) return undefined;
      const hint = closestMatch(conceptId, conceptIds);
      return `unknown concept '${conceptId}'${hint ? ` (did you mean '${hint}'?)` : ''}`;
    };
    located.entry.steps.forEach((step, index) => {
      for (const { path, message } of stepProblems(step, unknownConcept, relations, parsed)) report(['steps', index, ...path], message);
    });

    const first = firstDefined.get(id);
    if (first) {
      report(['id'], `duplicate tour id '${id}' (first defined at ${first.file}:${first.lineOf([])})`);
      continue;
    }
    firstDefined.set(id, located);
    tours.set(id, toTour(located.entry));
  }

  return { tours: sortById([...tours.values()]), problems };
}

interface StepProblem {
  readonly path: PropertyKey[];
  readonly message: string;
}

function stepProblems(
  step: TourStepEntry,
  unknownConcept: (id: string) => string | undefined,
  relations: ReadonlyMap<string, { readonly entry: { readonly from: string; readonly to: string } }>,
  parsed: ParsedGraph,
): StepProblem[] {
  const problems: StepProblem[] = [];
  const shown = new Set(step.show);
  const answer = step.question?.answer;

  for (const field of ['show', 'highlight', 'relations'] as const) {
    step[field].forEach((id, index) => {
      if (step[field].indexOf(id) < index) problems.push({ path: [field, index], message: `'${id}' is listed twice in ${field}` });
    });
  }

  step.show.forEach((id, index) => {
    const unknown = unknownConcept(id);
    if (unknown) problems.push({ path: ['show', index], message: `show lists ${unknown}` });
  });

  // An unknown id that is also in show was reported there; one outside show is named as
  // unknown, which says more than "not in show".
  step.highlight.forEach((id, index) => {
    if (shown.has(id)) return;
    const unknown = unknownConcept(id);
    problems.push({ path: ['highlight', index], message: unknown ? `highlight lists ${unknown}` : `highlight '${id}' is not in this step's show: add it to show or drop it from highlight` });
  });

  if (answer !== undefined) {
    const unknown = unknownConcept(answer);
    if (unknown) problems.push({ path: ['question', 'answer'], message: `the answer is an ${unknown}` });
    if (shown.has(answer)) {
      problems.push({ path: ['question', 'answer'], message: `the answer '${answer}' is already shown in this step: remove it from show, it is revealed after the vote` });
    }
  }

  step.case?.findings.forEach((id, index) => {
    const path = ['case', 'findings', index];
    if (step.case!.findings.indexOf(id) < index) problems.push({ path, message: `'${id}' is listed twice in the case's findings` });
    else if (!shown.has(id)) {
      const unknown = unknownConcept(id);
      problems.push({ path, message: unknown ? `the case lists ${unknown}` : `the case's finding '${id}' is not in this step's show: add it to show, the class sees the findings` });
    }
  });

  const onScreen = new Set(answer === undefined ? step.show : [...step.show, answer]);
  step.relations.forEach((id, index) => {
    const relation = relations.get(id);
    if (!relation) {
      if (parsed.rejectedRelationIds.has(id) || parsed.relationFilesUnreadable) return;
      const hint = closestMatch(id, relations.keys());
      problems.push({ path: ['relations', index], message: `unknown relation '${id}'${hint ? ` (did you mean '${hint}'?)` : ''}; relation ids read from>TYPE>to` });
      return;
    }
    const offScreen = [relation.entry.from, relation.entry.to].filter((end) => !onScreen.has(end));
    if (offScreen.length > 0) {
      const ends = offScreen.map((end) => `'${end}'`).join(' and ');
      problems.push({ path: ['relations', index], message: `relation '${id}' ends at ${ends}, which this step does not show: add ${offScreen.length === 1 ? 'it' : 'them'} to show` });
    }
  });

  return problems;
}

function toTour(entry: TourEntry): Tour {
  return {
    id: entry.id,
    title: entry.title,
    audience: entry.audience,
    summary: entry.summary,
    steps: entry.steps.map(
      (step): TourStep => ({
        title: step.title,
        narration: step.narration,
        show: [...step.show],
        highlight: [...step.highlight],
        relations: [...step.relations],
        ...(step.question ? { question: { prompt: step.question.prompt, answer: step.question.answer } } : {}),
        ...(step.case ? { case: { findings: [...step.case.findings] } } : {}),
      }),
    ),
  };
}
