import { CHAIN_ORIGIN_KINDS, CHAIN_LINK_KINDS, sortById, TREATMENT_ACTION_TYPES, type Concept, type Relation } from '../../domain';
import { builder } from '../builder';
import type { GraphQLContext } from '../context';
import { causalReach, loadAll, relationsOf, requireConcept } from '../related';
import { ConceptRef } from './concept';
import { RelationRef } from './relation';

/** How far to look for the mechanisms behind a concept. */
const MECHANISM_DEPTH = 3;

interface TreatmentLink {
  treatment: Concept;
  relation: Relation;
  via: Concept | null;
}

interface TreatmentOptions {
  concept: Concept;
  direct: TreatmentLink[];
  viaMechanisms: TreatmentLink[];
  cautions: Relation[];
}

const TreatmentLinkRef = builder.objectRef<TreatmentLink>('TreatmentLink').implement({
  description: 'A treatment and the evidenced relation by which it acts.',
  fields: (t) => ({
    treatment: t.field({ type: ConceptRef, description: 'The treatment.', resolve: (l) => l.treatment }),
    relation: t.field({ type: RelationRef, description: 'How it acts (RELIEVES, TARGETS or PREVENTS), with evidence.', resolve: (l) => l.relation }),
    via: t.field({ type: ConceptRef, nullable: true, description: 'The mechanism it acts on, for mechanism-level treatments; null when it acts on the concept itself.', resolve: (l) => l.via }),
  }),
});

const TreatmentOptionsRef = builder.objectRef<TreatmentOptions>('TreatmentOptions').implement({
  description: 'What the sources say helps with a concept, and what to watch out for.',
  fields: (t) => ({
    concept: t.field({ type: ConceptRef, description: 'The concept asked about.', resolve: (o) => o.concept }),
    direct: t.field({ type: [TreatmentLinkRef], description: 'Treatments that relieve, target or prevent the concept itself.', resolve: (o) => o.direct }),
    viaMechanisms: t.field({
      type: [TreatmentLinkRef],
      description: 'Treatments that act on a mechanism behind the concept (or, for a cause, a mechanism it sets off).',
      resolve: (o) => o.viaMechanisms,
    }),
    cautions: t.field({ type: [RelationRef], description: 'Adverse effects and warnings (CAUTION relations) of every treatment listed.', resolve: (o) => o.cautions }),
  }),
});

builder.queryField('treatmentsFor', (t) =>
  t.field({
    type: TreatmentOptionsRef,
    description: 'Direct and mechanism-level treatments for a symptom, condition, mechanism or cause, with their cautions.',
    args: { concept: t.arg.id({ required: true, description: 'The concept id, e.g. "back-spasm".' }) },
    resolve: async (_root, args, ctx) => treatmentsFor(ctx, await requireConcept(ctx, String(args.concept), 'concept')),
  }),
);

async function treatmentsFor(ctx: GraphQLContext, concept: Concept): Promise<TreatmentOptions> {
  const direct = await linksTo(ctx, concept, null);
  // From where a chain starts, the mechanisms lie downstream; from anywhere else, upstream.
  const direction = CHAIN_ORIGIN_KINDS.includes(concept.kind) ? 'out' : 'in';
  const mechanisms = (await causalReach(ctx, concept.id, direction, MECHANISM_DEPTH)).filter((c) => CHAIN_LINK_KINDS.includes(c.kind));
  const viaMechanisms = (await Promise.all(mechanisms.map((mechanism) => linksTo(ctx, mechanism, mechanism)))).flat();
  const treatmentIds = [...new Set([...direct, ...viaMechanisms].map((link) => link.treatment.id))];
  const cautions = (await Promise.all(treatmentIds.map((id) => relationsOf(ctx, id, ['CAUTION'], 'out')))).flat();
  return { concept, direct, viaMechanisms, cautions: sortById(cautions) };
}

async function linksTo(ctx: GraphQLContext, target: Concept, via: Concept | null): Promise<TreatmentLink[]> {
  const relations = (await relationsOf(ctx, target.id, TREATMENT_ACTION_TYPES, 'in')).filter((r) => r.from !== target.id);
  const treatments = new Map((await loadAll(ctx, relations.map((r) => r.from))).map((c) => [c.id, c]));
  return relations.filter((r) => treatments.get(r.from)?.kind === 'Treatment').map((relation) => ({ treatment: treatments.get(relation.from)!, relation, via }));
}
