import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';
import type { GraphProblem } from './problem';
import { messageOf } from '../domain';

/**
 * A parsed YAML file that can tell the line of any value in it, so validation messages
 * point at the entry or field a reviewer has to fix.
 */
export interface YamlFile {
  readonly path: string;
  readonly data: unknown;
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Reads a graph file. Most files are valid and most lines are never asked for, so the data comes
 * from js-yaml (about ten times faster than building yaml's document, which dominated loading a
 * large graph) and yaml's document, which knows where every value is written, is only built when
 * a line is asked for. A file js-yaml refuses, or one that may hold anchors or aliases, is read by
 * yaml alone, whose messages and alias limits the checker reports.
 */
export function parseYamlFile(path: string, text: string): { file?: YamlFile; problems: GraphProblem[] } {
  if (!/[&*]/.test(text)) {
    let data: unknown;
    try {
      // the core schema, as yaml's default: no dates or merge keys, only what YAML 1.2 core resolves
      data = load(text, { schema: CORE_SCHEMA, json: false });
    } catch {
      return parseWithLines(path, text);
    }
    let lines: ((keyPath: readonly PropertyKey[]) => number) | undefined;
    const lineOf = (keyPath: readonly PropertyKey[]) => {
      lines ??= parseWithLines(path, text).file!.lineOf;
      return lines(keyPath);
    };
    return { file: { path, data, lineOf }, problems: [] };
  }
  return parseWithLines(path, text);
}

function parseWithLines(path: string, text: string): { file?: YamlFile; problems: GraphProblem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems = document.errors.map((error) => ({
    file: path,
    line: lineCounter.linePos(error.pos[0]).line,
    message: `YAML syntax: ${firstLine(error.message)}`,
  }));
  if (problems.length > 0) return { problems };
  const lineOf = (keyPath: readonly PropertyKey[]) => {
    const offset = offsetOf(document, keyPath);
    return lineCounter.linePos(offset).line;
  };
  let data: unknown;
  try {
    // an empty or comment-only file is null, told apart from a deliberate `[]`
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // yaml refuses alias bombs and bad references here rather than while parsing, without a position
    return { problems: [{ file: path, line: lineCounter.linePos(firstAliasOffset(document)).line, message: `YAML: ${firstLine(messageOf(error))}; write the entries out instead of using anchors and aliases` }] };
  }
  return { file: { path, data, lineOf }, problems };
}

/** Where the first alias is written: the bomb (or bad reference) starts there. */
function firstAliasOffset(document: Document): number {
  let offset = 0;
  visit(document, {
    Alias(_key, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** The deepest node along the path that exists; a missing field points at its parent entry. */
function offsetOf(document: Document, keyPath: readonly PropertyKey[]): number {
  let node: Node | null | undefined = document.contents;
  let offset = node?.range?.[0] ?? 0;
  for (const key of keyPath) {
    if (isSeq(node) && typeof key === 'number') {
      node = node.items[key] as Node | undefined;
    } else if (isMap(node)) {
      const pair: Pair | undefined = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      node = (pair?.value as Node | undefined) ?? undefined;
      if (pair && !node) offset = (pair.key as Node).range?.[0] ?? offset;
    } else {
      node = undefined;
    }
    if (!node) break;
    offset = node.range?.[0] ?? offset;
  }
  return offset;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
