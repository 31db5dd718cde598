import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/graph';
import { QUERY_COST } from '../../src/graphql/query-cost';
import { QUERY_LIMITS } from '../../src/graphql/http/query-limits';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { GraphStore } from '../../src/store';
import { FIXTURE_GRAPH } from '../graph/fixture-graph';
import { graphqlClient } from './graphql-client';

const query = graphqlClient();

describe('limits on abusive queries, each named in the error', () => {
  it('depth', async () => {
    const nested = 'relations { from { '.repeat(8) + 'id' + ' } }'.repeat(8);
    const { errors } = await query(`{ concept(id: "back-spasm") { ${nested} } }`);
    expect(errors![0]!.message).toMatch(new RegExp(`Query depth limit of ${QUERY_LIMITS.maxDepth} exceeded`));
  });

  it('aliases', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { concepts }`).join(' ');
    const { errors } = await query(`{ ${aliases} }`);
    expect(errors![0]!.message).toMatch(new RegExp(`Aliases limit of ${QUERY_LIMITS.maxAliases} exceeded`));
  });

  it('tokens', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => 'concepts').join(' ');
    const { errors } = await query(`{ stats { ${fields} } }`);
    expect(errors![0]!.message).toMatch(new RegExp(`Token limit of ${QUERY_LIMITS.maxTokens} exceeded`));
  });

  it('cost', async () => {
    const heavy = `relations { from { relations { to { relations { evidence { quote source { title reliability kind url } } } } } } }`;
    const aliases = Array.from({ length: 25 }, (_, i) => `c${i}: concepts(first: 100) { nodes { ${heavy} } }`).join(' ');
    const { errors } = await query(`{ ${aliases} }`);
    expect(errors![0]).toMatchObject({ message: expect.stringMatching(new RegExp(`exceeds the limit of ${QUERY_COST.maxComplexity}`)), extensions: { code: 'QUERY_TOO_COSTLY' } });
  });

  it('page size', async () => {
    const { errors } = await query(`{ concepts(first: 101) { totalCount } }`);
    expect(errors![0]).toMatchObject({ message: 'first must be a whole number from 0 to 100; got 101', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('over-long search text', async () => {
    const { errors } = await query(`query($t: String!) { search(text: $t) { matchedText } }`, { t: 'x'.repeat(101) });
    expect(errors![0]!.message).toBe('search text is 101 characters; the limit is 100');
  });
});

/** Wraps a store, counting calls per operation. */
function countingStore(inner: GraphStore) {
  const calls: string[] = [];
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(property));
        return value.apply(target, args);
      };
    },
  });
  return { store, calls };
}

describe('batching', () => {
  const nested = (first: number) => `{
    concepts(first: ${first}) {
      nodes {
        name
        relations { type from { name relations { to { name } } } to { name } evidence { quote source { title } } }
        ... on Symptom { causes { name } mechanisms { name } }
      }
    }
  }`;

  it('makes a bounded number of store calls for a nested query, whatever the number of results', async () => {
    for (const first of [3, 17]) {
      const { store, calls } = countingStore(new EmbeddedStore(loadGraph(FIXTURE_GRAPH)));
      const { data, errors } = await graphqlClient(store)(nested(first));
      expect(errors).toBeUndefined();
      expect(data!.concepts.nodes).toHaveLength(first);
      // one list, then per level of nesting one batched relation read and one concept read
      expect(calls.length).toBeLessThanOrEqual(10);
    }
  });
});
