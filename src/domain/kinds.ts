/**
 * The lanes the map draws, in reading order. A `causal` lane is a column of the cause →
 * effect flow (`step` is its place relative to the focus: causes and conditions two steps
 * before it, mechanisms one, symptoms one after); a `band` lane is a row of its own beside
 * that flow. A `collapsed` lane starts as one marked group (all such groups share the top
 * band) that opens in place, so it is always on the map without crowding it.
 */
export const MAP_LANES = {
  urgent: { title: 'Red flags: see a doctor now', placement: 'band', step: 0, collapsed: true, alarm: true },
  upstream: { title: 'Causes, conditions & risk factors', placement: 'causal', step: -2, collapsed: false, alarm: false },
  mechanism: { title: 'Mechanisms', placement: 'causal', step: -1, collapsed: false, alarm: false },
  downstream: { title: 'Symptoms & what follows', placement: 'causal', step: 1, collapsed: false, alarm: false },
  relief: { title: 'What helps', placement: 'band', step: 0, collapsed: false, alarm: false },
  assessment: { title: 'Tests & assessment', placement: 'band', step: 0, collapsed: true, alarm: false },
  region: { title: 'Body regions', placement: 'band', step: 0, collapsed: false, alarm: false },
} as const satisfies Record<string, LaneInfo>;

export interface LaneInfo {
  title: string;
  placement: 'causal' | 'band';
  step: number;
  collapsed: boolean;
  /** The lane's group is drawn as a warning. */
  alarm: boolean;
}

export type MapLane = keyof typeof MAP_LANES;

export const MAP_LANE_NAMES = Object.keys(MAP_LANES) as MapLane[];

/**
 * The concept kinds of the knowledge graph. This table is the only place kinds are
 * defined: the loader, GraphQL enums, Cypher labels and map styles all read it.
 *
 * `file` names the YAML file under graph/concepts/ that holds concepts of the kind;
 * `lane` names the lane of the map (see MAP_LANES) where concepts of the kind are drawn.
 */
export const CONCEPT_KINDS = {
  Cause: {
    file: 'causes',
    lane: 'upstream',
    urgentAllowed: false,
    description: 'Something that brings on or triggers a back spasm: an activity, a habit, a deficiency or an event.',
  },
  Condition: {
    file: 'conditions',
    lane: 'upstream',
    urgentAllowed: true,
    description: 'A disease or disorder, spinal or not, that underlies or accompanies back spasms.',
  },
  Mechanism: {
    file: 'mechanisms',
    lane: 'mechanism',
    urgentAllowed: false,
    description: 'A process in the body through which a cause produces a spasm or another symptom.',
  },
  Symptom: {
    file: 'symptoms',
    lane: 'downstream',
    urgentAllowed: false,
    description: 'What a patient feels or a clinician observes.',
  },
  Treatment: {
    file: 'treatments',
    lane: 'relief',
    urgentAllowed: false,
    description: 'A therapy, medication, self-care measure or preventive habit.',
  },
  Diagnostic: {
    file: 'diagnostics',
    lane: 'assessment',
    urgentAllowed: false,
    description: 'A test, examination, history question or grading scale used to assess back spasms.',
  },
  RedFlag: {
    file: 'red-flags',
    lane: 'urgent',
    urgentAllowed: true,
    description: 'A warning sign that a back spasm may have a serious cause and needs prompt medical attention.',
  },
  BodyRegion: {
    file: 'body-regions',
    lane: 'region',
    urgentAllowed: false,
    description: 'A part of the body: a region of the back, a muscle group or a structure.',
  },
} as const satisfies Record<string, KindInfo>;

export interface KindInfo {
  file: string;
  lane: MapLane;
  urgentAllowed: boolean;
  description: string;
}

export type ConceptKind = keyof typeof CONCEPT_KINDS;

export const CONCEPT_KIND_NAMES = Object.keys(CONCEPT_KINDS) as ConceptKind[];

export function isConceptKind(value: string): value is ConceptKind {
  return Object.hasOwn(CONCEPT_KINDS, value);
}

export function kindForFile(fileStem: string): ConceptKind | undefined {
  return CONCEPT_KIND_NAMES.find((kind) => CONCEPT_KINDS[kind].file === fileStem);
}
