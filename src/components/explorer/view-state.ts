import { CONCEPT_KIND_NAMES, RELATION_TYPE_NAMES, isConceptKind, isRelationType, relationEnds, type ConceptKind, type RelationType } from '../../domain';
import { parseCase, serializeCase } from '../../client/case-analysis';
import { isLayoutName, type LayoutName } from '../map/layouts';

/**
 * Everything that decides what the map shows. It lives in the URL, so a copied link
 * reproduces the view; concepts are named by their stable ids, and the link carries the
 * graph's version so an old link can tell when the graph has changed.
 */
export interface ViewState {
  focus: string | null;
  depth: number;
  expanded: string[];
  kinds: ConceptKind[];
  relationTypes: RelationType[];
  layout: LayoutName;
  selected: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  /** A GraphQL query pasted into the query dialog, whose result the map draws instead. */
  drawn: string | null;
  /** A case's findings (typed texts or concept ids): the map draws their explanations instead. */
  case: string[];
  version: string | null;
}

/** Body regions would crowd the first picture; they are one click away in the filters. */
export const DEFAULT_KINDS: ConceptKind[] = CONCEPT_KIND_NAMES.filter((kind) => kind !== 'BodyRegion');

export const DEFAULT_VIEW: ViewState = {
  focus: 'back-spasm',
  depth: 1,
  expanded: [],
  kinds: DEFAULT_KINDS,
  relationTypes: [...RELATION_TYPE_NAMES],
  layout: 'layered',
  selected: null,
  pathFrom: null,
  pathTo: null,
  drawn: null,
  case: [],
  version: null,
};

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : null);

/** The view a URL's query string describes; anything missing or unreadable takes its default. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const depth = Number(params.get('depth'));
  const kinds = list(params.get('kinds'))?.filter(isConceptKind);
  const relationTypes = list(params.get('types'))?.filter(isRelationType);
  const layout = params.get('layout');
  return {
    focus: params.has('focus') ? params.get('focus') || null : DEFAULT_VIEW.focus,
    depth: Number.isInteger(depth) && depth >= 0 && depth <= 3 && params.has('depth') ? depth : DEFAULT_VIEW.depth,
    expanded: list(params.get('expand')) ?? [],
    kinds: kinds ?? DEFAULT_VIEW.kinds,
    relationTypes: relationTypes ?? DEFAULT_VIEW.relationTypes,
    layout: isLayoutName(layout) ? layout : DEFAULT_VIEW.layout,
    selected: params.get('select') || null,
    pathFrom: params.get('from') || null,
    pathTo: params.get('to') || null,
    drawn: params.get('query') || null,
    case: parseCase(params.get('case')),
    version: params.get('v') || null,
  };
}

/** The query string for a view; defaults are left out so links stay short. */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.focus !== DEFAULT_VIEW.focus) params.set('focus', view.focus ?? '');
  if (view.depth !== DEFAULT_VIEW.depth) params.set('depth', String(view.depth));
  if (view.expanded.length > 0) params.set('expand', view.expanded.join(','));
  if (!sameSet(view.kinds, DEFAULT_VIEW.kinds)) params.set('kinds', ordered(view.kinds, CONCEPT_KIND_NAMES).join(','));
  if (!sameSet(view.relationTypes, DEFAULT_VIEW.relationTypes)) params.set('types', ordered(view.relationTypes, RELATION_TYPE_NAMES).join(','));
  if (view.layout !== DEFAULT_VIEW.layout) params.set('layout', view.layout);
  if (view.selected) params.set('select', view.selected);
  if (view.pathFrom) params.set('from', view.pathFrom);
  if (view.pathTo) params.set('to', view.pathTo);
  if (view.drawn) params.set('query', view.drawn);
  if (view.case.length > 0) params.set('case', serializeCase(view.case));
  if (view.version) params.set('v', view.version);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** What is chosen on the map: a concept (a node) or a relation (an edge). */
export type Selection = { group: 'nodes' | 'edges'; id: string };

/** Concept and relation ids share one `select` parameter; a relation's carries this prefix. */
const EDGE_PREFIX = 'edge:';

/** The view's `selected` value for a choice on the map. */
export function selectedValue(selection: Selection | null): string | null {
  if (!selection) return null;
  return selection.group === 'edges' ? `${EDGE_PREFIX}${selection.id}` : selection.id;
}

/** The choice a view's `selected` value names. */
export function selectionOf(selected: string | null): Selection | null {
  if (!selected) return null;
  return selected.startsWith(EDGE_PREFIX) ? { group: 'edges', id: selected.slice(EDGE_PREFIX.length) } : { group: 'nodes', id: selected };
}

/** Every concept id a view names, to check they all still exist; a selected relation names its two ends. */
export function idsNamedBy(view: ViewState): string[] {
  const selection = selectionOf(view.selected);
  const relation = selection?.group === 'edges' ? relationEnds(selection.id) : null;
  const selected = relation ? [relation.from, relation.to] : [selection?.id ?? null];
  return [...new Set([view.focus, ...view.expanded, ...selected, view.pathFrom, view.pathTo].filter((id): id is string => Boolean(id)))];
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

function ordered<T>(items: readonly T[], order: readonly T[]): T[] {
  return order.filter((item) => items.includes(item));
}
