import { relationSentence, type RelationType } from '../../domain';

/** What a screen says where a red flag points only to a placeholder condition. */
export const UNNAMED_CONDITION = 'The sources do not name the condition';

/**
 * Whether a red flag points only to placeholders (concepts marked `unspecified`): the sources
 * list it as a reason to see a doctor without saying which condition it suggests.
 */
export function namesNoCondition(flag: string, edges: readonly { type: RelationType; from: string; to: string }[], isUnspecified: (id: string) => boolean): boolean {
  const suggested = edges.filter((edge) => edge.type === 'SUGGESTS' && edge.from === flag);
  return suggested.length > 0 && suggested.every((edge) => isUnspecified(edge.to));
}

/** A red flag's pointer to a placeholder: shown as "the sources do not name the condition", not as a link. */
export function pointsToUnnamed(relation: { type: RelationType; to: { unspecified?: boolean } }): boolean {
  return relation.type === 'SUGGESTS' && relation.to.unspecified === true;
}

/** A relation in words, where a red flag's pointer to a placeholder says that no condition is named. */
export function relationWords(relation: { type: RelationType; hedged: boolean; from: { name: string }; to: { name: string; unspecified?: boolean } }): string {
  return pointsToUnnamed(relation) ? `${relation.from.name}: ${UNNAMED_CONDITION.toLowerCase()} it suggests` : relationSentence(relation.from.name, relation, relation.to.name);
}
