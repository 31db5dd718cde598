import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { RELATION_TYPES, RELATION_TYPE_NAMES, type RelationType } from '../src/domain';

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
