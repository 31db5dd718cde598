/**
 * The concept kinds of the knowledge graph. This table is the only place kinds are
 * defined: the loader, GraphQL enums, Cypher labels and map styles all read it.
 *
 * `file` names the YAML file under graph/concepts/ that holds concepts of the kind;
 * `layer` orders kinds left to right in the cause-and-effect flow the map draws. Red flags
 * come first, so their arrows to the conditions they suggest run a short way forwards.
 */
export const CONCEPT_KINDS = {
  Cause: {
    file: 'causes',
    layer: 1,
    urgentAllowed: false,
    description: 'Something that brings on or triggers a back spasm: an activity, a habit, a deficiency or an event.',
  },
  Condition: {
    file: 'conditions',
    layer: 2,
    urgentAllowed: true,
    description: 'A disease or disorder, spinal or not, that underlies or accompanies back spasms.',
  },
  Mechanism: {
    file: 'mechanisms',
    layer: 3,
    urgentAllowed: false,
    description: 'A process in the body through which a cause produces a spasm or another symptom.',
  },
  Symptom: {
    file: 'symptoms',
    layer: 4,
    urgentAllowed: false,
    description: 'What a patient feels or a clinician observes.',
  },
  Treatment: {
    file: 'treatments',
    layer: 5,
    urgentAllowed: false,
    description: 'A therapy, medication, self-care measure or preventive habit.',
  },
  Diagnostic: {
    file: 'diagnostics',
    layer: 5,
    urgentAllowed: false,
    description: 'A test, examination, history question or grading scale used to assess back spasms.',
  },
  RedFlag: {
    file: 'red-flags',
    layer: 0,
    urgentAllowed: true,
    description: 'A warning sign that a back spasm may have a serious cause and needs prompt medical attention.',
  },
  BodyRegion: {
    file: 'body-regions',
    layer: 6,
    urgentAllowed: false,
    description: 'A part of the body: a region of the back, a muscle group or a structure.',
  },
} as const satisfies Record<string, KindInfo>;

export interface KindInfo {
  file: string;
  layer: number;
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
