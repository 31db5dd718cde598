import { CONCEPT_KIND_NAMES, compareText, type Concept, type ConceptKind } from '../../domain';
import type { ConceptPage, ListOptions } from '../store';

type Urgency = 'all' | 'urgent' | 'notUrgent';

/**
 * The concepts listed a page at a time, as the concept index and the red flags read them: each
 * kind's concepts in id order, kept whole and split by urgency, so a page starts where its cursor
 * falls in the few lists asked for and stops after the page. Filtering and mapping every concept
 * of the atlas for each page took seconds to list 2,000 red flags at 100,000 concepts.
 */
export class ConceptLists {
  private readonly lists = new Map<ConceptKind, Record<Urgency, Concept[]>>();

  constructor(concepts: readonly Concept[]) {
    for (const kind of CONCEPT_KIND_NAMES) this.lists.set(kind, { all: [], urgent: [], notUrgent: [] });
    for (const concept of [...concepts].sort((a, b) => compareText(a.id, b.id))) {
      const lists = this.lists.get(concept.kind);
      lists?.all.push(concept);
      lists?.[concept.urgent ? 'urgent' : 'notUrgent'].push(concept);
    }
  }

  /** Up to `first` concepts after the cursor, in id order, and whether more follow. */
  page(options: ListOptions, first: number): ConceptPage {
    const urgency: Urgency = options.urgent === undefined ? 'all' : options.urgent ? 'urgent' : 'notUrgent';
    const lists = [...new Set(options.kinds ?? CONCEPT_KIND_NAMES)].map((kind) => this.lists.get(kind)?.[urgency] ?? []);
    const at = lists.map((list) => (options.after === undefined ? 0 : firstAfter(list, options.after)));
    const taken: Concept[] = [];
    // merge the kinds' lists in id order, one more than the page to know whether another follows
    while (taken.length <= first) {
      let next: { list: number; concept: Concept } | undefined;
      lists.forEach((list, index) => {
        const concept = list[at[index] ?? list.length];
        if (concept && (!next || concept.id < next.concept.id)) next = { list: index, concept };
      });
      if (!next) break;
      taken.push(next.concept);
      at[next.list] = (at[next.list] ?? 0) + 1;
    }
    return { concepts: taken.slice(0, first), hasNextPage: taken.length > first, totalCount: lists.reduce((sum, list) => sum + list.length, 0) };
  }
}

/** The index of the first concept whose id comes after `after`, in a list in id order. */
function firstAfter(list: readonly Concept[], after: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle]?.id ?? '') > after) high = middle;
    else low = middle + 1;
  }
  return low;
}
