import { CHAIN_LINK_KINDS, CHAIN_ORIGIN_KINDS, relationTypesInRole } from '../../domain';
import { builder } from '../builder';
import { causalReach, neighbours, relationsOf } from '../related';
import { ConceptRef, conceptTypes } from './concept';
import { RelationRef } from './relation';

/**
 * Fields only some kinds have, where a clinician would look for them: a symptom's causes,
 * a treatment's cautions, a red flag's conditions.
 */
const CAUSE_DEPTH = 4;

for (const kind of CHAIN_ORIGIN_KINDS) {
  builder.objectFields(conceptTypes[kind], (t) => ({
    leadsTo: t.field({
      type: [ConceptRef],
      description: `What this ${kind.toLowerCase()} brings about along causal relations (mechanisms, symptoms, conditions), up to ${CAUSE_DEPTH} hops, nearest first.`,
      resolve: (c, _a, ctx) => causalReach(ctx, c.id, 'out', CAUSE_DEPTH),
    }),
  }));
}

builder.objectFields(conceptTypes.Condition, (t) => ({
  suggestedBy: t.field({ type: [ConceptRef], description: 'Red flags that point to this condition.', resolve: (c, _a, ctx) => neighbours(ctx, c.id, relationTypesInRole('sign'), 'in') }),
}));

builder.objectFields(conceptTypes.Mechanism, (t) => ({
  leadsTo: t.field({
    type: [ConceptRef],
    description: `What this mechanism produces along causal relations, up to ${CAUSE_DEPTH} hops, nearest first.`,
    resolve: (c, _a, ctx) => causalReach(ctx, c.id, 'out', CAUSE_DEPTH),
  }),
  targetedBy: t.field({ type: [ConceptRef], description: 'Treatments that act on this mechanism.', resolve: (c, _a, ctx) => neighbours(ctx, c.id, ['TARGETS'], 'in') }),
}));

builder.objectFields(conceptTypes.Symptom, (t) => ({
  causes: t.field({
    type: [ConceptRef],
    description: `Causes and conditions that lead to this symptom, directly or through mechanisms (up to ${CAUSE_DEPTH} hops), nearest first.`,
    resolve: async (c, _a, ctx) => (await causalReach(ctx, c.id, 'in', CAUSE_DEPTH)).filter((x) => CHAIN_ORIGIN_KINDS.includes(x.kind)),
  }),
  mechanisms: t.field({
    type: [ConceptRef],
    description: `Mechanisms through which this symptom arises (up to ${CAUSE_DEPTH} hops back), nearest first.`,
    resolve: async (c, _a, ctx) => (await causalReach(ctx, c.id, 'in', CAUSE_DEPTH)).filter((x) => CHAIN_LINK_KINDS.includes(x.kind)),
  }),
  relievedBy: t.field({ type: [ConceptRef], description: 'Treatments that relieve this symptom directly.', resolve: (c, _a, ctx) => neighbours(ctx, c.id, ['RELIEVES'], 'in') }),
}));

builder.objectFields(conceptTypes.Treatment, (t) => ({
  relieves: t.field({ type: [ConceptRef], description: 'Symptoms and conditions it relieves.', resolve: (c, _a, ctx) => neighbours(ctx, c.id, ['RELIEVES'], 'out') }),
  targets: t.field({ type: [ConceptRef], description: 'Mechanisms, causes and conditions it acts on.', resolve: (c, _a, ctx) => neighbours(ctx, c.id, ['TARGETS'], 'out') }),
  prevents: t.field({ type: [ConceptRef], description: 'What it helps prevent.', resolve: (c, _a, ctx) => neighbours(ctx, c.id, ['PREVENTS'], 'out') }),
  cautions: t.field({ type: [RelationRef], description: 'Its adverse effects and warnings, with evidence.', resolve: (c, _a, ctx) => relationsOf(ctx, c.id, relationTypesInRole('caution'), 'out') }),
}));

builder.objectFields(conceptTypes.RedFlag, (t) => ({
  suggests: t.field({ type: [ConceptRef], description: 'The conditions this sign may point to.', resolve: (c, _a, ctx) => neighbours(ctx, c.id, relationTypesInRole('sign'), 'out') }),
}));

builder.objectFields(conceptTypes.Diagnostic, (t) => ({
  detects: t.field({ type: [ConceptRef], description: 'What this test, question or scale identifies or grades.', resolve: (c, _a, ctx) => neighbours(ctx, c.id, relationTypesInRole('test'), 'out') }),
}));

builder.objectFields(conceptTypes.BodyRegion, (t) => ({
  concepts: t.field({ type: [ConceptRef], description: 'Concepts that concern this region.', resolve: (c, _a, ctx) => neighbours(ctx, c.id, relationTypesInRole('place'), 'in') }),
}));
