import { isStandaloneEvidence } from './evidence';
import type { Relation } from './model';

/**
 * The words by which a quote says a relation only possibly or only sometimes holds. A quote
 * holding one must say in its evidence whether it hedges the claim (`hedged: true`) or not
 * (`hedged: false`, e.g. "you can apply ice" grants a choice, it does not doubt the ice).
 *
 * Frequency words that say what is typical ("often", "usually", "commonly", "tend to") are
 * left out: "lifting often strains a muscle" still says lifting is a cause, which is what a
 * line on the map claims. A curator may still mark such a quote `hedged: true` by hand.
 */
export const HEDGE_WORDS = {
  may: 'possibility',
  might: 'possibility',
  can: 'possibility',
  could: 'possibility',
  possibly: 'possibility',
  perhaps: 'possibility',
  probably: 'likelihood',
  likely: 'likelihood',
  'thought to': 'belief',
  'believed to': 'belief',
  some: 'only in some cases',
  sometimes: 'only in some cases',
} as const satisfies Record<string, HedgeSense>;

export type HedgeSense = 'possibility' | 'likelihood' | 'belief' | 'only in some cases';

export type HedgeWord = keyof typeof HEDGE_WORDS;

export const HEDGE_WORD_LIST = Object.keys(HEDGE_WORDS) as HedgeWord[];

/** Whole words only, and not a contraction: "can't" denies rather than hedges, "scan" holds no "can". */
const HEDGE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}'’])(${HEDGE_WORD_LIST.map((word) => word.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}'’])`, 'iu');

/** The first hedge word in the quote, as the quote writes it; undefined when it has none. */
export function hedgeWordIn(quote: string): string | undefined {
  return HEDGE_PATTERN.exec(quote)?.[1];
}

/**
 * A relation is hedged when every statement and expert quote for it hedges: one source stating
 * it plainly is enough to state it plainly. Anecdotes and questions never carry a relation
 * alone, so they neither hedge nor un-hedge it.
 */
export function isHedgedRelation(relation: Pick<Relation, 'evidence'>): boolean {
  const standalone = relation.evidence.filter((item) => isStandaloneEvidence(item.kind));
  return standalone.length > 0 && standalone.every((item) => item.hedged);
}
