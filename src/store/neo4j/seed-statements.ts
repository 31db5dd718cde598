import neo4j from 'neo4j-driver';
import { CONCEPT_KIND_NAMES, type Concept, type KnowledgeGraph, type Relation } from '../../domain';
import { graphVersion } from '../../graph/graph-version';
import { SCHEMA_STATEMENTS } from './queries';
import { statement, type Statement } from './run';

/** The schema statements, each idempotent (IF NOT EXISTS). */
export function schemaStatements(): Statement[] {
  return SCHEMA_STATEMENTS.map((name) => statement(name, {}));
}

/**
 * The statements that make the database hold exactly this graph: merge everything, then
 * remove what graph/ no longer has. Run in one transaction, so a failure leaves the
 * previous graph as it was, and running it twice changes nothing.
 */
export function seedStatements(graph: KnowledgeGraph): Statement[] {
  return [
    mergeSources(graph),
    mergeConcepts(graph.concepts),
    statement('seed/remove-stale-concepts', { ids: graph.concepts.map((c) => c.id) }),
    mergeRelations(graph.relations),
    ...closingStatements(graph),
  ];
}

/** Concepts or relations per transaction when a graph is too large for one. */
export const SEED_BATCH_SIZE = 5_000;

/** One write transaction of a seed, and how many concepts and relations it writes. */
export interface SeedTransaction {
  readonly statements: Statement[];
  readonly concepts: number;
  readonly relations: number;
}

/**
 * The seed as write transactions. A graph of at most `batchSize` concepts and relations is one
 * transaction (seedStatements: all or nothing). A larger one would hold the server's whole
 * transaction state in memory at once, so its concepts and then its relations go in batches
 * (UNWIND, one transaction each), and one last transaction removes what graph/ no longer has
 * and sets the version: a seed that fails part-way has merged some batches but removed nothing,
 * still names the previous version, and is finished by running it again.
 */
export function seedTransactions(graph: KnowledgeGraph, batchSize = SEED_BATCH_SIZE): SeedTransaction[] {
  if (graph.concepts.length <= batchSize && graph.relations.length <= batchSize) {
    return [{ statements: seedStatements(graph), concepts: graph.concepts.length, relations: graph.relations.length }];
  }
  return [
    { statements: [mergeSources(graph)], concepts: 0, relations: 0 },
    ...batches(graph.concepts, batchSize).map((batch) => ({ statements: [mergeConcepts(batch)], concepts: batch.length, relations: 0 })),
    ...batches(graph.relations, batchSize).map((batch) => ({ statements: [mergeRelations(batch)], concepts: 0, relations: batch.length })),
    {
      statements: [statement('seed/remove-stale-concepts', { ids: graph.concepts.map((c) => c.id) }), ...closingStatements(graph)],
      concepts: 0,
      relations: 0,
    },
  ];
}

function batches<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

function mergeSources(graph: KnowledgeGraph): Statement {
  return statement('seed/merge-sources', {
    sources: graph.sources.map((s) => ({ id: s.id, title: s.title, kind: s.kind, reliability: s.reliability, url: s.url ?? null })),
  });
}

/** The concept as the app reads it back (mappers.ts), field by field so nothing else rides along. */
function conceptRecord({ id, kind, name, description, synonyms, urgent, unspecified }: Concept): Concept {
  return { id, kind, name, description, synonyms, urgent, unspecified };
}

/** The relation as the app reads it back (mappers.ts). */
function relationRecord({ id, type, from, to, scope, evidence }: Relation): Relation {
  return {
    id,
    type,
    from,
    to,
    ...(scope ? { scope } : {}),
    evidence: evidence.map(({ source, quote, kind, passage, hedged }) => ({ source, quote, kind, ...(passage ? { passage } : {}), hedged })),
  };
}

function mergeConcepts(concepts: KnowledgeGraph['concepts']): Statement {
  return statement('seed/merge-concepts', {
    concepts: concepts.map((c) => ({
      id: c.id,
      kind: c.kind,
      otherKinds: CONCEPT_KIND_NAMES.filter((kind) => kind !== c.kind),
      name: c.name,
      description: c.description,
      synonyms: [...c.synonyms],
      synonymsText: c.synonyms.join(' | '),
      urgent: c.urgent,
      unspecified: c.unspecified,
      record: JSON.stringify(conceptRecord(c)),
    })),
  });
}

function mergeRelations(relations: KnowledgeGraph['relations']): Statement {
  return statement('seed/merge-relations', {
    relations: relations.map((r) => ({
      id: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      scope: r.scope ?? null,
      evidenceSources: r.evidence.map((e) => e.source),
      evidenceQuotes: r.evidence.map((e) => e.quote),
      evidenceKinds: r.evidence.map((e) => e.kind),
      evidencePassages: r.evidence.map((e) => e.passage ?? ''),
      evidenceHedged: r.evidence.map((e) => e.hedged),
      record: JSON.stringify(relationRecord(r)),
    })),
  });
}

/** After concepts and relations: remove stale relations and sources, write the tours, then the version. */
function closingStatements(graph: KnowledgeGraph): Statement[] {
  return [
    statement('seed/remove-stale-relations', { ids: graph.relations.map((r) => r.id) }),
    statement('seed/remove-stale-sources', { ids: graph.sources.map((s) => s.id) }),
    statement('seed/merge-tours', {
      tours: graph.tours.map((t) => ({
        id: t.id,
        title: t.title,
        audience: t.audience,
        summary: t.summary,
        stepCount: neo4j.int(t.steps.length),
        stepsJson: JSON.stringify(t.steps),
      })),
    }),
    statement('seed/remove-stale-tours', { ids: graph.tours.map((t) => t.id) }),
    statement('seed/set-graph-version', { version: graphVersion(graph) }),
  ];
}
