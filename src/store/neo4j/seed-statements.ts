import neo4j from 'neo4j-driver';
import { CONCEPT_KIND_NAMES, type KnowledgeGraph } from '../../domain';
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
    statement('seed/merge-sources', {
      sources: graph.sources.map((s) => ({ id: s.id, title: s.title, kind: s.kind, reliability: s.reliability, url: s.url ?? null })),
    }),
    statement('seed/merge-concepts', {
      concepts: graph.concepts.map((c) => ({
        id: c.id,
        kind: c.kind,
        otherKinds: CONCEPT_KIND_NAMES.filter((kind) => kind !== c.kind),
        name: c.name,
        description: c.description,
        synonyms: [...c.synonyms],
        synonymsText: c.synonyms.join(' | '),
        urgent: c.urgent,
        unspecified: c.unspecified,
      })),
    }),
    statement('seed/remove-stale-concepts', { ids: graph.concepts.map((c) => c.id) }),
    statement('seed/merge-relations', {
      relations: graph.relations.map((r) => ({
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
      })),
    }),
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
