import {
  Kind,
  TypeInfo,
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isAbstractType,
  parse,
  print,
  visit,
  visitWithTypeInfo,
  type GraphQLSchema,
  type IntrospectionQuery,
  type SelectionSetNode,
} from 'graphql';
import { requestApi } from '../../client/request-api';

/**
 * What the map needs from each object to draw it. A pasted query rarely asks for all of it
 * (a cookbook query may select only names), so it is added before the query runs: every
 * answer that contains concepts can then be drawn.
 */
const DRAWABLE_FIELDS: Record<string, string> = {
  Concept: '{ id name kind urgent }',
  Relation: '{ id type from { id } to { id } evidence { kind source { id } } }',
};

/** The query with the fields the map needs added to every selection of concepts and relations. */
export function withDrawableFields(query: string, schema: GraphQLSchema): string {
  const typeInfo = new TypeInfo(schema);
  const document = parse(query);
  const wanted = Object.fromEntries(
    Object.entries(DRAWABLE_FIELDS).map(([type, fields]) => [type, selectionOf(fields)]),
  );
  const edited = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      SelectionSet(node) {
        const type = typeInfo.getParentType();
        if (!type) return undefined;
        const named = getNamedType(type);
        const concept = schema.getType('Concept');
        const isConcept = named.name === 'Concept' || (concept && isAbstractType(concept) && !isAbstractType(named) && schema.isSubType(concept, named as never));
        const extra = isConcept ? wanted.Concept : named.name === 'Relation' ? wanted.Relation : undefined;
        if (!extra) return undefined;
        // a field already selected (unaliased) is left as it is: its own selection is widened in turn
        const has = (name: string) => node.selections.some((s) => s.kind === Kind.FIELD && !s.alias && s.name.value === name);
        const missing = extra.selections.filter((s) => s.kind === Kind.FIELD && !has(s.name.value));
        return missing.length === 0 ? undefined : { ...node, selections: [...node.selections, ...missing] };
      },
    }),
  );
  return print(edited);
}

let schema: Promise<GraphQLSchema> | null = null;

/** Runs a pasted query, widened to what the map draws, against the app's API. */
export async function runDrawable(query: string): Promise<unknown> {
  // the answer to graphql-js's own introspection query is, by that query's definition, an IntrospectionQuery
  schema ??= requestApi(getIntrospectionQuery(), {}).then((result) => buildClientSchema(result as IntrospectionQuery));
  let widened: string;
  try {
    widened = withDrawableFields(query, await schema);
  } catch {
    // not parseable here: the API's own message says what is wrong
    widened = query;
  }
  return requestApi(widened, {});
}

/** The selection set written out, e.g. "{ id name }". */
function selectionOf(fields: string): SelectionSetNode {
  const [definition] = parse(`query ${fields}`).definitions;
  if (definition?.kind !== Kind.OPERATION_DEFINITION) throw new Error(`not a selection: ${fields}`);
  return definition.selectionSet;
}
