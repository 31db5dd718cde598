import type { ConceptKind } from '../../src/domain';

/**
 * Texts typed as a clinician or student would type them, with what must come back: the first
 * hit, a hit among the top three, or only concepts of a kind among the top five.
 */
export type RelevanceCase =
  | { readonly query: string; readonly first: string }
  | { readonly query: string; readonly top3: string }
  | { readonly query: string; readonly kind: ConceptKind };

export const RELEVANCE_CASES: readonly RelevanceCase[] = [
  // a single word, ranked by the concept's weight in the graph
  { query: 'spasm', first: 'back-spasm' },
  { query: 'stenosis', first: 'spinal-stenosis' },
  // typos
  { query: 'sciatca', first: 'sciatica' },
  { query: 'hernated disc', first: 'herniated-disc' },
  { query: 'musle relaxant', first: 'muscle-relaxants' },
  { query: 'osteoporsis', first: 'osteoporosis' },
  { query: 'heavy liftng', first: 'heavy-lifting' },
  { query: 'spsm', first: 'back-spasm' },
  // word forms
  { query: 'dehydrated', top3: 'dehydration' },
  { query: 'stretches', first: 'stretching' },
  { query: 'massages', first: 'massage' },
  { query: 'relaxers', first: 'muscle-relaxants' },
  { query: 'lower back spasms', first: 'lower-back-spasm' },
  // word order
  { query: 'muscle overuse', first: 'overuse' },
  { query: 'movement sudden', first: 'sudden-movement' },
  { query: 'lifting heavy', first: 'heavy-lifting' },
  { query: 'posture poor', first: 'poor-posture' },
  { query: 'tight back', first: 'back-tightness' },
  // synonyms
  { query: 'ice', first: 'cold-therapy' },
  { query: 'slipped disc', first: 'herniated-disc' },
  { query: 'pinched nerve', first: 'nerve-compression' },
  { query: 'inflamed muscle', first: 'inflammation' },
  { query: 'kyphotic curve', first: 'kyphosis' },
  { query: 'bladder control', first: 'bowel-bladder-dysfunction' },
  { query: 'numb legs', top3: 'leg-neurological-deficit' },
  // where a source's chain starts or ends, in the words a clinician or patient uses
  { query: 'hunched posture', first: 'poor-posture' },
  { query: 'lower back pain', first: 'back-pain' },
  { query: 'prolonged bed rest', first: 'lying-still' },
  { query: 'piriformis spasm', first: 'piriformis-spasm' },
  { query: 'stress on upper back muscles', top3: 'excess-muscle-stress' },
  { query: 'middle back pain', first: 'back-pain' },
  { query: 'inflexible spine', first: 'fused-spine' },
  // kind words
  { query: 'red flag', kind: 'RedFlag' },
  { query: 'warning signs', kind: 'RedFlag' },
  { query: 'treatment for spasm', top3: 'muscle-relaxants' },
  { query: 'treatments for sciatica', first: 'steroid-injections' },
  { query: 'red flags for fever', first: 'fever-with-back-spasm' },
];
