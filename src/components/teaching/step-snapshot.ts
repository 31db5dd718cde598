import type { MapData, MapMarks } from '../../map/model';
import { relationWords } from '../explorer/red-flags';
import type { TourStep as HandoutStep } from './tour-query';

/** What a step's map draws and how it reads as text, for the handout's picture and its alt text. */
export interface StepSnapshotSpec {
  data: MapData;
  marks: MapMarks;
  description: string;
  /** Says in words what the picture marks, since a printout may lose the colours. */
  caption: string;
}

/**
 * A step's picture after its reveal: the concepts it shows, the question's answer (a printed
 * handout gives the answer anyway) and the relations it draws, with its highlights marked.
 */
export function stepSnapshot(step: HandoutStep): StepSnapshotSpec {
  const nodes = step.question ? [...step.show, step.question.answer] : step.show;
  const highlighted = new Set(step.highlight.map((concept) => concept.id));
  const data: MapData = {
    nodes: nodes.map(({ id, name, kind, urgent, unspecified }) => ({ id, name, kind, urgent, unspecified })),
    edges: step.relations.map((relation) => ({ id: relation.id, type: relation.type, from: relation.from.id, to: relation.to.id, hedged: relation.hedged })),
  };
  const concepts = nodes.map((node) => `${node.name} (${node.kind})`).join(', ');
  const relations = step.relations.map((relation) => ` ${relationWords(relation)}.`).join('');
  const emphasised = step.show.filter((concept) => highlighted.has(concept.id)).map((concept) => concept.name);
  const caption = [
    emphasised.length > 0 ? `Highlighted (blue border): ${emphasised.join(', ')}.` : null,
    step.question ? `Revealed after the question: ${step.question.answer.name}.` : null,
  ];
  return {
    data,
    marks: { highlighted },
    description: `Map of step ${step.index + 1}: ${concepts}.${relations}`,
    caption: caption.filter(Boolean).join(' '),
  };
}
