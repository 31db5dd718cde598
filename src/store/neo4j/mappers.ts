import neo4j, { type Integer } from 'neo4j-driver';
import { z } from 'zod';
import { CONCEPT_KIND_NAMES, EVIDENCE_KIND_NAMES, recordOf, RELATION_TYPE_NAMES, type Concept, type ConceptKind, type Relation, type RelationType, type Source, type Tour } from '../../domain';
import { tourStepSchema } from '../../graph/file-schemas';
import type { CatalogueEntry } from '../search-index';
import type { CausalPath, GraphStats, Subgraph, TourSummary } from '../store';

/**
 * The one place rows from Neo4j become domain values. Every row is checked against what the
 * statement returns, so a database seeded by another version of the app (or edited by hand)
 * fails with a message naming what is wrong instead of reaching the API half-formed. Neo4j
 * integers arrive as Integer objects; they are converted here, refusing values JavaScript
 * numbers cannot hold.
 */
function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) {
    if (!neo4j.integer.inSafeRange(value)) throw new Error(`Neo4j returned ${value.toString()}, beyond the safe integer range`);
    return neo4j.integer.toNumber(value);
  }
  if (typeof value === 'number') return value;
  throw new Error(`expected a number from Neo4j, got ${typeof value}`);
}

const integer = z.custom<Integer | number>((value) => typeof value === 'number' || neo4j.isInt(value), 'expected a number').transform(toNumber);

/** Neo4j has no empty list property: a list never written reads as null. */
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((items) => items ?? []);

/**
 * Concepts and relations are read as their `record` property, the domain value as one JSON text
 * (see cypher/seed/merge-concepts.cypher), and checked here like any other row.
 */
const jsonText = (notJson: string) =>
  z.string().transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: notJson });
      return z.NEVER;
    }
  });

const conceptRow = jsonText('its record is not JSON').pipe(
  z.object({
    id: z.string(),
    kind: z.enum(CONCEPT_KIND_NAMES),
    name: z.string(),
    description: z.string(),
    synonyms: z.array(z.string()),
    urgent: z.boolean(),
    unspecified: z.boolean(),
  }),
);

const relationRow = jsonText('its record is not JSON').pipe(
  z.object({
    id: z.string(),
    type: z.enum(RELATION_TYPE_NAMES),
    from: z.string(),
    to: z.string(),
    scope: z.string().optional(),
    evidence: z.array(
      z.object({ source: z.string(), quote: z.string(), kind: z.enum(EVIDENCE_KIND_NAMES), passage: z.string().optional(), hedged: z.boolean() }),
    ),
  }),
);

const sourceRow = z
  .object({ id: z.string(), title: z.string(), kind: z.string(), reliability: z.string(), url: z.string().nullish() })
  .transform(({ url, ...source }): Source => ({ ...source, ...(url ? { url } : {}) }));

const tourSummaryRow = z.object({ id: z.string(), title: z.string(), audience: z.string(), summary: z.string(), stepCount: integer });

/** Steps were validated before seeding; parsing them again keeps a hand-edited node from reaching the API half-formed. */
const tourRow = z.object({
  id: z.string(),
  title: z.string(),
  audience: z.string(),
  summary: z.string(),
  stepsJson: jsonText('its steps are not JSON').pipe(z.array(tourStepSchema)),
});

const subgraphRow = z.object({ nodes: list(conceptRow), edges: list(relationRow) });

/** A walk read in rows of a few concepts, each row with the relations they start among those found. */
const walkedRows = z.array(subgraphRow);

const conceptPageRow = z.object({ page: z.array(conceptRow), totalCount: integer });

const catalogueRows = z.array(
  // the one row of a catalogue already known has the version alone
  z.object({ version: z.string(), concept: conceptRow.nullable(), relations: integer.nullable(), evidence: integer.nullable(), linked: list(z.string()) }),
);

const staleRow = z.object({ concepts: integer, relations: integer });

const versionRow = z.object({ version: z.string().nullish() }).optional();

const statsRow = z.object({
  conceptsByKind: z.array(z.object({ kind: z.string(), count: integer }).transform(({ kind, count }) => [kind, count] as const)),
  relationsByType: z.array(z.object({ type: z.string(), count: integer }).transform(({ type, count }) => [type, count] as const)),
  evidence: integer.nullish(),
  sources: integer,
  version: z.string().nullish(),
});

/** A row as the schema reads it, or an error naming the statement's row and what in it is wrong. */
function read<S extends z.ZodType>(schema: S, row: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the row'}: ${issue.message}`).join('; ');
  throw new Error(`Neo4j holds ${what} this app cannot read (${problems}): seed the database again (npm run seed)`);
}

/** The id of a row that failed, for the message: from a record's JSON text (read without trusting it) or a map. */
function named(row: unknown): string {
  if (typeof row === 'string') return /"id":"([^"]*)"/.exec(row)?.[1] ?? 'without an id';
  return typeof row === 'object' && row !== null && 'id' in row ? String(row.id) : 'without an id';
}

export const toConcept = (row: unknown): Concept => read(conceptRow, row, `concept ${named(row)}`);
export const toRelation = (row: unknown): Relation => read(relationRow, row, `relation ${named(row)}`);
export const toSource = (row: unknown): Source => read(sourceRow, row, `source ${named(row)}`);
export const toTourSummary = (row: unknown): TourSummary => read(tourSummaryRow, row, `tour ${named(row)}`);
export const toTour = (row: unknown): Tour => {
  const { stepsJson, ...tour } = read(tourRow, row, `tour ${named(row)}`);
  return { ...tour, steps: stepsJson };
};

/** A neighbourhood or a path: concepts and the relations between them. */
export const toSubgraph = (row: unknown): Subgraph & CausalPath => read(subgraphRow, row ?? {}, 'a neighbourhood or path');

/** A neighbourhood or upstream walk, read in rows of a few concepts: its concepts and the relations among them. */
export function toWalkedSubgraph(rows: unknown): Subgraph {
  const walked = read(walkedRows, rows, 'a neighbourhood or upstream walk');
  return { nodes: walked.flatMap((row) => row.nodes), edges: walked.flatMap((row) => row.edges) };
}

export const toConceptPage = (row: unknown) => {
  const { page, totalCount } = read(conceptPageRow, row, 'a page of concepts');
  return { page, totalCount };
};

/** The search catalogue of the graph version the database holds, a row per concept (empty when the store already has it). */
export function toCatalogue(rows: unknown): { version: string; catalogue: CatalogueEntry[] } {
  const entries = read(catalogueRows, rows, 'a search catalogue');
  const catalogue: CatalogueEntry[] = [];
  for (const { concept, relations, evidence, linked } of entries) if (concept) catalogue.push({ concept, relations: relations ?? 0, evidence: evidence ?? 0, linked });
  return { version: entries[0]?.version ?? 'unseeded', catalogue };
}

/** How many concepts and relations the database holds that the graph being seeded does not. */
export const toStaleCounts = (row: unknown): { concepts: number; relations: number } => read(staleRow, row, 'a count of stale concepts and relations');

export const toGraphVersion = (row: unknown): string => read(versionRow, row, 'a graph version')?.version ?? 'unseeded';

/** The graph's counts; kinds and types the domain does not know are left out, those it knows and the graph lacks count 0. */
export function toStats(row: unknown, store: GraphStats['store']): GraphStats {
  const stats = read(statsRow, row, 'the graph counts');
  const conceptsByKind = counted<ConceptKind>(CONCEPT_KIND_NAMES, stats.conceptsByKind);
  const relationsByType = counted<RelationType>(RELATION_TYPE_NAMES, stats.relationsByType);
  return {
    store,
    version: stats.version ?? 'unseeded',
    concepts: sum(conceptsByKind),
    relations: sum(relationsByType),
    evidence: stats.evidence ?? 0,
    sources: stats.sources,
    conceptsByKind,
    relationsByType,
  };
}

function counted<K extends string>(keys: readonly K[], rows: readonly (readonly [string, number])[]): Record<K, number> {
  const counts = new Map(rows);
  return recordOf(keys, (key) => counts.get(key) ?? 0);
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
