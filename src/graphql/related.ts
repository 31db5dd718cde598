import { CAUSAL_RELATION_TYPES, InvalidInputError, LIMITS, type Concept, type ConceptKind, type Relation, type RelationType } from '../domain';
import { normalizeSearchText, type MatchQuality } from '../store';
import type { GraphQLContext } from './context';

/**
 * Graph walks for resolvers, made of loader calls only: every concept resolving the same
 * field at once shares each batched store call, so a list of N concepts costs a few store
 * calls per level, not N.
 */

/** Match qualities good enough to take a typed name as meaning the concept. */
export const NAMING_MATCHES: readonly MatchQuality[] = ['exact', 'prefix', 'word', 'fuzzy'];

/**
 * The concept a person named, by id ("cold-therapy") or as they would type it ("ice", "Cold
 * therapy", "sciatca"): the best search hit of the wanted kinds. A BAD_USER_INPUT error says
 * what was not found and what to try.
 */
export async function requireConcept(ctx: GraphQLContext, idOrName: string, field: string, kinds?: readonly ConceptKind[]): Promise<Concept> {
  const wanted = kinds ? ` (${kinds.map((kind) => `a ${kind}`).join(' or ')})` : '';
  const concept = (await ctx.loaders.concept.load(idOrName)) ?? (await conceptNamed(ctx, idOrName, kinds));
  if (!concept) throw new InvalidInputError(`${field}: no concept${wanted} is called '${idOrName}'; check the spelling or try another name for it`, field);
  if (kinds && !kinds.includes(concept.kind)) {
    throw new InvalidInputError(`${field}: '${concept.name}' is a ${concept.kind}; name ${kinds.map((kind) => `a ${kind}`).join(' or ')} instead`, field);
  }
  return concept;
}

async function conceptNamed(ctx: GraphQLContext, text: string, kinds?: readonly ConceptKind[]): Promise<Concept | undefined> {
  if (normalizeSearchText(text).length === 0 || text.length > LIMITS.maxSearchLength) return undefined;
  const [hit] = await ctx.store.search(text, { kinds, limit: 1 });
  return hit && NAMING_MATCHES.includes(hit.match) ? hit.concept : undefined;
}

export type Direction = 'out' | 'in';

/** The relations of these types leaving (out) or arriving at (in) a concept. */
export async function relationsOf(ctx: GraphQLContext, id: string, types: readonly RelationType[], direction: Direction): Promise<Relation[]> {
  const relations = await ctx.loaders.relationsOf.load(id);
  return relations.filter((r) => types.includes(r.type) && (direction === 'out' ? r.from === id : r.to === id));
}

/** The concepts at the other end of those relations, in relation id order. */
export async function neighbours(ctx: GraphQLContext, id: string, types: readonly RelationType[], direction: Direction): Promise<Concept[]> {
  const relations = await relationsOf(ctx, id, types, direction);
  return loadAll(ctx, relations.map((r) => (direction === 'out' ? r.to : r.from)));
}

/**
 * Concepts reachable from `id` along causal relations, forwards (out: effects) or backwards
 * (in: causes), up to `depth` hops, nearest first, then by id.
 */
export async function causalReach(ctx: GraphQLContext, id: string, direction: Direction, depth: number): Promise<Concept[]> {
  const seen = new Set([id]);
  const found: string[] = [];
  let frontier = [id];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const layers = await Promise.all(frontier.map((node) => relationsOf(ctx, node, CAUSAL_RELATION_TYPES, direction)));
    const next = [...new Set(layers.flat().map((r) => (direction === 'out' ? r.to : r.from)))].filter((n) => !seen.has(n)).sort();
    for (const n of next) seen.add(n);
    found.push(...next);
    frontier = next;
  }
  return loadAll(ctx, found);
}

export async function loadAll(ctx: GraphQLContext, ids: readonly string[]): Promise<Concept[]> {
  const concepts = await ctx.loaders.concept.loadMany([...new Set(ids)]);
  return concepts.filter((c): c is Concept => c !== null && !(c instanceof Error));
}
