import { keysOf } from './tables';

/**
 * How a quote supports a relation. Only statements and expert quotes can carry a relation
 * alone; anecdotes and questions may only be attached beside them. `strength` orders the
 * kinds for ranking chains and for showing evidence: the stronger kinds come first.
 */
export const EVIDENCE_KINDS = {
  statement: { standalone: true, strength: 2, description: 'The page asserts it.' },
  expert: { standalone: true, strength: 2, description: 'A named clinician is quoted saying it.' },
  anecdote: { standalone: false, strength: 1, description: "A reader's or writer's own story." },
  question: { standalone: false, strength: 0, description: 'A reader asks it.' },
} as const;

export type EvidenceKind = keyof typeof EVIDENCE_KINDS;

export const EVIDENCE_KIND_NAMES = keysOf(EVIDENCE_KINDS);

/** Long enough for a sentence, short enough to stay a citation rather than a copy. */
export const MAX_QUOTE_LENGTH = 300;

export function isStandaloneEvidence(kind: EvidenceKind): boolean {
  return EVIDENCE_KINDS[kind].standalone;
}

export function evidenceStrength(kind: EvidenceKind): number {
  return EVIDENCE_KINDS[kind].strength;
}

/**
 * A passage id names one span of a source that states several hops of a chain in one breath;
 * evidence items of consecutive relations sharing it make an attested chain.
 */
export const PASSAGE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isEvidenceKind(value: string): value is EvidenceKind {
  return Object.hasOwn(EVIDENCE_KINDS, value);
}
