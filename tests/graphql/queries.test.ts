import { describe, expect, it, vi } from 'vitest';
import { graphqlClient } from './graphql-client';

const query = graphqlClient();

describe('concept(id)', () => {
  it('returns the concept as its kind-specific type with relations and evidence', async () => {
    const { data, errors } = await query(`{
      concept(id: "inflammation") {
        __typename id name kind description synonyms urgent
        relations(direction: OUT) { type to { id name } evidence { quote kind source { id title } } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.concept).toMatchObject({ __typename: 'Mechanism', id: 'inflammation', kind: 'Mechanism', urgent: false });
    expect(data!.concept.relations).toEqual([
      {
        type: 'LEADS_TO',
        to: { id: 'back-spasm', name: 'Back muscle spasm' },
        evidence: [{ quote: 'Inflammation makes the back muscles spasm.', kind: 'statement', source: { id: 'fixture-page.txt', title: 'Back Spasms: A Fixture Page' } }],
      },
    ]);
  });

  it('lists the body regions a concept affects', async () => {
    const { data } = await query(`{ concept(id: "back-spasm") { regions { id kind } } }`);
    expect(data!.concept.regions).toEqual([{ id: 'lower-back', kind: 'BodyRegion' }]);
  });

  it('gives null for an unknown id', async () => {
    const { data, errors } = await query(`{ concept(id: "no-such-thing") { id } }`);
    expect(errors).toBeUndefined();
    expect(data!.concept).toBeNull();
  });
});

describe('relation(id)', () => {
  it('returns one relation with its evidence, or null for an unknown id', async () => {
    const { data } = await query(`{
      known: relation(id: "ice>TARGETS>inflammation") { type from { id } to { id } scope evidence { quote } }
      unscoped: relation(id: "ice>RELIEVES>back-spasm") { scope }
      unknown: relation(id: "ice>CAUSES>inflammation") { id }
      malformed: relation(id: "nonsense") { id }
    }`);
    expect(data).toEqual({
      known: { type: 'TARGETS', from: { id: 'ice' }, to: { id: 'inflammation' }, scope: 'in the first days after an injury', evidence: [{ quote: 'Ice reduces the inflammation' }] },
      unscoped: { scope: null },
      unknown: null,
      malformed: null,
    });
  });
});

describe('search', () => {
  it('returns ranked hits with what matched', async () => {
    const { data } = await query(`{ search(text: "back") { match matchedText concept { id } } }`);
    expect(data!.search).toEqual([
      { match: 'prefix', matchedText: 'Back muscle spasm', concept: { id: 'back-spasm' } },
      { match: 'word', matchedText: 'Lower back', concept: { id: 'lower-back' } },
    ]);
  });

  it('answers an empty text with a BAD_USER_INPUT error saying what to do', async () => {
    const { data, errors } = await query(`{ search(text: " ") { matchedText } }`);
    expect(data).toBeNull();
    expect(errors![0]).toMatchObject({ message: expect.stringMatching(/search text is empty/), extensions: { code: 'BAD_USER_INPUT', field: 'text' } });
  });
});

describe('neighborhood', () => {
  it('returns nodes and edges with evidence for the map', async () => {
    const { data } = await query(`{
      neighborhood(ids: ["heavy-lifting"], depth: 2) {
        nodes { id kind }
        edges { id type from { id } to { id } evidence { quote } }
      }
    }`);
    expect(data!.neighborhood.nodes.map((n: { id: string }) => n.id)).toEqual(['heavy-lifting', 'inflammation', 'muscle-strain', 'stretching']);
    expect(data!.neighborhood.edges).toContainEqual({
      id: 'heavy-lifting>CAUSES>muscle-strain',
      type: 'CAUSES',
      from: { id: 'heavy-lifting' },
      to: { id: 'muscle-strain' },
      evidence: [{ quote: 'Heavy lifting can strain the muscles of the back.' }],
    });
  });

  it('names the limit when depth is too large', async () => {
    const { errors } = await query(`{ neighborhood(ids: ["back-spasm"], depth: 9) { nodes { id } } }`);
    expect(errors![0]).toMatchObject({ message: 'depth must be a whole number from 0 to 3; got 9', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('concepts and stats', () => {
  it('pages through a kind with cursors', async () => {
    const first = await query(`{ concepts(kind: Cause, first: 2) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`);
    expect(first.data!.concepts).toMatchObject({ totalCount: 3, nodes: [{ id: 'dehydration' }, { id: 'heavy-lifting' }], pageInfo: { hasNextPage: true } });
    const next = await query(`query($after: String) { concepts(kind: Cause, first: 2, after: $after) { nodes { id } pageInfo { hasNextPage } } }`, {
      after: first.data!.concepts.pageInfo.endCursor,
    });
    expect(next.data!.concepts).toEqual({ nodes: [{ id: 'poor-posture' }], pageInfo: { hasNextPage: false } });
  });

  it('rejects a cursor it did not issue', async () => {
    const { errors } = await query(`{ concepts(after: "bogus") { totalCount } }`);
    expect(errors![0]).toMatchObject({ message: expect.stringMatching(/is not a cursor from this API/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('reports the store and counts', async () => {
    const { data } = await query(`{ stats { store concepts relations conceptsByKind { kind count } } }`);
    expect(data!.stats).toMatchObject({ store: 'embedded', concepts: 17, relations: 15 });
    expect(data!.stats.conceptsByKind).toContainEqual({ kind: 'RedFlag', count: 1 });
  });
});

describe('errors', () => {
  it('masks unexpected failures: no message, stack or path reaches the client', async () => {
    const failing = graphqlClient({
      name: 'embedded',
      stats: async () => {
        throw new Error('connect ECONNREFUSED /secret/path MATCH (n) RETURN n');
      },
    } as never);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { errors } = await failing(`{ stats { concepts } }`);
    expect(errors![0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(errors)).not.toMatch(/secret|MATCH|ECONNREFUSED|at /);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe('hedges', () => {
  it('says which quotes hedge, and that a relation is hedged when all its statements do', async () => {
    const { data, errors } = await query(`{
      hedged: relation(id: "poor-posture>CAUSES>back-spasm") { hedged evidence { hedged } }
      plain: relation(id: "mri>DETECTS>herniated-disc") { hedged evidence { hedged } }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      hedged: { hedged: true, evidence: [{ hedged: true }] },
      plain: { hedged: false, evidence: [{ hedged: false }] },
    });
  });
});
