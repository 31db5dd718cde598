import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { CONCEPT_KINDS, RELATION_TYPE_NAMES, RELATION_TYPES, kindForFile, relationId, relationTypeForFile, type KnowledgeGraph } from '../domain';
import { conceptEntrySchema, relationEntrySchema, sourceEntrySchema, tourFileSchema, type TourEntry } from './file-schemas';
import { GraphValidationError, type GraphProblem } from './problem';
import { verifyQuotes } from './verify-quotes';
import { validateGraph, type Located, type ParsedGraph } from './validate';
import { parseYamlFile, type YamlFile } from './yaml-file';
import { deepFreeze } from './deep-freeze';

export interface CheckOptions {
  /** A folder holding the source documents; when given, every quote must occur in its document. */
  readonly sourcesDir?: string;
}

export interface GraphCheck {
  /** Present only when there are no problems. */
  readonly graph?: KnowledgeGraph;
  readonly problems: readonly GraphProblem[];
}

/**
 * The largest graph file read: the biggest curated file is tens of kilobytes, so anything near
 * this is a mistake (a pasted dump, a generated file) that would only cost start-up time and memory.
 */
export const MAX_GRAPH_FILE_BYTES = 1_000_000;

/**
 * Reads and validates graph/, collecting every problem in one pass. Problems with a whole file
 * (missing, empty, too large, unreadable) come first: the rest often follow from them.
 */
export function checkGraph(dir: string, options: CheckOptions = {}): GraphCheck {
  const fileProblems: GraphProblem[] = [];
  const problems: GraphProblem[] = [];
  const parsed: ParsedGraph = {
    sources: [],
    concepts: [],
    relations: [],
    tours: [],
    sourcesUnreadable: false,
    rejectedConceptIds: new Set(),
    rejectedRelationIds: new Set(),
    relationFilesUnreadable: false,
  };

  const sourcesPath = join(dir, 'sources.yaml');
  if (existsSync(sourcesPath)) {
    const read = readEntries(sourcesPath, sourceEntrySchema, problems, fileProblems);
    parsed.sources = read.entries;
    parsed.sourcesUnreadable = !read.readable;
  } else {
    parsed.sourcesUnreadable = true;
    fileProblems.push({ file: display(sourcesPath), line: 1, message: 'missing: every graph needs sources.yaml listing its source documents (evidence citing them is not checked until it is back)' });
  }

  for (const path of yamlFilesIn(join(dir, 'concepts'))) {
    const kind = kindForFile(stem(path));
    if (!kind) {
      problems.push({ file: display(path), line: 1, message: `no concept kind is stored in '${stem(path)}.yaml'; use one of: ${Object.values(CONCEPT_KINDS).map((k) => `${k.file}.yaml`).join(', ')}` });
      continue;
    }
    const read = readEntries(path, conceptEntrySchema, problems, fileProblems);
    for (const raw of read.rejected) if (typeof raw?.id === 'string') parsed.rejectedConceptIds.add(raw.id);
    parsed.concepts.push(...read.entries.map((located) => withEntry(located, { ...located.entry, kind })));
  }

  const relationFiles = yamlFilesIn(join(dir, 'relations'));
  for (const type of RELATION_TYPE_NAMES) {
    const { file } = RELATION_TYPES[type];
    if (!relationFiles.some((path) => stem(path) === file)) {
      fileProblems.push({ file: display(join(dir, 'relations', `${file}.yaml`)), line: 1, message: `missing: the ${type} relations live here; restore the file (without it every ${type} relation is dropped)` });
    }
  }
  for (const path of relationFiles) {
    const type = relationTypeForFile(stem(path));
    if (!type) {
      problems.push({ file: display(path), line: 1, message: `no relation type is stored in '${stem(path)}.yaml'; use one of: ${Object.values(RELATION_TYPES).map((t) => `${t.file}.yaml`).join(', ')}` });
      continue;
    }
    const read = readEntries(path, relationEntrySchema, problems, fileProblems);
    if (!read.readable) parsed.relationFilesUnreadable = true;
    for (const raw of read.rejected) {
      if (typeof raw.from === 'string' && typeof raw.to === 'string') parsed.rejectedRelationIds.add(relationId(raw.from, type, raw.to));
    }
    parsed.relations.push(...read.entries.map((located) => withEntry(located, { ...located.entry, type })));
  }

  for (const path of yamlFilesIn(join(dir, 'tours'))) {
    const tour = readTour(path, problems, fileProblems);
    if (tour) parsed.tours.push(withEntry(tour, { ...tour.entry, fileStem: stem(path) }));
  }

  const { graph, problems: ruleProblems } = validateGraph(parsed);
  problems.push(...ruleProblems);
  if (options.sourcesDir) problems.push(...verifyQuotes(graph, options.sourcesDir));

  const byPlace = (a: GraphProblem, b: GraphProblem) => a.file.localeCompare(b.file) || a.line - b.line;
  const all = [...fileProblems.sort(byPlace), ...problems.sort(byPlace)];
  if (all.length > 0) return { problems: all };
  const { evidenceLines: _lines, ...knowledge } = graph;
  return { graph: deepFreeze(knowledge), problems: all };
}

/** The graph, or a GraphValidationError listing everything wrong with it. */
export function loadGraph(dir: string, options: CheckOptions = {}): KnowledgeGraph {
  const { graph, problems } = checkGraph(dir, options);
  if (!graph) throw new GraphValidationError(problems);
  return graph;
}

interface ReadEntries<T> {
  readonly readable: boolean;
  readonly entries: Located<T>[];
  /** The raw entries that failed the schema, reported and left out. */
  readonly rejected: Record<string, unknown>[];
}

/**
 * Parses one YAML file against its entry schema; entries that fail are reported and left out.
 * When the file cannot be parsed, the ids it seems to define are still returned as rejected, so
 * references to them elsewhere are not reported as unknown while every other problem still is.
 */
function readEntries<T>(path: string, entrySchema: z.ZodType<T>, problems: GraphProblem[], fileProblems: GraphProblem[]): ReadEntries<T> {
  const text = readGraphFile(path, fileProblems);
  if (text === undefined) return { readable: false, entries: [], rejected: [] };
  const { file, problems: syntaxProblems } = parseYamlFile(display(path), text);
  fileProblems.push(...syntaxProblems);
  if (!file) return { readable: false, entries: [], rejected: idsWrittenIn(text) };
  if (file.data === null || file.data === undefined) {
    fileProblems.push({ file: file.path, line: 1, message: 'is empty: it would silently drop everything it should hold; write its entries back (each starting with "- "), or `[]` if it is meant to hold none' });
    return { readable: false, entries: [], rejected: [] };
  }
  if (!Array.isArray(file.data)) {
    fileProblems.push({ file: file.path, line: 1, message: 'expected a list of entries (each starting with "- ")' });
    return { readable: false, entries: [], rejected: idsWrittenIn(text) };
  }
  const entries: Located<T>[] = [];
  const rejected: Record<string, unknown>[] = [];
  file.data.forEach((raw, index) => {
    const result = entrySchema.safeParse(raw);
    if (result.success) {
      entries.push(locatedEntry(file, index, result.data));
      return;
    }
    rejected.push(typeof raw === 'object' && raw !== null ? raw : {});
    reportIssues(file, [index], result.error.issues, problems);
  });
  return { readable: true, entries, rejected };
}

/** The file's text, or undefined with a problem when it is too large to be a curated file. */
function readGraphFile(path: string, fileProblems: GraphProblem[]): string | undefined {
  const { size } = statSync(path);
  if (size > MAX_GRAPH_FILE_BYTES) {
    fileProblems.push({ file: display(path), line: 1, message: `is ${(size / 1e6).toFixed(1)} MB; graph files are at most ${MAX_GRAPH_FILE_BYTES / 1e6} MB: split it or remove what does not belong` });
    return undefined;
  }
  return readFileSync(path, 'utf8');
}

/** The `- id: …` lines of a file that does not parse: what it most likely defines. */
function idsWrittenIn(text: string): Record<string, unknown>[] {
  return [...text.matchAll(/^\s*-\s+id:\s*['"]?([\w-]+)/gm)].map((match) => ({ id: match[1] }));
}

function locatedEntry<T>(file: YamlFile, index: number, entry: T): Located<T> {
  return { entry, file: file.path, lineOf: (path) => file.lineOf([index, ...path]) };
}

/** Parses one tour file, which holds a single tour rather than a list; a tour that fails is reported and left out. */
function readTour(path: string, problems: GraphProblem[], fileProblems: GraphProblem[]): Located<TourEntry> | undefined {
  const text = readGraphFile(path, fileProblems);
  if (text === undefined) return undefined;
  const { file, problems: syntaxProblems } = parseYamlFile(display(path), text);
  fileProblems.push(...syntaxProblems);
  if (!file) return undefined;
  if (typeof file.data !== 'object' || file.data === null || Array.isArray(file.data)) {
    problems.push({ file: file.path, line: 1, message: 'expected one tour: a mapping with id, title, audience, summary and steps' });
    return undefined;
  }
  const result = tourFileSchema.safeParse(file.data);
  if (!result.success) {
    reportIssues(file, [], result.error.issues, problems);
    return undefined;
  }
  return { entry: result.data, file: file.path, lineOf: file.lineOf };
}

/** Schema issues as problems at their lines; `at` is where the checked value sits in the file. */
function reportIssues(file: YamlFile, at: readonly PropertyKey[], issues: readonly z.core.$ZodIssue[], problems: GraphProblem[]) {
  for (const issue of issues) {
    const path = [...at, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ file: file.path, line: file.lineOf([...path, key]), message: `unknown field '${key}'${describePath(issue.path)}` });
    } else {
      const field = issue.path.length > 0 ? `'${issue.path.join('.')}' ` : '';
      problems.push({ file: file.path, line: file.lineOf(path), message: `${field}${issue.message}` });
    }
  }
}

function withEntry<T, U>(located: Located<T>, entry: U): Located<U> {
  return { entry, file: located.file, lineOf: located.lineOf };
}

function describePath(path: readonly PropertyKey[]): string {
  return path.length > 0 ? ` in '${path.join('.')}'` : '';
}

function yamlFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort()
    .map((name) => join(dir, name));
}

function stem(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, '');
}

function display(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') ? path : shown;
}
