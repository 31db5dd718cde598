import { keysOf } from './tables';

/**
 * The lanes the map draws, in reading order. A `causal` lane is a column of the cause →
 * effect flow (`step` is its place relative to the focus: causes and conditions two steps
 * before it, mechanisms one, symptoms one after); a `band` lane is a row of its own beside
 * that flow. A `collapsed` lane starts as one marked group (all such groups share the top
 * band) that opens in place, so it is always on the map without crowding it.
 */
export const MAP_LANES = {
  urgent: { title: 'Red flags: see a doctor now', short: 'Red flags', group: 'red flags: see a doctor now', placement: 'band', step: 0, collapsed: true, alarm: true },
  upstream: { title: 'Causes, conditions & risk factors', short: 'Causes & conditions', group: 'causes, conditions & risk factors', placement: 'causal', step: -2, collapsed: false, alarm: false },
  mechanism: { title: 'Mechanisms', short: 'Mechanisms', group: 'mechanisms', placement: 'causal', step: -1, collapsed: false, alarm: false },
  downstream: { title: 'Symptoms & what follows', short: 'Symptoms', group: 'symptoms & what follows', placement: 'causal', step: 1, collapsed: false, alarm: false },
  relief: { title: 'What helps', short: 'What helps', group: 'things that help', placement: 'band', step: 0, collapsed: false, alarm: false },
  assessment: { title: 'Tests & assessment', short: 'Tests', group: 'tests & assessment', placement: 'band', step: 0, collapsed: true, alarm: false },
  region: { title: 'Body regions', short: 'Body regions', group: 'body regions', placement: 'band', step: 0, collapsed: false, alarm: false },
} as const satisfies Record<string, LaneInfo>;

export interface LaneInfo {
  title: string;
  /** The lane's name where a map column shows concepts of several lanes together ("Causes & conditions · Mechanisms"). */
  short: string;
  /** What the lane's concepts are called when the lane is drawn as one group ("11 red flags: see a doctor now"). */
  group: string;
  placement: 'causal' | 'band';
  step: number;
  collapsed: boolean;
  /** The lane's group is drawn as a warning. */
  alarm: boolean;
}

export type MapLane = keyof typeof MAP_LANES;

export const MAP_LANE_NAMES = keysOf(MAP_LANES);

/**
 * The concept kinds of the knowledge graph. This table is the only place kinds are
 * defined: the loader, GraphQL enums, Cypher labels and map styles all read it.
 *
 * `file` names the YAML file under graph/concepts/ that holds concepts of the kind;
 * `lane` names the lane of the map (see MAP_LANES) where concepts of the kind are drawn.
 * `chain` is the kind's place in a causal chain: an origin starts one (what a clinician asks
 * "what does it lead to?" about), a link sits inside, an outcome ends one; a kind can be both
 * origin and outcome. `searchWords` are the words people type to mean the kind ("red flag").
 */
export const CONCEPT_KINDS = {
  Cause: {
    file: 'causes',
    lane: 'upstream',
    urgentAllowed: false,
    chain: ['origin'],
    searchWords: ['cause', 'causes', 'trigger', 'triggers', 'cause of', 'causes of', 'what causes'],
    description: 'Something that brings on or triggers a back spasm: an activity, a habit, a deficiency or an event.',
  },
  Condition: {
    file: 'conditions',
    lane: 'upstream',
    urgentAllowed: true,
    chain: ['origin', 'outcome'],
    searchWords: ['condition', 'conditions', 'disease', 'diseases', 'disorder', 'disorders'],
    description: 'A disease or disorder, spinal or not, that underlies or accompanies back spasms.',
  },
  Mechanism: {
    file: 'mechanisms',
    lane: 'mechanism',
    urgentAllowed: false,
    chain: ['link'],
    searchWords: ['mechanism', 'mechanisms', 'process', 'pathway'],
    description: 'A process in the body through which a cause produces a spasm or another symptom.',
  },
  Symptom: {
    file: 'symptoms',
    lane: 'downstream',
    urgentAllowed: false,
    chain: ['outcome'],
    searchWords: ['symptom', 'symptoms', 'sign of'],
    description: 'What a patient feels or a clinician observes.',
  },
  Treatment: {
    file: 'treatments',
    lane: 'relief',
    urgentAllowed: false,
    chain: [],
    searchWords: ['treatment', 'treatments', 'treatment for', 'treatments for', 'therapy', 'therapies', 'remedy', 'remedies', 'relief for', 'what helps'],
    description: 'A therapy, medication, self-care measure or preventive habit.',
  },
  Diagnostic: {
    file: 'diagnostics',
    lane: 'assessment',
    urgentAllowed: false,
    chain: [],
    searchWords: ['diagnostic', 'diagnostics', 'test', 'tests', 'test for', 'tests for', 'scale', 'imaging'],
    description: 'A test, examination, history question or grading scale used to assess back spasms.',
  },
  RedFlag: {
    file: 'red-flags',
    lane: 'urgent',
    urgentAllowed: true,
    chain: [],
    searchWords: ['red flag', 'red flags', 'warning sign', 'warning signs', 'alarm sign', 'alarm signs', 'see a doctor'],
    description: 'A warning sign that a back spasm may have a serious cause and needs prompt medical attention.',
  },
  BodyRegion: {
    file: 'body-regions',
    lane: 'region',
    urgentAllowed: false,
    chain: [],
    searchWords: ['body region', 'region', 'body part', 'where'],
    description: 'A part of the body: a region of the back, a muscle group or a structure.',
  },
} as const satisfies Record<string, KindInfo>;

export type ChainRole = 'origin' | 'link' | 'outcome';

export interface KindInfo {
  file: string;
  lane: MapLane;
  urgentAllowed: boolean;
  chain: readonly ChainRole[];
  searchWords: readonly string[];
  description: string;
}

export type ConceptKind = keyof typeof CONCEPT_KINDS;

export const CONCEPT_KIND_NAMES = keysOf(CONCEPT_KINDS);

export function isConceptKind(value: string): value is ConceptKind {
  return Object.hasOwn(CONCEPT_KINDS, value);
}

export function kindForFile(fileStem: string): ConceptKind | undefined {
  return CONCEPT_KIND_NAMES.find((kind) => CONCEPT_KINDS[kind].file === fileStem);
}

/** The kinds playing this part in causal chains, e.g. the origins a chain can start from. */
export function kindsInChainRole(role: ChainRole): ConceptKind[] {
  return CONCEPT_KIND_NAMES.filter((kind) => CONCEPT_KINDS[kind].chain.some((played) => played === role));
}

export const CHAIN_ORIGIN_KINDS = kindsInChainRole('origin');
export const CHAIN_LINK_KINDS = kindsInChainRole('link');
export const CHAIN_OUTCOME_KINDS = kindsInChainRole('outcome');
