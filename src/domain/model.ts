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
  /**
   * A placeholder for a condition the sources do not name ("a more serious underlying issue"):
   * what points to it is shown as "the sources do not name the condition", not as a link to a named one.
   */
  readonly unspecified: boolean;
}

export interface Evidence {
  readonly source: string;
  readonly quote: string;
  readonly kind: EvidenceKind;
  /** Set when the quote is part of a passage that states several hops as one chain. */
  readonly passage?: string;
  /** The quote only says the relation may or sometimes holds ("may", "can", "in some cases"). */
  readonly hedged: boolean;
}

/** A scope is a phrase shown beside the relation, not a second quote. */
export const MAX_SCOPE_LENGTH = 80;

export interface Relation {
  /** Stable and derived: `${from}>${type}>${to}`; a relation exists once per triple. */
  readonly id: string;
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  /**
   * The condition or situation the quotes attach to the claim ("if you lie still most of the
   * time", "combined with a muscle relaxer"); without it the relation would say more than they do.
   */
  readonly scope?: string;
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
