import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CAUSAL_RELATION_TYPES, CONCEPT_KIND_NAMES, CONCEPT_KINDS, RELATION_TYPES, RELATION_TYPE_NAMES, relationId, type ConceptKind, type RelationType } from '../src/domain';
import { loadGraph } from '../src/graph';

/**
 * Writes a synthetic graph of about `size` concepts in the graph/ format, shaped like the
 * real one: causes → mechanisms → symptoms, treatments acting on symptoms and mechanisms,
 * all within two relations of the hub symptom `s-0`, so one map view holds all of it.
 */
export function writeSyntheticGraph(size: number): string {
  const dir = mkdtempSync(join(tmpdir(), `spasm-synthetic-${size}-`));
  mkdirSync(join(dir, 'concepts'));
  mkdirSync(join(dir, 'relations'));
  const count = { causes: Math.round(size * 0.4), mechanisms: Math.round(size * 0.3), symptoms: Math.round(size * 0.1), treatments: 0 };
  count.treatments = size - count.causes - count.mechanisms - count.symptoms;
  const concepts = (prefix: string, label: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, name: `${label} ${i}`, description: `Synthetic ${label.toLowerCase()} number ${i}.` }));
  const link = (from: string, to: string) => ({ from, to, evidence: [{ source: 'synthetic.txt', quote: 'A synthetic statement.' }] });

  writeFileSync(join(dir, 'sources.yaml'), stringify([{ id: 'synthetic.txt', title: 'Synthetic source', kind: 'benchmark fixture', reliability: 'Generated.' }]));
  writeFileSync(join(dir, 'concepts', 'causes.yaml'), stringify(concepts('c', 'Cause', count.causes)));
  writeFileSync(join(dir, 'concepts', 'mechanisms.yaml'), stringify(concepts('m', 'Mechanism', count.mechanisms)));
  writeFileSync(join(dir, 'concepts', 'symptoms.yaml'), stringify(concepts('s', 'Symptom', count.symptoms)));
  writeFileSync(join(dir, 'concepts', 'treatments.yaml'), stringify(concepts('t', 'Treatment', count.treatments)));

  const causes = Array.from({ length: count.causes }, (_, i) => link(`c-${i}`, `m-${i % count.mechanisms}`));
  const leadsTo = [
    ...Array.from({ length: count.mechanisms }, (_, i) => link(`m-${i}`, 's-0')),
    ...Array.from({ length: count.symptoms - 1 }, (_, i) => link(`m-${i % count.mechanisms}`, `s-${i + 1}`)),
  ];
  const relieves = Array.from({ length: count.treatments }, (_, i) => link(`t-${i}`, 's-0'));
  const targets = Array.from({ length: count.treatments }, (_, i) => link(`t-${i}`, `m-${(i * 7) % count.mechanisms}`));
  const relations: Partial<Record<RelationType, unknown[]>> = { CAUSES: causes, LEADS_TO: leadsTo, RELIEVES: relieves, TARGETS: targets };
  // every relation type has its file, an empty list where the synthetic graph has none: the loader refuses a missing one
  for (const type of RELATION_TYPE_NAMES) writeFileSync(join(dir, 'relations', `${RELATION_TYPES[type].file}.yaml`), stringify(relations[type] ?? []));
  return dir;
}

/** What a bench asks of a scaled graph: texts to search, concepts to centre on, pairs joined by a causal path. */
export interface ScaledGraphSamples {
  readonly search: string[];
  readonly focus: string[];
  readonly paths: [from: string, to: string][];
}

export interface ScaledGraph {
  readonly dir: string;
  readonly concepts: number;
  readonly relations: number;
  readonly samples: ScaledGraphSamples;
}

/** Shares of the added concepts by kind: roughly the real graph's mix, with few regions and red flags. */
const KIND_SHARES: Record<ConceptKind, number> = { Cause: 0.2, Mechanism: 0.2, Symptom: 0.15, Condition: 0.17, Treatment: 0.18, Diagnostic: 0.05, RedFlag: 0.02, BodyRegion: 0.03 };

/** Entries per written file: far below the 1 MB cap, so several files per kind and type at any size. */
const ENTRIES_PER_FILE = 2_000;

/** Clinical words that the made-up words sit beside, so searches meet names shaped like real ones. */
const CLINICAL_WORDS = ['strain', 'spasm', 'pain', 'stiffness', 'lumbar', 'thoracic', 'nerve', 'disc', 'cramp', 'tension', 'posture', 'injury', 'fatigue', 'therapy', 'stretch'];

/**
 * The real graph (`graphDir`) plus `added` synthetic concepts and about 2.5 relations per added
 * concept, written in the split format (concepts/<kind>/synthetic-<n>.yaml,
 * relations/<type>/synthetic-<n>.yaml). Every added relation cites a real quote of the real graph,
 * so a check with the source documents passes. Names are made-up words (thousands of distinct
 * terms, as a large vocabulary has) beside clinical ones. Relations join random concepts, real
 * ones included, of the kinds each type allows; the same `added` always gives the same graph.
 */
export function writeScaledGraph(graphDir: string, added: number, samples = 200): ScaledGraph {
  const real = loadGraph(graphDir);
  const dir = mkdtempSync(join(tmpdir(), `spasm-scaled-${added}-`));
  cpSync(graphDir, dir, { recursive: true });
  const random = seededRandom(added);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const evidence = real.relations.find((relation) => relation.evidence[0]!.kind === 'statement')!.evidence[0]!;

  const vocabulary = madeUpWords(Math.max(200, Math.ceil(Math.sqrt(added)) * 4));
  const byKind = new Map<ConceptKind, string[]>(CONCEPT_KIND_NAMES.map((kind) => [kind, real.concepts.filter((c) => c.kind === kind).map((c) => c.id)]));
  const names = new Map<string, string>(real.concepts.map((c) => [c.id, c.name]));
  const written = { concepts: 0, relations: 0 };
  let start = 0;
  for (const kind of CONCEPT_KIND_NAMES) {
    const count = kind === CONCEPT_KIND_NAMES.at(-1) ? added - start : Math.round(added * KIND_SHARES[kind]);
    const entries: string[] = [];
    for (let i = start; i < start + count; i++) {
      const id = `synthetic-${i}`;
      const first = vocabulary[i % vocabulary.length]!;
      const second = vocabulary[Math.floor(i / vocabulary.length) % vocabulary.length]!;
      const name = `${capitalise(first)} ${second} ${CLINICAL_WORDS[i % CLINICAL_WORDS.length]}`;
      names.set(id, name);
      byKind.get(kind)!.push(id);
      const synonyms = i % 3 === 0 ? `\n  synonyms: [${JSON.stringify(`${second} ${first}`)}]` : '';
      entries.push(`- id: ${id}\n  name: ${JSON.stringify(name)}${synonyms}\n  description: ${JSON.stringify(`A synthetic ${kind} for measuring scale.`)}\n`);
    }
    written.concepts += writeParts(join(dir, 'concepts', CONCEPT_KINDS[kind].file), entries);
    start += count;
  }

  const relations = new Map<RelationType, string[]>(RELATION_TYPE_NAMES.map((type) => [type, []]));
  const seen = new Set(real.relations.map((relation) => relation.id));
  const causalOut = new Map<string, string[]>();
  for (const relation of real.relations) if (CAUSAL_RELATION_TYPES.includes(relation.type)) causalOut.set(relation.from, [...(causalOut.get(relation.from) ?? []), relation.to]);
  const quote = `    - source: ${JSON.stringify(evidence.source)}\n      quote: ${JSON.stringify(evidence.quote)}\n`;
  for (const kind of CONCEPT_KIND_NAMES) {
    const types = RELATION_TYPE_NAMES.filter((type) => (RELATION_TYPES[type].from as readonly ConceptKind[]).includes(kind));
    for (const from of byKind.get(kind)!.filter((id) => id.startsWith('synthetic-'))) {
      const wanted = 2 + (Number(from.slice('synthetic-'.length)) % 2);
      for (let tries = 0, made = 0; made < wanted && tries < wanted * 4; tries++) {
        // places sparingly: a region every concept points at would be a hub no real graph has
        const type = pick(types.length > 1 && random() < 0.85 ? types.filter((t) => t !== 'AFFECTS') : types);
        const to = pick(byKind.get(pick(RELATION_TYPES[type].to as readonly ConceptKind[]))!);
        const id = relationId(from, type, to);
        if (to === undefined || to === from || seen.has(id)) continue;
        seen.add(id);
        made++;
        relations.get(type)!.push(`- from: ${from}\n  to: ${to}\n  evidence:\n${quote}`);
        if (CAUSAL_RELATION_TYPES.includes(type)) causalOut.set(from, [...(causalOut.get(from) ?? []), to]);
      }
    }
  }
  for (const [type, entries] of relations) written.relations += writeParts(join(dir, 'relations', RELATION_TYPES[type].file), entries);

  const synthetic = [...names.keys()].filter((id) => id.startsWith('synthetic-'));
  const distinct = <T>(make: () => T | undefined, key: (item: T) => string): T[] => {
    const found = new Map<string, T>();
    for (let tries = 0; found.size < samples && tries < samples * 50; tries++) {
      const item = make();
      if (item !== undefined) found.set(key(item), item);
    }
    return [...found.values()];
  };
  return {
    dir,
    concepts: real.concepts.length + written.concepts,
    relations: real.relations.length + written.relations,
    samples: {
      // as typed: a whole name, the start of one, two words in another order, a word with a typo
      search: distinct(() => {
        const words = names.get(pick(synthetic))!.toLowerCase().split(' ');
        const style = Math.floor(random() * 4);
        if (style === 0) return words.join(' ');
        if (style === 1) return `${words[0]} ${words[1]!.slice(0, 3 + Math.floor(random() * 3))}`;
        if (style === 2) return `${words[2]} ${words[0]}`;
        return `${words[0]!.slice(0, 2)}${words[0]!.slice(3)} ${words[1]}`;
      }, (text) => text),
      focus: distinct(() => pick(synthetic), (id) => id),
      // walk two to four causal hops from a cause, so a path is known to exist
      paths: distinct(
        () => {
          const from = pick(byKind.get('Cause')!);
          let at = from;
          const hops = 2 + Math.floor(random() * 3);
          for (let hop = 0; hop < hops; hop++) {
            const next = causalOut.get(at);
            if (!next) break;
            at = pick(next);
          }
          return at === from ? undefined : ([from, at] as [string, string]);
        },
        ([from, to]) => `${from}>${to}`,
      ),
    },
  };
}

/** Writes entries into <folder>/synthetic-<n>.yaml files; how many entries were written. */
function writeParts(folder: string, entries: readonly string[]): number {
  if (entries.length === 0) return 0;
  mkdirSync(folder, { recursive: true });
  for (let part = 0; part * ENTRIES_PER_FILE < entries.length; part++) {
    writeFileSync(join(folder, `synthetic-${part + 1}.yaml`), entries.slice(part * ENTRIES_PER_FILE, (part + 1) * ENTRIES_PER_FILE).join(''));
  }
  return entries.length;
}

/**
 * Pronounceable made-up words of five to nine letters, distinct, the same for the same count:
 * random enough that few lie within a typo of each other, as in a real vocabulary (words built
 * from a few syllables would make every fuzzy lookup match hundreds).
 */
function madeUpWords(count: number): string[] {
  const random = seededRandom(count);
  const consonants = 'bcdfghjklmnprstvz';
  const vowels = 'aeiou';
  const words = new Set<string>();
  while (words.size < count) {
    const length = 5 + Math.floor(random() * 5);
    let word = '';
    for (let i = 0; i < length; i++) {
      const letters = i % 2 === 0 ? consonants : vowels;
      word += letters[Math.floor(random() * letters.length)];
    }
    words.add(word);
  }
  return [...words];
}

function capitalise(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** mulberry32: the same seed gives the same sequence in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
