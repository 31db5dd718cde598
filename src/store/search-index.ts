import SearchableMap from 'minisearch/SearchableMap';
import { stemmer } from 'stemmer';
import { CONCEPT_KIND_NAMES, CONCEPT_KINDS, compareText, type Concept, type ConceptKind, type KnowledgeGraph } from '../domain';
import type { MatchQuality, SearchHit, SearchOptions } from './store';

/**
 * Search as clinicians type it, shared by both stores so they rank alike: each store hands in
 * the same catalogue (every concept with its weight in the graph and the names of the concepts
 * it is related to) and this module does the rest with MiniSearch's radix tree. Queries are split into
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

/** Where a term is written: the concepts (by catalogue position) whose own names hold it, and those related to a name that does. */
interface Postings {
  readonly names: number[];
  readonly linked: number[];
}

/** A bit for each field a concept can be reached through, for ConceptSearch's per-concept flags. */
const FIELD_BITS: Record<keyof Postings, number> = { names: 1, linked: 2 };

/** A concept's name or synonym, with its search forms worked out once when the index is built. */
interface IndexedText {
  readonly text: string;
  readonly normalized: string;
  readonly stems: readonly string[];
}

interface Candidate {
  readonly entry: CatalogueEntry;
  readonly match: MatchQuality;
  readonly matchedText: string;
  /** Query words the concept matched, in any way. */
  readonly covered: number;
}

/**
 * The index: every term (word as written and its stem) to the concepts it appears in, in
 * MiniSearch's radix tree (SearchableMap), which finds the terms within a few typos of a word or
 * starting with it. MiniSearch's own index would score every matching concept, and ranking here
 * never reads its scores, only which words matched where: at 100,000 concepts a common word
 * matches thousands of them, and building a scored result for each cost more than the rest of
 * the search. So the postings are read directly and only the best `limit` candidates are sorted.
 */
export class ConceptSearch {
  private readonly entries: readonly CatalogueEntry[];
  private readonly texts: readonly (readonly IndexedText[])[];
  private readonly terms = new SearchableMap<Postings>();
  /**
   * What one search knows of each concept it reaches, by catalogue position, in arrays kept from
   * search to search: a common word reaches thousands of concepts at 100,000, and a fresh object
   * per concept per search made most of the work garbage. `visit[p]` is the number of the search
   * that last reached p, so the other arrays need no clearing; searches run synchronously, one at
   * a time, so they never share them.
   */
  private readonly visit: Uint32Array;
  private readonly lastWord: Uint32Array;
  private readonly coveredWords: Uint32Array;
  /** The fields (FIELD_BITS) through which the search reached each concept. */
  private readonly through: Uint8Array;
  private visits = 0;

  constructor(catalogue: readonly CatalogueEntry[]) {
    this.entries = catalogue;
    this.visit = new Uint32Array(catalogue.length);
    this.lastWord = new Uint32Array(catalogue.length);
    this.coveredWords = new Uint32Array(catalogue.length);
    this.through = new Uint8Array(catalogue.length);
    // a name is linked from every concept related to it: its terms are worked out once, not once per relation
    const termsOf = new Map<string, string[]>();
    const terms = (name: string) => {
      let found = termsOf.get(name);
      if (found === undefined) {
        found = [...new Set(indexTerms(name))];
        termsOf.set(name, found);
      }
      return found;
    };
    const post = (term: string, field: keyof Postings, position: number) => {
      let postings = this.terms.get(term);
      if (postings === undefined) {
        postings = { names: [], linked: [] };
        this.terms.set(term, postings);
      }
      const list = postings[field];
      if (list[list.length - 1] !== position) list.push(position);
    };
    this.texts = catalogue.map(({ concept, linked }, position) => {
      for (const name of [concept.name, ...concept.synonyms]) for (const term of terms(name)) post(term, 'names', position);
      for (const name of linked) for (const term of terms(name)) post(term, 'linked', position);
      return [concept.name, ...concept.synonyms].map((text) => ({ text, normalized: normalizeSearchText(text), stems: stems(text) }));
    });
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
    return best(candidates, options.limit).map(({ entry, match, matchedText }) => ({ concept: entry.concept, match, matchedText }));
  }

  private allOf(kinds: readonly ConceptKind[]): Candidate[] {
    return this.entries.filter((entry) => kinds.includes(entry.concept.kind)).map((entry) => ({ entry, match: 'kind', matchedText: entry.concept.name, covered: 0 }));
  }

  /**
   * `related`: a kind word was typed, so a concept of the kind also counts when the words name a
   * concept it is related to ("treatment for spasm"), and that outranks a partial match of its own name.
   */
  private find(text: string, kinds: readonly ConceptKind[], related: boolean): Candidate[] {
    const typed = [...new Set(words(text))];
    if (typed.length === 0) return [];
    const typedStems = typed.map((word) => stemmer(word));
    const queryStems = [...new Set(typedStems)];
    const query = normalizeSearchText(text);
    // Each word is looked up as its stem and as typed: a typo in a suffix ("lifitng") is still one edit from the word.
    const queryTerms = [...new Set(typed.flatMap((word, index) => [typedStems[index]!, word]))];
    const fields: (keyof Postings)[] = related ? ['names', 'linked'] : ['names'];
    const expansions = queryTerms.map((term, index) => this.expansions(term, index === queryTerms.length - 1 && term.length >= 3));
    const visit = this.nextVisit();
    /** The concepts reached, in the order first reached. */
    const reached: number[] = [];
    const reach = (position: number, word: number, bit: number) => {
      if (this.visit[position] !== visit) {
        if (!kinds.includes(this.entries[position]!.concept.kind)) return;
        this.visit[position] = visit;
        this.lastWord[position] = 0;
        this.coveredWords[position] = 0;
        this.through[position] = 0;
        reached.push(position);
      }
      if (this.lastWord[position] !== word + 1) {
        this.lastWord[position] = word + 1;
        this.coveredWords[position]! += 1;
      }
      this.through[position]! |= bit;
    };
    typed.forEach((word, wordIndex) => {
      // a word is covered where its stem or its own form (or a term either reaches) is written
      for (const term of new Set([typedStems[wordIndex]!, word])) {
        for (const postings of expansions[queryTerms.indexOf(term)]!) {
          for (const field of fields) for (const position of postings[field]) reach(position, wordIndex, FIELD_BITS[field]);
        }
      }
    });
    const candidates: Candidate[] = [];
    for (const position of reached) {
      const entry = this.entries[position]!;
      const covered = this.coveredWords[position]!;
      const linked = (this.through[position]! & FIELD_BITS.linked) !== 0;
      const quality = (this.through[position]! & FIELD_BITS.names) !== 0 ? qualityOf(this.texts[position]!, query, queryStems) : undefined;
      const match: MatchQuality =
        quality === undefined || (related && linked && (quality.match === 'fuzzy' || quality.match === 'partial'))
          ? 'related'
          : quality.match === 'fuzzy' && covered < typed.length
            ? 'partial'
            : quality.match;
      candidates.push({ entry, match, matchedText: quality?.matchedText ?? entry.concept.name, covered });
    }
    return candidates;
  }

  /** A number no earlier search used; when the counter would wrap, the arrays start over. */
  private nextVisit(): number {
    if (this.visits === 0xffffffff) {
      this.visit.fill(0);
      this.visits = 0;
    }
    return ++this.visits;
  }

  /**
   * The postings of every term a query term reaches, as MiniSearch would expand it: the term
   * itself, the terms it starts (the last word, from three letters), and those within
   * typosAllowed edits.
   */
  private expansions(term: string, prefix: boolean): Postings[] {
    const found = new Map<string, Postings>();
    const exact = this.terms.get(term);
    if (exact) found.set(term, exact);
    if (prefix) for (const [key, postings] of this.terms.atPrefix(term)) found.set(key, postings);
    const typos = typosAllowed(term);
    if (typos > 0) for (const [key, [postings]] of this.terms.fuzzyGet(term, typos)) found.set(key, postings);
    return [...found.values()];
  }
}
/** How the query matched the concept's own names, and which name matched best (the name wins ties). */
function qualityOf(texts: readonly IndexedText[], query: string, queryStems: readonly string[]): { match: MatchQuality; matchedText: string } {
  const exact = texts.find((t) => t.normalized === query);
  if (exact) return { match: 'exact', matchedText: exact.text };
  const prefix = texts.find((t) => t.normalized.startsWith(query));
  if (prefix) return { match: 'prefix', matchedText: prefix.text };
  let best = texts[0]!;
  let bestFound = -1;
  for (const t of texts) {
    const found = queryStems.filter((stem) => t.stems.includes(stem)).length;
    if (found > bestFound) {
      best = t;
      bestFound = found;
    }
  }
  return { match: bestFound === queryStems.length ? 'word' : 'fuzzy', matchedText: best.text };
}

const QUALITY_RANK = new Map<MatchQuality, number>(MATCH_QUALITIES.map((quality, rank) => [quality, rank]));

/** Best first: match quality, query words covered, weight, the shorter name, then id. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    QUALITY_RANK.get(a.match)! - QUALITY_RANK.get(b.match)! ||
    b.covered - a.covered ||
    weight(b.entry) - weight(a.entry) ||
    a.entry.concept.name.length - b.entry.concept.name.length ||
    compareText(a.entry.concept.id, b.entry.concept.id)
  );
}

/** The `limit` best candidates in order, without sorting the thousands a common word reaches. */
function best(candidates: readonly Candidate[], limit: number): Candidate[] {
  const kept: Candidate[] = [];
  if (limit <= 0) return kept;
  for (const candidate of candidates) {
    if (kept.length === limit && compareCandidates(candidate, kept[limit - 1]!) >= 0) continue;
    let at = kept.length;
    while (at > 0 && compareCandidates(candidate, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, candidate);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

/** How much the graph says about a concept: its relations and the quotes behind them. */
export function weight(entry: CatalogueEntry): number {
  return entry.relations + entry.evidence;
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
