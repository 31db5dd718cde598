import { execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../src/graph';
import { CompiledQueries } from '../../../src/graphql/http/compiled-queries';
import { createContext } from '../../../src/graphql/context';
import { schema } from '../../../src/graphql/schema';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import { FIXTURE_GRAPH } from '../../graph/fixture-graph';
import { memoryPolls } from '../graphql-client';

const TWO_OPERATIONS = `
  query Names($ids: [ID!]!) { neighborhood(ids: $ids, depth: 0) { nodes { name } } }
  query Kinds($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1) { nodes { id kind } edges { type } } }
`;

describe('compiled queries', () => {
  const store = new EmbeddedStore(loadGraph(FIXTURE_GRAPH));
  const context = () => createContext(store, memoryPolls(), '127.0.0.1');

  it('compiles nothing yoga has not vetted', () => {
    const queries = new CompiledQueries(schema);
    expect(queries.compiledFor({ query: TWO_OPERATIONS, operationName: 'Names' })).toBeUndefined();
    queries.vet({ query: TWO_OPERATIONS, operationName: 'Names' }, parse(TWO_OPERATIONS));
    expect(queries.compiledFor({ query: TWO_OPERATIONS, operationName: 'Kinds' })).toBeUndefined();
    expect(queries.compiledFor({ query: `${TWO_OPERATIONS} `, operationName: 'Names' })).toBeUndefined();
    expect(queries.compiledFor({ query: TWO_OPERATIONS, operationName: 'Names' })).toBeDefined();
  });

  it('runs the operation vetted, with any variables, to the answer graphql-js gives', async () => {
    const queries = new CompiledQueries(schema);
    const document = parse(TWO_OPERATIONS);
    queries.vet({ query: TWO_OPERATIONS, operationName: 'Kinds' }, document);
    const compiled = queries.compiledFor({ query: TWO_OPERATIONS, operationName: 'Kinds' })!;
    for (const ids of [['back-spasm'], ['heavy-lifting', 'sciatica'], ['no-such-concept']]) {
      const fromJit = await compiled.query(undefined, context(), { ids });
      const fromGraphqlJs = await execute({ schema, document, operationName: 'Kinds', contextValue: context(), variableValues: { ids } });
      expect(fromJit.errors).toBeUndefined();
      expect(compiled.stringify(fromJit)).toBe(JSON.stringify(fromGraphqlJs));
    }
  });

  it('answers with errors, for yoga to word, when a variable breaks a limit the resolvers check', async () => {
    const queries = new CompiledQueries(schema);
    const query = 'query($ids: [ID!]!, $depth: Int!) { neighborhood(ids: $ids, depth: $depth) { nodes { id } } }';
    queries.vet({ query }, parse(query));
    const result = await queries.compiledFor({ query })!.query(undefined, context(), { ids: ['back-spasm'], depth: 50 });
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});
