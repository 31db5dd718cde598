import { CONCEPT_KIND_NAMES, type ConceptKind } from './kinds';
import { keysOf } from './tables';

/**
 * The relation types and the (from kind → to kind) pairs each allows. This table is the
 * only place relation types are defined; validation, GraphQL enums, Cypher and map styles
 * all read it.
 *
 * `role` says what a relation of the type is for: `causal` types are the ones a causal path
 * follows (cause → mechanism → symptom), `treatment` types are how a treatment acts on
 * something, `caution` an adverse effect, `sign` a red flag's pointer, `test` what a
 * diagnostic finds, `place` where in the body.
 * `file` names the YAML file under graph/relations/ holding relations of the type.
 */
export const RELATION_TYPES = {
  CAUSES: {
    file: 'causes',
    from: ['Cause', 'Condition'],
    to: ['Mechanism', 'Symptom', 'Condition'],
    role: 'causal',
    description: 'The source brings about the target.',
  },
  LEADS_TO: {
    file: 'leads-to',
    // A symptom can set a process going too (a spasm presses on the sciatic nerve; pain brings
    // on guarding), which is how the sources' feedback loops are drawn.
    from: ['Mechanism', 'Symptom'],
    to: ['Mechanism', 'Symptom', 'Condition'],
    role: 'causal',
    description: 'One step of a mechanism chain: the source process (or symptom) produces the target.',
  },
  RISK_FACTOR_FOR: {
    file: 'risk-factor-for',
    from: ['Cause', 'Condition'],
    to: ['Symptom', 'Condition'],
    role: 'causal',
    description: 'The source makes the target more likely without being shown to produce it directly.',
  },
  RELIEVES: {
    file: 'relieves',
    from: ['Treatment'],
    to: ['Symptom', 'Condition'],
    role: 'treatment',
    description: 'The treatment eases the symptom or condition.',
  },
  TARGETS: {
    file: 'targets',
    from: ['Treatment'],
    to: ['Mechanism', 'Cause', 'Condition'],
    role: 'treatment',
    description: 'The treatment acts on the mechanism, cause or condition behind the symptoms.',
  },
  PREVENTS: {
    file: 'prevents',
    from: ['Treatment'],
    to: ['Cause', 'Mechanism', 'Symptom', 'Condition'],
    role: 'treatment',
    description: 'The measure keeps the target from happening or coming back.',
  },
  SUGGESTS: {
    file: 'suggests',
    from: ['RedFlag'],
    to: ['Condition'],
    role: 'sign',
    description: 'The sign points to a possibly serious underlying condition.',
  },
  DETECTS: {
    file: 'detects',
    from: ['Diagnostic'],
    to: ['Condition', 'Cause', 'Mechanism', 'Symptom'],
    role: 'test',
    description: 'The test, question or scale identifies or grades the target.',
  },
  AFFECTS: {
    file: 'affects',
    from: [...CONCEPT_KIND_NAMES],
    to: ['BodyRegion'],
    role: 'place',
    description: 'The concept concerns this body region.',
  },
  CAUTION: {
    file: 'caution',
    from: ['Treatment'],
    to: ['Symptom', 'Condition', 'Mechanism'],
    role: 'caution',
    description: 'An adverse effect or warning: the treatment can bring about or worsen the target.',
  },
} as const satisfies Record<string, RelationTypeInfo>;

export type RelationRole = 'causal' | 'treatment' | 'caution' | 'sign' | 'test' | 'place';

export interface RelationTypeInfo {
  file: string;
  from: readonly ConceptKind[];
  to: readonly ConceptKind[];
  role: RelationRole;
  description: string;
}

export type RelationType = keyof typeof RELATION_TYPES;

export const RELATION_TYPE_NAMES = keysOf(RELATION_TYPES);

export function relationTypesInRole(role: RelationRole): RelationType[] {
  return RELATION_TYPE_NAMES.filter((type) => RELATION_TYPES[type].role === role);
}

/** The types a causal path follows. */
export const CAUSAL_RELATION_TYPES = relationTypesInRole('causal');

/** The types by which a treatment acts on something (relieves, targets, prevents). */
export const TREATMENT_ACTION_TYPES = relationTypesInRole('treatment');

export function isRelationType(value: string): value is RelationType {
  return Object.hasOwn(RELATION_TYPES, value);
}

export function relationTypeForFile(fileStem: string): RelationType | undefined {
  return RELATION_TYPE_NAMES.find((type) => RELATION_TYPES[type].file === fileStem);
}

export function isAllowedPair(type: RelationType, from: ConceptKind, to: ConceptKind): boolean {
  const info: RelationTypeInfo = RELATION_TYPES[type];
  return info.from.includes(from) && info.to.includes(to);
}
