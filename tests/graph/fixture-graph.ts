import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

/**
 * A copy of the valid fixture graph with some concept and relation files split the way a large
 * graph is: `parts` gives, for each file, how many entries each part takes in order. With
 * `keep`, the first part stays in `<name>.yaml` and the rest go to `<name>/part-<n>.yaml`;
 * without, the file is removed and every part goes to the folder. `edits` then rewrite files of
 * the split graph, as in fixtureGraphWith.
 */
export function splitFixtureGraph(splits: Record<string, { parts: number[]; keep: boolean }>, edits: Record<string, (text: string) => string> = {}): string {
  const dir = fixtureGraphWith({});
  for (const [file, { parts, keep }] of Object.entries(splits)) {
    const path = join(dir, file);
    // every entry starts with '- ' at the start of a line
    const entries = readFileSync(path, 'utf8').split(/^(?=- )/m);
    const folder = path.replace(/\.yaml$/, '');
    mkdirSync(folder);
    rmSync(path);
    let start = 0;
    parts.forEach((count, index) => {
      const text = entries.slice(start, start + count).join('');
      start += count;
      writeFileSync(keep && index === 0 ? path : join(folder, `part-${index + 1}.yaml`), text);
    });
    if (start !== entries.length) throw new Error(`${file} has ${entries.length} entries; the parts take ${start}`);
  }
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, edit(existsSync(path) ? readFileSync(path, 'utf8') : ''));
  }
  return dir;
}
