import { CONCEPT_KINDS, EVIDENCE_KINDS, keysOf, recordOf, RELATION_TYPES, type ConceptKind, type EvidenceKind, type RelationType } from '../../domain';
import type { MatchQuality } from '../../store';
import { builder } from '../builder';

/** GraphQL enums read the domain tables, so a new kind or relation type appears here by itself. */
function valuesOf<K extends string>(table: Record<K, { description: string }>) {
  return recordOf(keysOf(table), (name) => ({ description: table[name].description }));
}

export const ConceptKindEnum = builder.enumType('ConceptKind', {
  description: 'What sort of thing a concept is.',
  values: valuesOf<ConceptKind>(CONCEPT_KINDS),
});

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'How two concepts are related. Each type allows only certain kinds at each end.',
  values: valuesOf<RelationType>(RELATION_TYPES),
});

export const EvidenceKindEnum = builder.enumType('EvidenceKind', {
  description: 'How a quote supports a relation.',
  values: valuesOf<EvidenceKind>(EVIDENCE_KINDS),
});

export const MatchQualityEnum = builder.enumType('MatchQuality', {
  description: 'How a search text matched a concept, best first.',
  values: {
    exact: { description: 'The whole name or synonym.' },
    prefix: { description: 'The beginning of the name or synonym.' },
    word: { description: 'Every word typed, in any order and any form of the word ("muscle overuse").' },
    fuzzy: { description: 'Every word, some with typos ("sciatca", "hernated disc").' },
    partial: { description: 'Only some of the words typed.' },
    related: { description: 'A kind word asked for this kind, and the concept is related to the rest ("treatment for spasm").' },
    kind: { description: 'Only a kind word was typed ("red flags"): every concept of the kind, the best-evidenced first.' },
  } satisfies Record<MatchQuality, { description: string }>,
});
