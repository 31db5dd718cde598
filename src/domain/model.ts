import type { ConceptKind } from './kinds';
import type { RelationType } from './relations';
import type { EvidenceKind } from './evidence';
import type { Tour } from './tours';

export interface Concept {
  readonly id: string;
  readonly kind: ConceptKind;
  readonly name: string;
  readonly description: string;
  readonly synonyms: readonly string[];
  readonly urgent: boolean;
}

export interface Evidence {
  readonly source: string;
  readonly quote: string;
  readonly kind: EvidenceKind;
  /** Set when the quote is part of a passage that states several hops as one chain. */
  readonly passage?: string;
}

export interface Relation {
  /** Stable and derived: `${from}>${type}>${to}`; a relation exists once per triple. */
  readonly id: string;
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly evidence: readonly Evidence[];
}

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly url?: string;
  readonly reliability: string;
}

/** The whole validated graph, frozen: what every store is built from. */
export interface KnowledgeGraph {
  readonly concepts: readonly Concept[];
  readonly relations: readonly Relation[];
  readonly sources: readonly Source[];
  /** Ordered by id. */
  readonly tours: readonly Tour[];
}

export function relationId(from: string, type: RelationType, to: string): string {
  return `${from}>${type}>${to}`;
}

/** The two concepts a relation id joins, or null when the text is not a relation id. */
export function relationEnds(id: string): { from: string; to: string } | null {
  const parts = id.split('>');
  return parts.length === 3 && parts.every(Boolean) ? { from: parts[0]!, to: parts[2]! } : null;
}

/** Ids are kebab-case so they read well in URLs, YAML and Cypher alike. */
export const CONCEPT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
