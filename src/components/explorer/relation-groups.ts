import { RELATION_TYPE_NAMES, type RelationType } from '../../domain';

export interface RelationGroup<T> {
  type: RelationType;
  hedged: boolean;
  members: T[];
}

/**
 * Relations grouped as the panel and the outline list them: by type in the domain's order, the
 * ones a source states before the ones every source only hedges, so each group's heading can say
 * "leads to" or "may lead to" for all of it.
 */
export function relationGroups<T extends { type: RelationType; hedged?: boolean }>(relations: readonly T[]): RelationGroup<T>[] {
  return RELATION_TYPE_NAMES.flatMap((type) =>
    [false, true].map((hedged) => ({ type, hedged, members: relations.filter((r) => r.type === type && (r.hedged ?? false) === hedged) })),
  ).filter((group) => group.members.length > 0);
}
