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

  const conceptFiles = groupedFilesIn(join(dir, 'concepts'), problems);
  for (const { group, path } of conceptFiles) {
    const kind = kindForFile(group);
    if (!kind) continue;
    const read = readEntries(path, conceptEntrySchema, problems, fileProblems);
    for (const raw of read.rejected) if (typeof raw?.id === 'string') parsed.rejectedConceptIds.add(raw.id);
    parsed.concepts.push(...read.entries.map((located) => withEntry(located, { ...located.entry, kind })));
  }
  reportUnknownGroups(conceptFiles, (group) => kindForFile(group) !== undefined, 'concept kind', Object.values(CONCEPT_KINDS).map((k) => k.file), problems);

  const relationFiles = groupedFilesIn(join(dir, 'relations'), problems);
  for (const type of RELATION_TYPE_NAMES) {
    const { file } = RELATION_TYPES[type];
    if (!relationFiles.some(({ group }) => group === file)) {
      fileProblems.push({ file: display(join(dir, 'relations', `${file}.yaml`)), line: 1, message: `missing: the ${type} relations live here (or in files under relations/${file}/); restore the file (without it every ${type} relation is dropped)` });
    }
  }
  for (const { group, path } of relationFiles) {
    const type = relationTypeForFile(group);
    if (!type) continue;
    const read = readEntries(path, relationEntrySchema, problems, fileProblems);
    if (!read.readable) parsed.relationFilesUnreadable = true;
    for (const raw of read.rejected) {
      if (typeof raw.from === 'string' && typeof raw.to === 'string') parsed.rejectedRelationIds.add(relationId(raw.from, type, raw.to));
    }
    parsed.relations.push(...read.entries.map((located) => withEntry(located, { ...located.entry, type })));
  }
  reportUnknownGroups(relationFiles, (group) => relationTypeForFile(group) !== undefined, 'relation type', Object.values(RELATION_TYPES).map((t) => t.file), problems);

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
  // a refused file still names its ids, so references to them are not reported as unknown too
  if (text === undefined) return { readable: false, entries: [], rejected: idsWrittenIn(readFileSync(path, 'utf8')) };
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

/** One YAML file of a kind or relation type; `group` is the file's stem, or its folder's name for a file in a folder. */
interface GroupedFile {
  readonly group: string;
  readonly path: string;
  readonly inFolder: boolean;
}

/**
 * The files of concepts/ or relations/: `<name>.yaml` and every `<name>/*.yaml`, so a kind or
 * type too large for one file can be split into as many as it needs. Folders within those folders
 * are reported rather than silently skipped.
 */
function groupedFilesIn(dir: string, problems: GraphProblem[]): GroupedFile[] {
  if (!existsSync(dir)) return [];
  const files: GroupedFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      for (const inner of readdirSync(path, { withFileTypes: true })) {
        if (inner.isDirectory()) problems.push({ file: display(join(path, inner.name)), line: 1, message: `folders inside ${entry.name}/ are not read: move the files of ${inner.name}/ up into ${entry.name}/` });
      }
      files.push(...yamlFilesIn(path).map((inner) => ({ group: entry.name, path: inner, inFolder: true })));
    } else if (isYaml(entry.name)) {
      files.push({ group: stem(path), path, inFolder: false });
    }
  }
  // the kind's own file first, then its folder, so "first defined at" points where a reader looks first
  return files.sort((a, b) => (a.group === b.group ? Number(a.inFolder) - Number(b.inFolder) : a.group < b.group ? -1 : 1));
}

/** A file or folder whose name is no kind (or type) holds nothing the graph can use: say which names are. */
function reportUnknownGroups(files: readonly GroupedFile[], known: (group: string) => boolean, what: string, names: readonly string[], problems: GraphProblem[]) {
  for (const { group, path, inFolder } of files) {
    if (known(group)) continue;
    const where = inFolder ? `the folder '${group}/'` : `'${group}.yaml'`;
    problems.push({ file: display(path), line: 1, message: `no ${what} is stored in ${where}; use one of: ${names.map((name) => `${name}.yaml`).join(', ')} (or a folder of that name)` });
  }
}

function isYaml(name: string): boolean {
  return name.endsWith('.yaml') || name.endsWith('.yml');
}

function yamlFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(isYaml)
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
