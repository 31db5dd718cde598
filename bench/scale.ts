import { spawn } from 'node:child_process';
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { missingTools, startLocalServer, stopProcess } from '../neo4j/local-server';
import { API_PATH } from '../src/graphql/http/api-path';
import { freePort } from '../scripts/free-port';
import { writeScaledGraph, type ScaledGraph } from './synthetic-graph';

/**
 * npm run bench:scale [-- --sizes 1000,10000,100000 --stores embedded,neo4j --samples 200 --keep]
 *
 * The real graph plus N synthetic concepts (bench/synthetic-graph.ts, split format, ~2.5
 * relations per concept, every quote real), served by `npm run api` on each store:
 * - ready: from starting `npm run api` until it listens (the embedded store loads and checks
 *   graph/ in that time), and the CPU time it used meanwhile, steadier on a busy machine; for
 *   Neo4j also `npm run seed`'s time, from start to exit;
 * - RSS: the API process once ready, its peak after the requests, and Neo4j's own;
 * - cold p50/p95 over HTTP, one request at a time, every request distinct (no answer comes from
 *   the response cache): search, the depth-2 neighbourhood, and causal paths of up to 4 hops.
 * Then how each figure grows with N, as a ratio to the smallest N. --keep leaves the written
 * graphs in place (their folders are printed), e.g. for `npm run bench:ui -- --graph <folder>`.
 */
const { values: args } = parseArgs({ options: { sizes: { type: 'string' }, stores: { type: 'string' }, samples: { type: 'string' }, keep: { type: 'boolean', default: false } }, strict: true });
const SIZES = (args.sizes ?? '1000,10000,100000').split(',').map(Number);
const STORES = (args.stores ?? 'embedded,neo4j').split(',');
const SAMPLES = Number(args.samples ?? 200);

const GOALS_MS = { search: 10, neighborhood: 20, paths: 50 } as const;

const OPERATIONS = {
  search: 'query($text: String!) { search(text: $text, first: 20) { match concept { id name } } }',
  neighborhood: 'query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2) { nodes { id name kind } edges { id type evidence { quote } } } }',
  paths: 'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) { hops edges { id evidence { quote } } } }',
} as const;
type OperationName = keyof typeof OPERATIONS;

interface Row {
  store: string;
  added: number;
  concepts: number;
  relations: number;
  seedSeconds?: number;
  readySeconds: number;
  readyCpuSeconds: number;
  readyRssMb: number;
  peakRssMb: number;
  neo4jRssMb?: number;
  /** The first search once ready: on Neo4j it reads the search catalogue (the API warms it while starting). */
  firstSearchMs: number;
  latency: Record<OperationName, { p50: number; p95: number; found: number }>;
}

function variablesFor(name: OperationName, samples: ScaledGraph['samples']): Record<string, unknown>[] {
  if (name === 'search') return samples.search.map((text) => ({ text }));
  if (name === 'neighborhood') return samples.focus.map((id) => ({ ids: [id] }));
  return samples.paths.map(([from, to]) => ({ from, to }));
}

/** How many items an answer holds, so a table of fast empty answers cannot pass for a result. */
function countFound(name: OperationName, data: Record<string, unknown[] | { nodes: unknown[] }>): number {
  if (name === 'neighborhood') return (data.neighborhood as { nodes: unknown[] }).nodes.length;
  return (data[name] as unknown[]).length;
}

/** CPU seconds a process has used (user and system): on a shared, busy machine, a steadier figure than wall time. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  // utime and stime are the 12th and 13th fields after the command, in clock ticks (100 a second on Linux)
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

/** Runs a TypeScript script to its end; seconds from start to exit. */
async function runScript(script: string, env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`${script} exited with ${code}`);
  return (performance.now() - started) / 1000;
}

/** Starts `npm run api` with this environment; resolves once it listens, with the seconds that took. */
async function startApi(env: Record<string, string>) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/api.ts'], { env: { ...process.env, PORT: String(port), ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('GraphQL API on') && resolve());
    child.on('exit', (code) => reject(new Error(`npm run api exited with ${code}`)));
  });
  const readySeconds = (performance.now() - started) / 1000;
  const readyCpuSeconds = cpuSeconds(child.pid!);
  const stop = async () => {
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return { url: `http://127.0.0.1:${port}${API_PATH}`, pid: child.pid!, readySeconds, readyCpuSeconds, stop };
}

async function post(url: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Record<string, never>; errors?: { message: string }[] };
  if (body.errors) throw new Error(`${body.errors[0]!.message} (variables ${JSON.stringify(variables)})`);
  return body.data!;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/** Each sample once, one at a time: none has been asked before, so none is answered from a cache. */
async function measure(url: string, graph: ScaledGraph): Promise<Pick<Row, 'latency' | 'firstSearchMs'>> {
  // one request per operation first, with variables no sample uses, so each document is parsed and
  // planned; Neo4j's first search reads the whole catalogue, which may outlast the API's time budget
  // on a busy machine, so that one is asked until the catalogue is in
  const firstStarted = performance.now();
  for (let tries = 1; ; tries++) {
    const warm = await post(url, OPERATIONS.search, { text: `warm up ${tries}` }).catch((error: Error) => error);
    if (!(warm instanceof Error)) break;
    if (tries === 5) throw warm;
  }
  const firstSearchMs = performance.now() - firstStarted;
  await post(url, OPERATIONS.neighborhood, { ids: ['warm-up'] });
  await post(url, OPERATIONS.paths, { from: 'warm-up', to: 'warm-down' }).catch(() => undefined);
  const latency = {} as Row['latency'];
  for (const name of Object.keys(OPERATIONS) as OperationName[]) {
    const times: number[] = [];
    let found = 0;
    for (const variables of variablesFor(name, graph.samples)) {
      const started = performance.now();
      const data = await post(url, OPERATIONS[name], variables);
      times.push(performance.now() - started);
      found += countFound(name, data);
    }
    times.sort((a, b) => a - b);
    latency[name] = { p50: percentile(times, 0.5), p95: percentile(times, 0.95), found: found / times.length };
  }
  return { latency, firstSearchMs };
}

async function embeddedRow(added: number, graph: ScaledGraph): Promise<Row> {
  const api = await startApi({ STORE: 'embedded', GRAPH_DIR: graph.dir });
  try {
    const readyRssMb = memoryMb(api.pid, 'VmRSS');
    const measured = await measure(api.url, graph);
    return { store: 'embedded', added, concepts: graph.concepts, relations: graph.relations, readySeconds: api.readySeconds, readyCpuSeconds: api.readyCpuSeconds, readyRssMb, peakRssMb: memoryMb(api.pid, 'VmHWM'), ...measured };
  } finally {
    await api.stop();
  }
}

async function neo4jRow(added: number, graph: ScaledGraph, server: { uri: string; pid: number; password: string }): Promise<Row> {
  const env = { STORE: 'neo4j', GRAPH_DIR: graph.dir, NEO4J_URI: server.uri, NEO4J_PASSWORD: server.password };
  const seedSeconds = await runScript('scripts/seed.ts', env);
  const api = await startApi(env);
  try {
    const readyRssMb = memoryMb(api.pid, 'VmRSS');
    const measured = await measure(api.url, graph);
    return {
      store: 'neo4j',
      added,
      concepts: graph.concepts,
      relations: graph.relations,
      seedSeconds,
      readySeconds: api.readySeconds,
      readyCpuSeconds: api.readyCpuSeconds,
      readyRssMb,
      peakRssMb: memoryMb(api.pid, 'VmHWM'),
      neo4jRssMb: memoryMb(server.pid, 'VmRSS'),
      ...measured,
    };
  } finally {
    await api.stop();
  }
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const ratio = (value: number, base: number) => `×${(value / base).toFixed(1)}`;

function printTable(rows: readonly Row[]) {
  console.log('\n| store | added | concepts | relations | seed | ready (CPU) | RSS ready / peak | first search | search p50 / p95 | neighbourhood p50 / p95 | paths p50 / p95 |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    const rss = `${row.readyRssMb} / ${row.peakRssMb} MB${row.neo4jRssMb ? ` (+ Neo4j ${row.neo4jRssMb} MB)` : ''}`;
    const cell = (name: OperationName) => `${ms(row.latency[name].p50)} / ${ms(row.latency[name].p95)} ms`;
    console.log(
      `| ${row.store} | ${row.added.toLocaleString('en')} | ${row.concepts.toLocaleString('en')} | ${row.relations.toLocaleString('en')} | ${row.seedSeconds === undefined ? '–' : `${row.seedSeconds.toFixed(1)} s`} | ${row.readySeconds.toFixed(1)} s (${row.readyCpuSeconds.toFixed(1)} s) | ${rss} | ${ms(row.firstSearchMs)} ms | ${cell('search')} | ${cell('neighborhood')} | ${cell('paths')} |`,
    );
  }
  console.log('\nAnswers held on average (so fast answers are not empty ones):');
  for (const row of rows) console.log(`  ${row.store} +${row.added}: search ${row.latency.search.found.toFixed(1)} hits, neighbourhood ${row.latency.neighborhood.found.toFixed(1)} concepts, paths ${row.latency.paths.found.toFixed(1)} paths`);
  console.log(`\nGrowth with N (each figure over the same store's at N = ${Math.min(...rows.map((r) => r.added)).toLocaleString('en')}):`);
  for (const store of new Set(rows.map((row) => row.store))) {
    const own = rows.filter((row) => row.store === store);
    const [base] = own;
    for (const row of own.slice(1)) {
      const parts = [
        ...(row.seedSeconds !== undefined ? [`seed ${ratio(row.seedSeconds, base!.seedSeconds!)}`] : []),
        `ready ${ratio(row.readySeconds, base!.readySeconds)} (CPU ${ratio(row.readyCpuSeconds, base!.readyCpuSeconds)})`,
        `peak RSS ${ratio(row.peakRssMb, base!.peakRssMb)}`,
        ...(Object.keys(OPERATIONS) as OperationName[]).map((name) => `${name} p50 ${ratio(row.latency[name].p50, base!.latency[name].p50)}`),
      ];
      console.log(`  ${store} ×${(row.added / base!.added).toFixed(0)} concepts added: ${parts.join(', ')}`);
    }
  }
  console.log('\nGoals at 100,000 added (cold p50): search ≤ 10 ms, neighbourhood ≤ 20 ms, paths ≤ 50 ms; embedded ready ≤ 30 s in ≤ 2 GB, Neo4j seeded ≤ 3 min.');
  for (const row of rows.filter((r) => r.added === 100_000)) {
    const misses = (Object.keys(GOALS_MS) as OperationName[]).filter((name) => row.latency[name].p50 > GOALS_MS[name]).map((name) => `${name} p50 ${ms(row.latency[name].p50)} ms`);
    if (row.store === 'embedded' && row.readySeconds > 30) misses.push(`ready ${row.readySeconds.toFixed(1)} s`);
    if (row.store === 'embedded' && row.peakRssMb > 2048) misses.push(`peak RSS ${row.peakRssMb} MB`);
    if (row.seedSeconds !== undefined && row.seedSeconds > 180) misses.push(`seed ${row.seedSeconds.toFixed(0)} s`);
    console.log(`  ${row.store}: ${misses.length === 0 ? 'every goal met' : `missed: ${misses.join(', ')}`}`);
  }
}

async function main() {
  console.log(`Load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} at the start: figures are wall-clock, so a busy machine inflates them.`);
  console.log(`bench:scale on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB memory (${(freemem() / 2 ** 30).toFixed(0)} GB free), Node ${process.version}; sizes ${SIZES.join(', ')}; ${SAMPLES} samples per operation.`);
  const rows: Row[] = [];
  let neo4j: { uri: string; pid: number; password: string; home: string } | undefined;
  if (STORES.includes('neo4j')) {
    const missing = missingTools();
    if (missing) console.log(`Neo4j not measured: the local server cannot start (${missing}).`);
    else {
      const home = mkdtempSync(join(tmpdir(), 'spasm-atlas-bench-scale-neo4j-'));
      const password = 'bench-scale';
      const server = await startLocalServer({ home, port: 0, password, stopWithThisProcess: true }).catch((error: unknown) => {
        rmSync(home, { recursive: true, force: true });
        throw error;
      });
      console.log(`Neo4j ${server.version} at ${server.uri}, up in ${(server.startMillis / 1000).toFixed(1)} s (heap ${process.env.NEO4J_HEAP ?? '512m'}).`);
      neo4j = { uri: server.uri, pid: server.pid, password, home };
    }
  }
  try {
    for (const added of SIZES) {
      const started = performance.now();
      const graph = writeScaledGraph('graph', added, SAMPLES);
      console.log(`+${added.toLocaleString('en')}: ${graph.concepts.toLocaleString('en')} concepts, ${graph.relations.toLocaleString('en')} relations written to ${graph.dir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      try {
        if (STORES.includes('embedded')) rows.push(await embeddedRow(added, graph));
        if (neo4j) rows.push(await neo4jRow(added, graph, neo4j));
      } finally {
        if (args.keep) console.log(`Kept ${graph.dir}.`);
        else rmSync(graph.dir, { recursive: true, force: true });
      }
    }
  } finally {
    if (neo4j) {
      await stopProcess(neo4j.pid);
      rmSync(neo4j.home, { recursive: true, force: true });
    }
  }
  printTable(rows.sort((a, b) => a.store.localeCompare(b.store) || a.added - b.added));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
