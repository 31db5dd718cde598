import { describe, expect, it } from 'vitest';
import { evidenceWeight, SOURCE_TYPES } from '../../src/domain';
import { loadGraph } from '../../src/graph';

describe('the weight badge beside a quote', () => {
  it('calls a statement by the sort of page that states it', () => {
    expect(evidenceWeight('statement', 'consumer health page (aggregated snippets)')).toMatchObject({ label: 'consumer health page', level: 'page' });
    expect(evidenceWeight('statement', 'Consumer blog post')).toMatchObject({ label: 'consumer blog post', level: 'page' });
  });

  it('calls anecdotes, questions and expert quotes what they are, whatever page they are on', () => {
    expect(evidenceWeight('anecdote', 'consumer health page with reader comments')).toMatchObject({ label: 'personal anecdote', level: 'anecdotal' });
    expect(evidenceWeight('question', 'consumer health page')).toMatchObject({ label: "reader's question", level: 'anecdotal' });
    expect(evidenceWeight('expert', 'consumer health page')).toMatchObject({ label: 'expert quote', level: 'expert' });
  });

  it('shows a source of an unknown sort by its own kind', () => {
    expect(evidenceWeight('statement', 'hospital leaflet')).toMatchObject({ label: 'hospital leaflet', level: 'page' });
  });

  it('knows the sort of every source in the graph', () => {
    const known = Object.keys(SOURCE_TYPES);
    for (const source of loadGraph('graph').sources) expect(known.some((type) => source.kind.toLowerCase().startsWith(type)), source.id).toBe(true);
  });
});
