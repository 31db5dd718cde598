import { CONCEPT_KIND_NAMES, CONCEPT_KINDS, recordOf, type Concept, type ConceptKind } from '../../domain';
import { builder } from '../builder';
import { RELATIONS_COST } from '../query-cost';
import { ConceptKindEnum, RelationTypeEnum } from './enums';
import { RelationRef } from './relation';
import { neighbours } from '../related';

export const ConceptRef = builder.interfaceRef<Concept>('Concept');

ConceptRef.implement({
  description: 'Anything in the graph: a cause, mechanism, symptom, treatment, red flag, condition, diagnostic or body region.',
  resolveType: (concept) => concept.kind,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable kebab-case id, used in links and in the graph files.' }),
    name: t.exposeString('name', { description: 'The name shown on the map.' }),
    kind: t.field({ type: ConceptKindEnum, description: 'What sort of concept this is.', resolve: (c) => c.kind }),
    description: t.exposeString('description', { description: 'One to three sentences in the project’s own words.' }),
    synonyms: t.exposeStringList('synonyms', { description: 'Other names clinicians and patients use.' }),
    urgent: t.exposeBoolean('urgent', { description: 'True for red flags and conditions that need prompt medical attention.' }),
    unspecified: t.exposeBoolean('unspecified', {
      description: 'True for a placeholder condition the sources do not name ("a more serious underlying issue"): a red flag pointing only to it suggests no named condition, so say "the sources do not name the condition".',
    }),
    relations: t.field({
      type: [RelationRef],
      complexity: RELATIONS_COST,
      description: 'Relations that start or end here, ordered by id.',
      args: {
        types: t.arg({ type: [RelationTypeEnum], required: false, description: 'Only relations of these types.' }),
        direction: t.arg({ type: DirectionEnum, required: false, description: 'Only outgoing or only incoming relations.' }),
      },
      resolve: async (concept, args, ctx) =>
        (await ctx.loaders.relationsOf.load(concept.id)).filter(
          (relation) =>
            (!args.types || args.types.includes(relation.type)) &&
            (args.direction !== 'OUT' || relation.from === concept.id) &&
            (args.direction !== 'IN' || relation.to === concept.id),
        ),
    }),
    regions: t.field({
      type: [ConceptRef],
      description: 'The body regions this concept concerns (its AFFECTS relations).',
      resolve: (concept, _args, ctx) => neighbours(ctx, concept.id, ['AFFECTS'], 'out'),
    }),
  }),
});

export const DirectionEnum = builder.enumType('Direction', {
  description: 'Which way a relation points, seen from a concept.',
  values: { OUT: { description: 'Relations from this concept.' }, IN: { description: 'Relations to this concept.' } },
});

/** One object type per kind, read from the domain table, so clients can select kind-specific fields. */
function kindType(kind: ConceptKind) {
  return builder.objectRef<Concept>(kind).implement({
    description: CONCEPT_KINDS[kind].description,
    interfaces: [ConceptRef],
    isTypeOf: (value) => typeof value === 'object' && value !== null && 'kind' in value && value.kind === kind,
  });
}

export const conceptTypes = recordOf(CONCEPT_KIND_NAMES, kindType);

builder.queryField('concept', (t) =>
  t.field({
    type: ConceptRef,
    nullable: true,
    description: 'One concept by id; null when no concept has that id.',
    args: { id: t.arg.id({ required: true, description: 'The concept id, e.g. "heavy-lifting".' }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.concept.load(String(id)),
  }),
);
