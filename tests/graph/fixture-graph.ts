import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_GRAPH = fileURLToPath(new URL('../fixtures/valid-graph', import.meta.url));
export const FIXTURE_SOURCES = fileURLToPath(new URL('../fixtures/sources', import.meta.url));

/**
 * A copy of the valid fixture graph with some files rewritten, so each test breaks exactly
 * one thing. `edit` receives a file's text and returns the new text.
 */
export function fixtureGraphWith(edits: Record<string, (text: string) => string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spasm-graph-'));
  cpSync(FIXTURE_GRAPH, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // a new file: the edit writes it from nothing
    }
    writeFileSync(path, edit(text));
  }
  return dir;
}
