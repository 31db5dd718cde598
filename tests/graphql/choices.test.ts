import { describe, expect, it } from 'vitest';
import type { Concept, ConceptKind } from '../../src/domain';
import { pickChoices } from '../../src/graphql/choices';

const concept = (id: string, kind: ConceptKind = 'Mechanism'): Concept => ({ id, kind, name: id.toUpperCase(), description: '', synonyms: [], urgent: false, unspecified: false });
const mechanisms = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'].map((id) => concept(id));
const answer = mechanisms[0]!;
const ids = (concepts: Concept[]) => concepts.map((c) => c.id);

describe('choices for a question', () => {
  it('are the answer and three wrong answers of its kind, sorted by name', () => {
    const choices = pickChoices(answer, [...mechanisms, concept('symptom', 'Symptom')], [], 'tour:t:0');
    expect(choices).toHaveLength(4);
    expect(ids(choices)).toContain('alpha');
    expect(choices.every((c) => c.kind === 'Mechanism')).toBe(true);
    expect(choices.map((c) => c.name)).toEqual(choices.map((c) => c.name).sort());
  });

  it('leave out the concepts on screen', () => {
    const onScreen = ['bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];
    expect(ids(pickChoices(answer, mechanisms, onScreen, 'tour:t:0'))).toEqual(['alpha', 'india', 'juliet']);
  });

  it('are the same for the same question whatever order the candidates come in, and change with the question', () => {
    const once = ids(pickChoices(answer, mechanisms, [], 'tour:t:0'));
    expect(ids(pickChoices(answer, [...mechanisms].reverse(), [], 'tour:t:0'))).toEqual(once);
    const otherQuestions = ['tour:t:1', 'tour:t:2', 'tour:u:0'].map((seed) => ids(pickChoices(answer, mechanisms, [], seed)));
    expect(otherQuestions.some((other) => other.join() !== once.join())).toBe(true);
  });

  it('are only the answer when its kind has no other concept', () => {
    expect(pickChoices(answer, [answer], [], 'tour:t:0')).toEqual([answer]);
  });
});
