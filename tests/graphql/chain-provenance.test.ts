import { describe, expect, it } from 'vitest';
import { REAL_GRAPH, testServer } from '../security/server';

describe('a path’s provenance in words', () => {
  const server = testServer();
  const titles = REAL_GRAPH.sources.map((source) => `“${source.title}”`);

  it('names the sources a chain rests on by their titles, never by their file numbers', async () => {
    const response = await server.post('{ stated: paths(from: "herniated-disc", to: "sciatica") { provenance } stitched: paths(from: "heavy-lifting", to: "sciatica") { provenance } }');
    const { data } = (await response.json()) as { data: Record<'stated' | 'stitched', { provenance: string }[]> };
    const sentences = [...data.stated, ...data.stitched].map((path) => path.provenance);
    expect(sentences.length).toBeGreaterThan(2);
    for (const sentence of sentences) {
      expect(sentence).not.toMatch(/source \d{3}|\(\d{3}/);
      expect(titles.some((title) => sentence.includes(title))).toBe(true);
    }
  });
});
