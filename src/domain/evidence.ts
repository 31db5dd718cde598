/**
 * How a quote supports a relation. Only statements and expert quotes can carry a relation
 * alone; anecdotes and questions may only be attached beside them.
 */
export const EVIDENCE_KINDS = {
  statement: { standalone: true, description: 'The page asserts it.' },
  expert: { standalone: true, description: 'A named clinician is quoted saying it.' },
  anecdote: { standalone: false, description: "A reader's or writer's own story." },
  question: { standalone: false, description: 'A reader asks it.' },
} as const;

export type EvidenceKind = keyof typeof EVIDENCE_KINDS;

export const EVIDENCE_KIND_NAMES = Object.keys(EVIDENCE_KINDS) as EvidenceKind[];

/** Long enough for a sentence, short enough to stay a citation rather than a copy. */
export const MAX_QUOTE_LENGTH = 300;

export function isStandaloneEvidence(kind: EvidenceKind): boolean {
  return EVIDENCE_KINDS[kind].standalone;
}

export function isEvidenceKind(value: string): value is EvidenceKind {
  return Object.hasOwn(EVIDENCE_KINDS, value);
}
