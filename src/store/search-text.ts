import type { Concept } from '../domain';
import { compareText } from '../domain';
import type { MatchQuality, SearchHit } from './store';

/**
 * Search is case- and accent-insensitive: "Rückenkrampf", "ruckenkrampf" and "RUCKENKRAMPF"
 * are one text. Both stores compare texts in this form, so they rank alike.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const QUALITY_ORDER: readonly MatchQuality[] = ['exact', 'prefix', 'word', 'substring'];

/** How well a normalized query matches a normalized term, or undefined when it does not. */
export function matchQuality(term: string, query: string): MatchQuality | undefined {
  if (term === query) return 'exact';
  if (term.startsWith(query)) return 'prefix';
  const at = term.indexOf(query);
  if (at === -1) return undefined;
  return wordStartsAt(term, query) ? 'word' : 'substring';
}

function wordStartsAt(term: string, query: string): boolean {
  for (let at = term.indexOf(query); at !== -1; at = term.indexOf(query, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(term[at - 1]!)) return true;
  }
  return false;
}

/** The concept's best match over its name and synonyms; a name wins a tie with a synonym. */
export function bestMatch(concept: Concept, query: string): SearchHit | undefined {
  let best: SearchHit | undefined;
  for (const text of [concept.name, ...concept.synonyms]) {
    const match = matchQuality(normalizeSearchText(text), query);
    if (match && (!best || rank(match) < rank(best.match))) best = { concept, match, matchedText: text };
  }
  return best;
}

/** Best match first, then names before synonyms, shorter names, and ids as the final tie-break. */
export function compareHits(a: SearchHit, b: SearchHit): number {
  return (
    rank(a.match) - rank(b.match) ||
    Number(a.matchedText !== a.concept.name) - Number(b.matchedText !== b.concept.name) ||
    a.concept.name.length - b.concept.name.length ||
    compareText(a.concept.id, b.concept.id)
  );
}

function rank(quality: MatchQuality): number {
  return QUALITY_ORDER.indexOf(quality);
}
