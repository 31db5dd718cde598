import MiniSearch from 'minisearch';
import { stemmer } from 'stemmer';
import { CONCEPT_KIND_NAMES, CONCEPT_KINDS, compareText, type Concept, type ConceptKind, type KnowledgeGraph } from '../domain';
import type { MatchQuality, SearchHit, SearchOptions } from './store';

/**
 * Search as clinicians type it, shared by both stores so they rank alike: each store hands in
 * the same catalogue (every concept with its weight in the graph and the names of the concepts
 * it is related to) and this module does the rest with MiniSearch. Queries are split into
 * words, in any order; words are reduced to their stem ("dehydrated" finds "dehydration"),
 * typos are forgiven (one edit in words up to seven letters, two in longer ones), the last
 * word may be a prefix, synonyms count like names, and kind words ("red flag", "treatment
 * for …") pick the kinds to look in.
 */
export interface CatalogueEntry {
  readonly concept: Concept;
  /** Relations that start or end at the concept. */
  readonly relations: number;
  /** Quotes on those relations. */
  readonly evidence: number;
  /** Names of the concepts at the other end of those relations, any order. */
  readonly linked: readonly string[];
}

/** Best first. */
export const MATCH_QUALITIES = ['exact', 'prefix', 'word', 'fuzzy', 'partial', 'related', 'kind'] as const satisfies readonly MatchQuality[];

/**
 * Search is case- and accent-insensitive: "Rückenkrampf", "ruckenkrampf" and "RUCKENKRAMPF"
 * are one text.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that carry no meaning in a concept name ("overuse of the back muscles"). */
const STOP_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'into', 'is', 'my', 'of', 'on', 'or', 'the', 'to', 'with']);

function words(text: string): string[] {
  return normalizeSearchText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word));
}

function stems(text: string): string[] {
  return words(text).map((word) => stemmer(word));
}

/** A text's words both as written and as stems, so a query word can meet either. */
function indexTerms(text: string): string[] {
  return words(text).flatMap((word) => [word, stemmer(word)]);
}

/** One edit for words up to seven letters, two beyond; none for the shortest, where one edit is a different word. */
function typosAllowed(term: string): number {
  return term.length <= 3 ? 0 : term.length <= 7 ? 1 : 2;
}

/** Kind words, longest first, so "treatment for" is taken before "treatment". */
const KIND_WORDS = CONCEPT_KIND_NAMES.flatMap((kind) => CONCEPT_KINDS[kind].searchWords.map((phrase) => ({ kind, phrase: normalizeSearchText(phrase) }))).sort(
  (a, b) => b.phrase.length - a.phrase.length,
);

/** The kinds a query names and what is left of it once their words are taken out. */
export function splitKindWords(query: string): { kinds: ConceptKind[]; rest: string } {
  let rest = ` ${words(query).join(' ')} `;
  const kinds = new Set<ConceptKind>();
  for (const { kind, phrase } of KIND_WORDS) {
    const spaced = ` ${phrase} `;
    if (rest.includes(spaced)) {
      kinds.add(kind);
      rest = rest.replace(spaced, ' ');
    }
  }
  return { kinds: [...kinds], rest: rest.trim() };
}

interface Document {
  readonly id: string;
  readonly names: string;
  readonly linked: string;
}

interface Candidate {
  readonly entry: CatalogueEntry;
  readonly match: MatchQuality;
  readonly matchedText: string;
  /** Query words the concept matched, in any way. */
  readonly covered: number;
}

export class ConceptSearch {
  private readonly byId: Map<string, CatalogueEntry>;
  private readonly index = new MiniSearch<Document>({
    fields: ['names', 'linked'],
    tokenize: (text) => text.split('\n'),
    processTerm: (term) => (term.length > 0 ? term : null),
    searchOptions: { tokenize: (text) => text.split(' ').filter(Boolean), processTerm: (term) => term },
  });

  constructor(catalogue: readonly CatalogueEntry[]) {
    this.byId = new Map(catalogue.map((entry) => [entry.concept.id, entry]));
    this.index.addAll(
      catalogue.map(({ concept, linked }) => ({
        id: concept.id,
        names: [concept.name, ...concept.synonyms].flatMap(indexTerms).join('\n'),
        linked: linked.flatMap(indexTerms).join('\n'),
      })),
    );
  }

  /** Hits best first: by match quality, then the query words covered, then the concept's weight. */
  search(text: string, options: SearchOptions & { limit: number }): SearchHit[] {
    const { kinds: named, rest } = splitKindWords(text);
    const allowed = (kind: ConceptKind) => !options.kinds || options.kinds.includes(kind);
    let candidates: Candidate[];
    if (named.length > 0) {
      const kinds = named.filter(allowed);
      candidates = rest ? this.find(rest, kinds, true) : this.allOf(kinds);
      if (candidates.length === 0) candidates = this.find(text, CONCEPT_KIND_NAMES.filter(allowed), false);
    } else {
      candidates = this.find(text, CONCEPT_KIND_NAMES.filter(allowed), false);
    }
    return candidates
      .sort(
        (a, b) =>
          rankOf(a.match) - rankOf(b.match) ||
          b.covered - a.covered ||
          weight(b.entry) - weight(a.entry) ||
          a.entry.concept.name.length - b.entry.concept.name.length ||
          compareText(a.entry.concept.id, b.entry.concept.id),
      )
      .slice(0, options.limit)
      .map(({ entry, match, matchedText }) => ({ concept: entry.concept, match, matchedText }));
  }

  private allOf(kinds: readonly ConceptKind[]): Candidate[] {
    return [...this.byId.values()].filter((entry) => kinds.includes(entry.concept.kind)).map((entry) => ({ entry, match: 'kind', matchedText: entry.concept.name, covered: 0 }));
  }

  /**
   * `related`: a kind word was typed, so a concept of the kind also counts when the words name a
   * concept it is related to ("treatment for spasm"), and that outranks a partial match of its own name.
   */
  private find(text: string, kinds: readonly ConceptKind[], related: boolean): Candidate[] {
    const typed = [...new Set(words(text))];
    if (typed.length === 0) return [];
    const queryStems = [...new Set(typed.map((word) => stemmer(word)))];
    const query = normalizeSearchText(text);
    // Each word is looked up as its stem and as typed: a typo in a suffix ("lifitng") is still one edit from the word.
    const results = this.index.search([...new Set(typed.flatMap((word) => [stemmer(word), word]))].join(' '), {
      fields: related ? ['names', 'linked'] : ['names'],
      combineWith: 'OR',
      fuzzy: (term) => typosAllowed(term),
      prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
      filter: (result) => kinds.includes(this.byId.get(String(result.id))!.concept.kind),
    });
    return results.map((result) => {
      const entry = this.byId.get(String(result.id))!;
      const matched = new Set(result.queryTerms);
      const covered = typed.filter((word) => matched.has(word) || matched.has(stemmer(word))).length;
      const fields = Object.values(result.match).flat();
      const quality = fields.includes('names') ? qualityOf(entry.concept, query, queryStems) : undefined;
      const match: MatchQuality =
        quality === undefined || (related && fields.includes('linked') && (quality.match === 'fuzzy' || quality.match === 'partial'))
          ? 'related'
          : quality.match === 'fuzzy' && covered < typed.length
            ? 'partial'
            : quality.match;
      return { entry, match, matchedText: quality?.matchedText ?? entry.concept.name, covered };
    });
  }
}

/** How the query matched the concept's own names, and which name matched best (the name wins ties). */
function qualityOf(concept: Concept, query: string, queryStems: readonly string[]): { match: MatchQuality; matchedText: string } {
  const texts = [concept.name, ...concept.synonyms];
  const exact = texts.find((t) => normalizeSearchText(t) === query);
  if (exact) return { match: 'exact', matchedText: exact };
  const prefix = texts.find((t) => normalizeSearchText(t).startsWith(query));
  if (prefix) return { match: 'prefix', matchedText: prefix };
  const scored = texts.map((t) => {
    const own = new Set(stems(t));
    return { text: t, found: queryStems.filter((stem) => own.has(stem)).length };
  });
  const best = scored.reduce((a, b) => (b.found > a.found ? b : a));
  return { match: best.found === queryStems.length ? 'word' : 'fuzzy', matchedText: best.text };
}

/** How much the graph says about a concept: its relations and the quotes behind them. */
export function weight(entry: CatalogueEntry): number {
  return entry.relations + entry.evidence;
}

/** Where a match's quality stands, best first. */
function rankOf(match: MatchQuality): number {
  return MATCH_QUALITIES.findIndex((quality) => quality === match);
}

/** The catalogue of a graph in memory: what the embedded store searches, and what Neo4j's catalogue statement returns. */
export function catalogueOf(graph: KnowledgeGraph): CatalogueEntry[] {
  const names = new Map(graph.concepts.map((concept) => [concept.id, concept.name]));
  const tally = new Map(graph.concepts.map((concept) => [concept.id, { relations: 0, evidence: 0, linked: new Array<string>() }]));
  for (const relation of graph.relations) {
    for (const [end, other] of [
      [relation.from, relation.to],
      [relation.to, relation.from],
    ] as const) {
      const counts = tally.get(end)!;
      counts.relations++;
      counts.evidence += relation.evidence.length;
      counts.linked.push(names.get(other)!);
    }
  }
  return graph.concepts.map((concept) => ({ concept, ...tally.get(concept.id)! }));
}
