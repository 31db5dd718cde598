import { formatDocument } from '@urql/core';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CASE_EXPLANATIONS_SHOWN, CASE_QUERY } from '../../src/client/case-analysis';
import { graphqlClient } from './graphql-client';

const query = graphqlClient();

const CASE = `query Case($findings: [String!]!) {
  caseAnalysis(findings: $findings) {
    findings { text understoodAs concept { id } }
    explanations { concept { id } covers { id } isFinding strength hedged hops paths { summary strength } }
    redFlags { redFlag { id } reason relations { evidence { quote } } }
  }
}`;

describe('caseAnalysis', () => {
  it('ranks first the cause that covers every finding, a history item covering itself, with the best path to each other finding', async () => {
    const { data, errors } = await query(CASE, { findings: ['back spasm', 'heavy lifting'] });
    expect(errors).toBeUndefined();
    const [top, ...rest] = data!.caseAnalysis.explanations;
    expect(top).toEqual({
      concept: { id: 'heavy-lifting' },
      covers: [{ id: 'heavy-lifting' }, { id: 'back-spasm' }],
      isFinding: true,
      strength: 'attested',
      // the fixture's lifting quote says a strain "can" follow: the path holds, hedged
      hedged: true,
      hops: 3,
      paths: [{ summary: 'Heavy lifting → Muscle strain → Inflammation → Back muscle spasm', strength: 'attested' }],
    });
    expect(rest.every((explanation: { covers: unknown[] }) => explanation.covers.length === 1)).toBe(true);
  });

  it('puts fewer hops first among explanations covering as many findings as well, and a hedged one below', async () => {
    const { data } = await query(CASE, { findings: ['back spasm'] });
    const ranked = data!.caseAnalysis.explanations.map((e: { concept: { id: string }; hops: number }) => `${e.concept.id} ${e.hops}`);
    // poor posture's one quote says it "can bring on" spasms: hedged, so below the plainly stated strain
    expect(ranked).toEqual(['dehydration 1', 'inflammation 1', 'muscle-strain 2', 'poor-posture 1', 'heavy-lifting 3']);
  });

  it('says in words which finding matched no concept, and still answers for the rest', async () => {
    const { data, errors } = await query(CASE, { findings: ['xyzzy', 'back spasm'] });
    expect(errors).toBeUndefined();
    expect(data!.caseAnalysis.findings).toEqual([
      { text: 'xyzzy', understoodAs: 'no concept matches ‘xyzzy’; check the spelling or try another name for it', concept: null },
      { text: 'back spasm', understoodAs: 'understood as ‘Back muscle spasm’ (a symptom)', concept: { id: 'back-spasm' } },
    ]);
    expect(data!.caseAnalysis.explanations).not.toEqual([]);
  });

  it('lists a red flag named among the findings with its quote, and one that points to a condition among them', async () => {
    const named = await query(CASE, { findings: ['back spasm', 'loss of bladder control'] });
    expect(named.data!.caseAnalysis.redFlags).toEqual([
      {
        redFlag: { id: 'loss-of-bladder-control' },
        reason: 'named in the findings as ‘loss of bladder control’',
        relations: [{ evidence: [{ quote: 'Loss of bladder control can mean spinal cord compression.' }] }],
      },
    ]);
    const pointing = await query(CASE, { findings: ['spinal cord compression'] });
    expect(pointing.data!.caseAnalysis.redFlags).toMatchObject([{ redFlag: { id: 'loss-of-bladder-control' }, reason: 'points to ‘Spinal cord compression’, among the findings' }]);
  });

  it('refuses more than 12 findings with a message saying what to do', async () => {
    const { errors } = await query(CASE, { findings: Array.from({ length: 13 }, (_, i) => `finding ${i}`) });
    expect(errors![0]).toMatchObject({
      message: 'a case may have at most 12 findings; got 13. Keep the findings that matter most to the question',
      extensions: { code: 'BAD_USER_INPUT', field: 'findings' },
    });
  });

  it('is held to the query cost limit like every query', async () => {
    const { errors } = await query(`{ caseAnalysis(findings: ["back spasm"]) {
      explanations(first: 50) { paths { edges { evidence { quote } } nodes { relations { id } } } }
    } }`);
    expect(errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY' });
  });

  it('answers the case panel’s own query as its client sends it, every hop’s quotes included, within the cost limit', async () => {
    const { data, errors } = await query(print(formatDocument(CASE_QUERY)), { findings: ['back spasm', 'heavy lifting', 'loss of bladder control'], first: CASE_EXPLANATIONS_SHOWN });
    expect(errors).toBeUndefined();
    expect(data!.caseAnalysis.explanations[0].paths[0].edges[0].evidence[0].quote).toBeTruthy();
  });

  it('names the first argument when it is out of range', async () => {
    const { errors } = await query(`{ caseAnalysis(findings: ["back spasm"]) { explanations(first: 0) { hops } } }`);
    expect(errors![0]).toMatchObject({ message: 'first must be a whole number from 1 to 50; got 0', extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });
});
