import { CONCEPT_KIND_NAMES, RELATION_TYPE_NAMES, type ConceptKind, type RelationType } from '../../domain';
import type { GraphStats } from '../../store';
import { builder } from '../builder';
import { ConceptKindEnum, RelationTypeEnum } from './enums';

const KindCountRef = builder.objectRef<{ kind: ConceptKind; count: number }>('KindCount').implement({
  description: 'How many concepts there are of one kind.',
  fields: (t) => ({
    kind: t.field({ type: ConceptKindEnum, description: 'The kind.', resolve: (c) => c.kind }),
    count: t.exposeInt('count', { description: 'How many concepts of that kind.' }),
  }),
});

const TypeCountRef = builder.objectRef<{ type: RelationType; count: number }>('RelationTypeCount').implement({
  description: 'How many relations there are of one type.',
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, description: 'The relation type.', resolve: (c) => c.type }),
    count: t.exposeInt('count', { description: 'How many relations of that type.' }),
  }),
});

const StatsRef = builder.objectRef<GraphStats>('Stats').implement({
  description: 'The size of the graph being served.',
  fields: (t) => ({
    store: t.exposeString('store', { description: "Which store serves the graph: 'embedded' or 'neo4j'." }),
    version: t.exposeString('version', { description: 'A hash of the graph files being served: share links carry it, so an old link can tell the graph has changed since.' }),
    concepts: t.exposeInt('concepts', { description: 'Concepts in all.' }),
    relations: t.exposeInt('relations', { description: 'Relations in all.' }),
    evidence: t.exposeInt('evidence', { description: 'Evidence quotes in all.' }),
    sources: t.exposeInt('sources', { description: 'Source documents quoted.' }),
    conceptsByKind: t.field({
      type: [KindCountRef],
      description: 'Concepts per kind, in the order of the domain table.',
      resolve: (s) => CONCEPT_KIND_NAMES.map((kind) => ({ kind, count: s.conceptsByKind[kind] })),
    }),
    relationsByType: t.field({
      type: [TypeCountRef],
      description: 'Relations per type, in the order of the domain table.',
      resolve: (s) => RELATION_TYPE_NAMES.map((type) => ({ type, count: s.relationsByType[type] })),
    }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({ type: StatsRef, description: 'Counts of what the graph holds.', resolve: (_root, _args, ctx) => ctx.store.stats() }),
);
