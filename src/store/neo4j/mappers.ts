import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { isConceptKind, isRelationType, type Concept, type EvidenceKind, type Relation, type Source, type Tour } from '../../domain';
import { tourStepSchema } from '../../graph/file-schemas';
import type { CatalogueEntry } from '../search-index';
import type { TourSummary } from '../store';

/**
 * The one place rows from Neo4j become domain values. Neo4j integers arrive as Integer
 * objects; they are converted here, refusing values JavaScript numbers cannot hold.
 */
export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) {
    if (!neo4j.integer.inSafeRange(value)) throw new Error(`Neo4j returned ${value.toString()}, beyond the safe integer range`);
    return neo4j.integer.toNumber(value);
  }
  if (typeof value === 'number') return value;
  throw new Error(`expected a number from Neo4j, got ${typeof value}`);
}

type Row = Record<string, unknown>;

export function toConcept(row: unknown): Concept {
  const value = row as Row;
  const kind = String(value.kind);
  if (!isConceptKind(kind)) throw new Error(`Neo4j holds concept ${String(value.id)} of unknown kind ${kind}: seed the database again`);
  return {
    id: String(value.id),
    kind,
    name: String(value.name),
    description: String(value.description),
    synonyms: ((value.synonyms as string[] | null) ?? []).map(String),
    urgent: value.urgent === true,
    unspecified: value.unspecified === true,
  };
}

export function toRelation(row: unknown): Relation {
  const value = row as Row;
  const type = String(value.type);
  if (!isRelationType(type)) throw new Error(`Neo4j holds relation ${String(value.id)} of unknown type ${type}: seed the database again`);
  const sources = (value.evidenceSources as string[] | null) ?? [];
  const quotes = (value.evidenceQuotes as string[] | null) ?? [];
  const kinds = (value.evidenceKinds as string[] | null) ?? [];
  const passages = (value.evidencePassages as string[] | null) ?? [];
  const hedged = (value.evidenceHedged as boolean[] | null) ?? [];
  return {
    id: String(value.id),
    type,
    from: String(value.from),
    to: String(value.to),
    evidence: sources.map((source, index) => ({
      source,
      quote: quotes[index]!,
      kind: kinds[index] as EvidenceKind,
      ...(passages[index] ? { passage: passages[index] } : {}),
      hedged: hedged[index] === true,
    })),
  };
}

export function toSource(row: unknown): Source {
  const value = row as Row;
  return {
    id: String(value.id),
    title: String(value.title),
    kind: String(value.kind),
    reliability: String(value.reliability),
    ...(value.url ? { url: String(value.url) } : {}),
  };
}

export function toTourSummary(row: unknown): TourSummary {
  const value = row as Row;
  return {
    id: String(value.id),
    title: String(value.title),
    audience: String(value.audience),
    summary: String(value.summary),
    stepCount: toNumber(value.stepCount),
  };
}

/** Steps were validated before seeding; parsing them again keeps a hand-edited node from reaching the API half-formed. */
const storedStepsSchema = z.array(tourStepSchema);

export function toTour(row: unknown): Tour {
  const value = row as Row;
  const id = String(value.id);
  const parsed = storedStepsSchema.safeParse(parseJson(String(value.stepsJson)));
  if (!parsed.success) throw new Error(`Neo4j holds tour ${id} with unreadable steps: seed the database again`);
  return { id, title: String(value.title), audience: String(value.audience), summary: String(value.summary), steps: parsed.data };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function toCatalogueEntry(row: Row): CatalogueEntry {
  return {
    concept: toConcept(row.concept),
    relations: toNumber(row.relations),
    evidence: toNumber(row.evidence),
    linked: ((row.linked as string[] | null) ?? []).map(String),
  };
}
