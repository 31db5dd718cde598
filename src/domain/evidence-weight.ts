import type { EvidenceKind } from './evidence';

/**
 * The sorts of document the sources are, by the start of a source's `kind` in graph/sources.yaml
 * ("consumer health page (aggregated snippets)" is a consumer health page). `badge` is what a
 * reader is shown beside a quote the page itself states.
 */
export const SOURCE_TYPES = {
  'consumer health page': { badge: 'consumer health page', meaning: 'A web page on health written for the general public.' },
  'consumer blog post': { badge: 'consumer blog post', meaning: 'A blog post written for the general public.' },
} as const;

/** How much weight a quote can bear, at a glance: statements rest on their page, the rest are flagged as what they are. */
export type EvidenceWeightLevel = 'page' | 'expert' | 'anecdotal';

export interface EvidenceWeight {
  /** A few words shown beside the quote, e.g. "consumer health page" or "personal anecdote". */
  readonly label: string;
  readonly level: EvidenceWeightLevel;
  /** What the label means, in a sentence. */
  readonly meaning: string;
}

const BY_KIND = {
  expert: { label: 'expert quote', level: 'expert', meaning: 'A named clinician is quoted saying it, on the page cited.' },
  anecdote: { label: 'personal anecdote', level: 'anecdotal', meaning: "A reader's or writer's own story: one person's experience, not a finding." },
  question: { label: "reader's question", level: 'anecdotal', meaning: 'A reader asks it; the page does not state it.' },
} as const satisfies Record<Exclude<EvidenceKind, 'statement'>, EvidenceWeight>;

/**
 * The badge beside a quote: what the quote is (an expert's words, an anecdote, a question) or,
 * when the page states it, what sort of page it is. A source of a sort SOURCE_TYPES does not
 * know is shown by its own `kind`.
 */
export function evidenceWeight(kind: EvidenceKind, sourceKind: string): EvidenceWeight {
  if (kind !== 'statement') return BY_KIND[kind];
  const type = (Object.keys(SOURCE_TYPES) as (keyof typeof SOURCE_TYPES)[])
    .filter((name) => sourceKind.toLowerCase().startsWith(name))
    .sort((a, b) => b.length - a.length)[0];
  return type ? { label: SOURCE_TYPES[type].badge, level: 'page', meaning: `The page states it. ${SOURCE_TYPES[type].meaning}` } : { label: sourceKind, level: 'page', meaning: 'The page states it.' };
}
