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
 * `says` is the verb every screen puts between the two concept names: `stated` when a source
 * states the relation plainly, `hedged` when all its sources only say it may hold (see hedges.ts).
 */
export const RELATION_TYPES = {
  CAUSES: {
    file: 'causes',
    from: ['Cause', 'Condition'],
    to: ['Mechanism', 'Symptom', 'Condition'],
    role: 'causal',
    description: 'The source brings about the target.',
    says: { stated: 'causes', hedged: 'may cause' },
  },
  LEADS_TO: {
    file: 'leads-to',
    // A symptom can set a process going too (a spasm presses on the sciatic nerve; pain brings
    // on guarding), which is how the sources' feedback loops are drawn.
    from: ['Mechanism', 'Symptom'],
    to: ['Mechanism', 'Symptom', 'Condition'],
    role: 'causal',
    description: 'One step of a mechanism chain: the source process (or symptom) produces the target.',
    says: { stated: 'leads to', hedged: 'may lead to' },
  },
  RISK_FACTOR_FOR: {
    file: 'risk-factor-for',
    from: ['Cause', 'Condition'],
    to: ['Symptom', 'Condition'],
    role: 'causal',
    description: 'The source makes the target more likely without being shown to produce it directly.',
    says: { stated: 'is a risk factor for', hedged: 'may be a risk factor for' },
  },
  RELIEVES: {
    file: 'relieves',
    from: ['Treatment'],
    to: ['Symptom', 'Condition'],
    role: 'treatment',
    description: 'The treatment eases the symptom or condition.',
    says: { stated: 'relieves', hedged: 'may relieve' },
  },
  TARGETS: {
    file: 'targets',
    from: ['Treatment'],
    to: ['Mechanism', 'Cause', 'Condition'],
    role: 'treatment',
    description: 'The treatment acts on the mechanism, cause or condition behind the symptoms.',
    says: { stated: 'targets', hedged: 'may target' },
  },
  PREVENTS: {
    file: 'prevents',
    from: ['Treatment'],
    to: ['Cause', 'Mechanism', 'Symptom', 'Condition'],
    role: 'treatment',
    description: 'The measure keeps the target from happening or coming back.',
    says: { stated: 'prevents', hedged: 'may prevent' },
  },
  SUGGESTS: {
    file: 'suggests',
    from: ['RedFlag'],
    to: ['Condition'],
    role: 'sign',
    description: 'The sign points to a possibly serious underlying condition.',
    says: { stated: 'suggests', hedged: 'may suggest' },
  },
  DETECTS: {
    file: 'detects',
    from: ['Diagnostic'],
    to: ['Condition', 'Cause', 'Mechanism', 'Symptom'],
    role: 'test',
    description: 'The test, question or scale identifies or grades the target.',
    says: { stated: 'detects', hedged: 'may detect' },
  },
  AFFECTS: {
    file: 'affects',
    from: [...CONCEPT_KIND_NAMES],
    to: ['BodyRegion'],
    role: 'place',
    description: 'The concept concerns this body region.',
    says: { stated: 'affects', hedged: 'may affect' },
  },
  CAUTION: {
    file: 'caution',
    from: ['Treatment'],
    to: ['Symptom', 'Condition', 'Mechanism'],
    role: 'caution',
    description: 'An adverse effect or warning: the treatment can bring about or worsen the target.',
    says: { stated: 'causes or worsens', hedged: 'may cause or worsen' },
  },
} as const satisfies Record<string, RelationTypeInfo>;

export type RelationRole = 'causal' | 'treatment' | 'caution' | 'sign' | 'test' | 'place';

export interface RelationTypeInfo {
  file: string;
  from: readonly ConceptKind[];
  to: readonly ConceptKind[];
  role: RelationRole;
  description: string;
  says: { stated: string; hedged: string };
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

/** A relation in words between its ends' names: "Muscle strain may lead to Inflammation". */
export function relationSentence(from: string, relation: { type: RelationType; hedged: boolean }, to: string): string {
  return `${from} ${relationPhrase(relation.type, relation.hedged)} ${to}`;
}

/**
 * A chain in words, hop by hop, each with its own verb: "Heavy lifting causes Muscle strain,
 * which may lead to Back muscle spasm". `names` holds one more entry than `hops`.
 */
export function chainSentence(names: readonly string[], hops: readonly { type: RelationType; hedged: boolean }[]): string {
  return hops.reduce((sentence, hop, index) => `${sentence}${index === 0 ? ' ' : ', which '}${relationPhrase(hop.type, hop.hedged)} ${names[index + 1]}`, names[0] ?? '');
}

/** The words between two concept names: "leads to", or "may lead to" for a hedged relation. */
export function relationPhrase(type: RelationType, hedged: boolean): string {
  const { says }: RelationTypeInfo = RELATION_TYPES[type];
  return hedged ? says.hedged : says.stated;
}
