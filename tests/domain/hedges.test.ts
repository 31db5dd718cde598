import { describe, expect, it } from 'vitest';
import { chainSentence, hedgeWordIn, isHedgedRelation, relationPhrase, relationSentence, type Evidence } from '../../src/domain';

const evidence = (kind: Evidence['kind'], hedged: boolean): Evidence => ({ source: 'page.txt', quote: 'a quote', kind, hedged });

describe('hedge words', () => {
  it('finds the hedge word a quote uses, as the quote writes it', () => {
    expect(hedgeWordIn('A disc may herniate and press on a nerve.')).toBe('may');
    expect(hedgeWordIn('In some cases, back pain reveals a bigger issue.')).toBe('some');
    expect(hedgeWordIn('Spasm is thought to  protect the injured area.')).toBe('thought to');
    expect(hedgeWordIn('Repeated coughing Could strain your back.')).toBe('Could');
  });

  it('takes neither a contraction nor a longer word for a hedge', () => {
    expect(hedgeWordIn('Spasms that can’t be relieved by rest')).toBeUndefined();
    expect(hedgeWordIn("You can't stand up straight")).toBeUndefined();
    expect(hedgeWordIn('An MRI scan shows the disc; somebody at the Mayo clinic said so.')).toBeUndefined();
  });

  it('leaves frequency words that say what is typical to the curator', () => {
    expect(hedgeWordIn('Heavy lifting often strains a muscle and usually causes pain.')).toBeUndefined();
  });
});

describe('a hedged relation', () => {
  it('is hedged when every statement and expert quote hedges', () => {
    expect(isHedgedRelation({ evidence: [evidence('statement', true), evidence('expert', true)] })).toBe(true);
  });

  it('is stated plainly when one source states it plainly', () => {
    expect(isHedgedRelation({ evidence: [evidence('statement', true), evidence('statement', false)] })).toBe(false);
  });

  it('is not hedged or un-hedged by anecdotes and questions', () => {
    expect(isHedgedRelation({ evidence: [evidence('statement', true), evidence('anecdote', false)] })).toBe(true);
    expect(isHedgedRelation({ evidence: [evidence('statement', false), evidence('question', true)] })).toBe(false);
  });

  it('is said with the relation type’s hedged verb', () => {
    expect(relationPhrase('LEADS_TO', true)).toBe('may lead to');
    expect(relationPhrase('LEADS_TO', false)).toBe('leads to');
    expect(relationPhrase('RELIEVES', true)).toBe('may relieve');
  });
});

describe('a chain in words', () => {
  it('gives each hop its own verb, hedged where its quotes hedge', () => {
    const hops = [
      { type: 'CAUSES' as const, hedged: false },
      { type: 'LEADS_TO' as const, hedged: true },
    ];
    expect(chainSentence(['Heavy lifting', 'Muscle strain', 'Back muscle spasm'], hops)).toBe('Heavy lifting causes Muscle strain, which may lead to Back muscle spasm');
    expect(relationSentence('Ice', { type: 'RELIEVES', hedged: true }, 'Back muscle spasm')).toBe('Ice may relieve Back muscle spasm');
  });
});
