import { CONCEPT_KIND_NAMES, type ConceptKind } from './kinds';

/**
 * The relation types and the (from kind → to kind) pairs each allows. This table is the
 * only place relation types are defined; validation, GraphQL enums, Cypher and map styles
 * all read it.
 *
 * `causal` marks the types a causal path may follow (cause → mechanism → symptom).
 * `file` names the YAML file under graph/relations/ holding relations of the type.
 */
export const RELATION_TYPES = {
  CAUSES: {
    file: 'causes',
    from: ['Cause', 'Condition'],
    to: ['Mechanism', 'Symptom', 'Condition'],
    causal: true,
    description: 'The source brings about the target.',
  },
  LEADS_TO: {
    file: 'leads-to',
    from: ['Mechanism'],
    to: ['Mechanism', 'Symptom', 'Condition'],
    causal: true,
    description: 'One step of a mechanism chain: the source process produces the target.',
  },
  RISK_FACTOR_FOR: {
    file: 'risk-factor-for',
    from: ['Cause', 'Condition'],
    to: ['Symptom', 'Condition'],
    causal: true,
    description: 'The source makes the target more likely without being shown to produce it directly.',
  },
  RELIEVES: {
    file: 'relieves',
    from: ['Treatment'],
    to: ['Symptom', 'Condition'],
    causal: false,
    description: 'The treatment eases the symptom or condition.',
  },
  TARGETS: {
    file: 'targets',
    from: ['Treatment'],
    to: ['Mechanism', 'Cause', 'Condition'],
    causal: false,
    description: 'The treatment acts on the mechanism, cause or condition behind the symptoms.',
  },
  PREVENTS: {
    file: 'prevents',
    from: ['Treatment'],
    to: ['Cause', 'Mechanism', 'Symptom', 'Condition'],
    causal: false,
    description: 'The measure keeps the target from happening or coming back.',
  },
  SUGGESTS: {
    file: 'suggests',
    from: ['RedFlag'],
    to: ['Condition'],
    causal: false,
    description: 'The sign points to a possibly serious underlying condition.',
  },
  DETECTS: {
    file: 'detects',
    from: ['Diagnostic'],
    to: ['Condition', 'Cause', 'Mechanism', 'Symptom'],
    causal: false,
    description: 'The test, question or scale identifies or grades the target.',
  },
  AFFECTS: {
    file: 'affects',
    from: [...CONCEPT_KIND_NAMES],
    to: ['BodyRegion'],
    causal: false,
    description: 'The concept concerns this body region.',
  },
  CAUTION: {
    file: 'caution',
    from: ['Treatment'],
    to: ['Symptom', 'Condition', 'Mechanism'],
    causal: false,
    description: 'An adverse effect or warning: the treatment can bring about or worsen the target.',
  },
} as const satisfies Record<string, RelationTypeInfo>;

export interface RelationTypeInfo {
  file: string;
  from: readonly ConceptKind[];
  to: readonly ConceptKind[];
  causal: boolean;
  description: string;
}

export type RelationType = keyof typeof RELATION_TYPES;

export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export const CAUSAL_RELATION_TYPES = RELATION_TYPE_NAMES.filter((type) => RELATION_TYPES[type].causal);

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
