import { describe, expect, it } from 'vitest';
import { graphqlClient } from './graphql-client';

const query = graphqlClient();

describe('paths', () => {
  it('returns causal paths with every hop evidenced and a readable summary', async () => {
    const { data, errors } = await query(`{
      paths(from: "heavy-lifting", to: "back-spasm", maxHops: 4) { hops summary edges { type evidence { quote } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.paths).toEqual([
      {
        hops: 3,
        summary: 'Heavy lifting → Muscle strain → Inflammation → Back muscle spasm',
        edges: [
          { type: 'CAUSES', evidence: [{ quote: 'Heavy lifting can strain the muscles of the back.' }] },
          { type: 'LEADS_TO', evidence: [{ quote: 'A strained muscle becomes inflamed.' }] },
          { type: 'LEADS_TO', evidence: [{ quote: 'Inflammation makes the back muscles spasm.' }] },
        ],
      },
    ]);
  });

  it('names an unknown id and the argument it came in', async () => {
    const { errors } = await query(`{ paths(from: "xylophone-lifting", to: "back-spasm") { hops } }`);
    expect(errors![0]).toMatchObject({
      message: "from: no concept is called 'xylophone-lifting'; check the spelling or try another name for it",
      extensions: { code: 'BAD_USER_INPUT', field: 'from' },
    });
  });

  it('names the hop limit', async () => {
    const { errors } = await query(`{ paths(from: "heavy-lifting", to: "back-spasm", maxHops: 7) { hops } }`);
    expect(errors![0]!.message).toBe('maxHops must be a whole number from 1 to 6; got 7');
  });

  it('names the first argument when it is out of range', async () => {
    const { errors } = await query(`{ paths(from: "heavy-lifting", to: "back-spasm", first: -5) { hops } }`);
    expect(errors![0]).toMatchObject({ message: 'first must be a whole number from 1 to 50; got -5', extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });
});

describe('explain', () => {
  it('returns the mechanism chains from a cause to a symptom', async () => {
    const { data } = await query(`{
      explain(cause: "heavy-lifting", symptom: "back-spasm") { direct chains { steps { id kind } path { hops } } }
    }`);
    expect(data!.explain).toEqual({
      direct: false,
      chains: [{ steps: [{ id: 'muscle-strain', kind: 'Mechanism' }, { id: 'inflammation', kind: 'Mechanism' }], path: { hops: 3 } }],
    });
  });

  it('marks a direct link and gives no chains for unconnected concepts', async () => {
    expect((await query(`{ explain(cause: "poor-posture", symptom: "back-spasm") { direct } }`)).data!.explain.direct).toBe(true);
    expect((await query(`{ explain(cause: "dehydration", symptom: "sciatica") { chains { steps { id } } } }`)).data!.explain.chains).toEqual([]);
  });

  it('refuses a cause of the wrong kind, saying which kinds fit', async () => {
    const { errors } = await query(`{ explain(cause: "ice", symptom: "back-spasm") { direct } }`);
    expect(errors![0]!.message).toBe("cause: 'Ice' is a Treatment; name a Cause or a Condition instead");
  });
});

describe('treatmentsFor', () => {
  it('lists direct and mechanism-level treatments with their cautions', async () => {
    const { data } = await query(`{
      treatmentsFor(concept: "back-spasm") {
        direct { treatment { id } relation { type } via { id } }
        viaMechanisms { treatment { id } relation { type } via { id } }
        cautions { from { id } to { id } evidence { quote } }
      }
    }`);
    expect(data!.treatmentsFor).toEqual({
      direct: [
        { treatment: { id: 'ice' }, relation: { type: 'RELIEVES' }, via: null },
        { treatment: { id: 'muscle-relaxants' }, relation: { type: 'RELIEVES' }, via: null },
      ],
      viaMechanisms: [
        { treatment: { id: 'ice' }, relation: { type: 'TARGETS' }, via: { id: 'inflammation' } },
        { treatment: { id: 'stretching' }, relation: { type: 'PREVENTS' }, via: { id: 'muscle-strain' } },
      ],
      cautions: [{ from: { id: 'muscle-relaxants' }, to: { id: 'drowsiness' }, evidence: [{ quote: 'can make you drowsy' }] }],
    });
  });

  it('refuses an unknown concept', async () => {
    const { errors } = await query(`{ treatmentsFor(concept: "nothing") { direct { treatment { id } } } }`);
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'concept' });
  });
});

describe('red flags and kind-specific fields', () => {
  it('lists red flags with the urgent conditions they suggest', async () => {
    const { data } = await query(`{ redFlags { id urgent suggests { id urgent } } }`);
    expect(data!.redFlags).toEqual([{ id: 'loss-of-bladder-control', urgent: true, suggests: [{ id: 'spinal-cord-compression', urgent: true }] }]);
  });

  it('answers where a clinician would look on each kind', async () => {
    const { data } = await query(`{
      symptom: concept(id: "back-spasm") { ... on Symptom { causes { id } mechanisms { id } relievedBy { id } } }
      cause: concept(id: "heavy-lifting") { ... on Cause { leadsTo { id } } }
      treatment: concept(id: "muscle-relaxants") { ... on Treatment { relieves { id } cautions { to { id } } } }
      condition: concept(id: "spinal-cord-compression") { ... on Condition { suggestedBy { id } } }
      diagnostic: concept(id: "mri") { ... on Diagnostic { detects { id } } }
      region: concept(id: "lower-back") { ... on BodyRegion { concepts { id } } }
    }`);
    expect(data).toEqual({
      symptom: { causes: [{ id: 'dehydration' }, { id: 'poor-posture' }, { id: 'heavy-lifting' }], mechanisms: [{ id: 'inflammation' }, { id: 'muscle-strain' }], relievedBy: [{ id: 'ice' }, { id: 'muscle-relaxants' }] },
      cause: { leadsTo: [{ id: 'muscle-strain' }, { id: 'inflammation' }, { id: 'back-spasm' }] },
      treatment: { relieves: [{ id: 'back-spasm' }], cautions: [{ to: { id: 'drowsiness' } }] },
      condition: { suggestedBy: [{ id: 'loss-of-bladder-control' }] },
      diagnostic: { detects: [{ id: 'herniated-disc' }] },
      region: { concepts: [{ id: 'back-spasm' }] },
    });
  });

  it('lists the sources', async () => {
    const { data } = await query(`{ sources { id title kind reliability } }`);
    expect(data!.sources).toEqual([{ id: 'fixture-page.txt', title: 'Back Spasms: A Fixture Page', kind: 'test fixture', reliability: 'Written for the tests; every sentence is a stand-in.' }]);
  });

  it('filters concepts by urgency', async () => {
    const { data } = await query(`{ concepts(filter: { urgent: true }) { nodes { id } } }`);
    expect(data!.concepts.nodes).toEqual([{ id: 'loss-of-bladder-control' }, { id: 'spinal-cord-compression' }]);
  });
});
