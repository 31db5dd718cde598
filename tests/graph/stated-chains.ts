/**
 * Every chain the five sources state in one passage (one sentence or several in a row), read
 * off the documents by hand: where the chain
 * starts and ends, a station on the way the passage names, and the passage id marking it in
 * graph/relations. Each must come out among the top three paths between its ends, on both stores.
 */
export interface StatedChain {
  readonly from: string;
  readonly to: string;
  /** A concept between the ends that the passage names. */
  readonly via: string;
  readonly source: string;
  readonly passage: string;
}

export const STATED_CHAINS: readonly StatedChain[] = [
  { from: 'herniated-disc', to: 'back-spasm', via: 'nerve-inflammation', source: '003', passage: 'disc-compresses-nerve-root' },
  { from: 'back-spasm', to: 'sciatica', via: 'nerve-compression', source: '000', passage: 'spasm-presses-sciatic-nerve' },
  { from: 'kidney-stones', to: 'lower-back-spasm', via: 'ureteral-spasm', source: '000', passage: 'kidney-stone-ureter' },
  { from: 'poor-posture', to: 'upper-back-spasm', via: 'excess-muscle-stress', source: '000', passage: 'hunched-over-a-desk' },
  { from: 'poor-posture', to: 'back-spasm', via: 'chronic-muscle-tension', source: '004', passage: 'tension-from-posture-or-lifting' },
  { from: 'heavy-lifting', to: 'back-spasm', via: 'chronic-muscle-tension', source: '004', passage: 'tension-from-posture-or-lifting' },
  { from: 'dehydration', to: 'back-spasm', via: 'muscular-imbalance', source: '003', passage: 'tight-and-weak-muscles' },
  { from: 'lack-of-exercise', to: 'back-spasm', via: 'muscular-imbalance', source: '003', passage: 'tight-and-weak-muscles' },
  { from: 'strenuous-activity', to: 'back-spasm', via: 'disc-tear', source: '003', passage: 'disc-tear-triggers-spasm' },
  { from: 'osteoporosis', to: 'upper-back-spasm', via: 'kyphosis', source: '003', passage: 'kyphotic-curve' },
  { from: 'lordosis', to: 'back-spasm', via: 'excess-muscle-stress', source: '001', passage: 'swayback-stresses-muscles' },
  { from: 'overuse', to: 'upper-back-spasm', via: 'inflammation', source: '001', passage: 'upper-back-overuse-inflames-tendons' },
  { from: 'sudden-movement', to: 'back-spasm', via: 'muscle-strain', source: '002', passage: 'sudden-movement-overstretches' },
  { from: 'muscle-strain', to: 'involuntary-muscle-contraction', via: 'inflammation', source: '000', passage: 'torn-muscle-tightens' },
  { from: 'back-pain', to: 'back-spasm', via: 'protective-guarding', source: '003', passage: 'spasm-reacts-to-pain' },
  { from: 'back-pain', to: 'compensatory-overwork', via: 'back-spasm', source: '002', passage: 'pain-spasm-compensation' },
  { from: 'nerve-compression', to: 'back-spasm', via: 'protective-guarding', source: '003', passage: 'disc-compresses-nerve-root' },
  { from: 'herniated-disc', to: 'involuntary-muscle-contraction', via: 'protective-guarding', source: '003', passage: 'disc-compresses-nerve-root' },
  { from: 'overuse', to: 'involuntary-muscle-contraction', via: 'inflammation', source: '000', passage: 'torn-muscle-tightens' },
  { from: 'strenuous-activity', to: 'upper-back-spasm', via: 'inflammation', source: '001', passage: 'cervical-thoracic-overuse' },
  { from: 'back-injury', to: 'back-spasm', via: 'inflammation', source: '000', passage: 'injury-inflames-muscle' },
  { from: 'overuse', to: 'back-spasm', via: 'inflammation', source: '000', passage: 'overworked-muscles-inflame' },
  { from: 'excessive-exercise', to: 'back-spasm', via: 'muscular-imbalance', source: '003', passage: 'tight-and-weak-muscles' },
  { from: 'structural-imbalance', to: 'back-spasm', via: 'muscular-imbalance', source: '003', passage: 'tight-and-weak-muscles' },
  { from: 'mineral-deficiency', to: 'back-spasm', via: 'muscular-imbalance', source: '003', passage: 'tight-and-weak-muscles' },
  { from: 'dehydration', to: 'back-pain', via: 'muscular-imbalance', source: '003', passage: 'tight-and-weak-muscles' },
  { from: 'strenuous-activity', to: 'back-stiffness', via: 'disc-tear', source: '003', passage: 'disc-tear-triggers-spasm' },
  { from: 'osteoporosis', to: 'back-pain', via: 'kyphosis', source: '003', passage: 'kyphotic-curve' },
  { from: 'spasticity', to: 'restricted-movement', via: 'muscle-contracture', source: '003', passage: 'spasticity-contracture' },
  { from: 'genetic-predisposition', to: 'back-spasm', via: 'ankylosing-spondylitis', source: '001', passage: 'genetic-spondylitis' },
  { from: 'aging', to: 'back-pain', via: 'degenerative-disc-disease', source: '003', passage: 'wear-and-tear-with-age' },
  { from: 'aging', to: 'radiating-leg-symptoms', via: 'scoliosis', source: '003', passage: 'spine-curving-in-seniors' },
  { from: 'spinal-inflammation', to: 'back-spasm', via: 'protective-guarding', source: '003', passage: 'spasm-reacts-to-pain' },
  { from: 'muscle-strain', to: 'back-spasm', via: 'protective-guarding', source: '000', passage: 'spasm-serves-a-purpose' },
  { from: 'back-spasm', to: 'back-pain', via: 'compensatory-overwork', source: '002', passage: 'pain-spasm-compensation' },
  { from: 'back-injury', to: 'back-spasm', via: 'involuntary-muscle-contraction', source: '000', passage: 'contraction-from-injury' },
  { from: 'ankylosing-spondylitis', to: 'stooped-posture', via: 'fused-spine', source: '003', passage: 'inflexible-spine' },
  { from: 'poor-posture', to: 'back-pain', via: 'back-spasm', source: '004', passage: 'tension-from-posture-or-lifting' },
  { from: 'heavy-lifting', to: 'back-pain', via: 'chronic-muscle-tension', source: '004', passage: 'tension-from-posture-or-lifting' },
];
