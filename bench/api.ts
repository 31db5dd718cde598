import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { missingTools, startLocalServer, stopProcess } from '../neo4j/local-server';
import { readConfig } from '../src/config';
import { graphVersion, loadGraph } from '../src/graph';
import { EmbeddedStore } from '../src/store/embedded/embedded-store';
import type { GraphStore } from '../src/store';
import { createNeo4jStore, type Neo4jConfig } from '../src/store/neo4j/neo4j-store';
import { seedNeo4j } from '../src/store/neo4j/seed';
import { freePort } from '../scripts/free-port';
import { startApi } from './api-server';

/**
 * npm run bench:api — both stores side by side. For each store it starts `npm run api` on a
 * free port and drives it with autocannon for each operation, then calls the same operation
 * on the store in-process; it prints both with their ratio, then Neo4j against embedded.
 * Neo4j is the one NEO4J_URI names (seeded with graph/ already), or else a local server this
 * bench starts, seeds and stops (needs java and mvn).
 */
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
/** Calls before measuring, so Neo4j has planned each statement and both JITs have warmed up. */
const WARM_UP_CALLS = 20;

interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  direct: (store: GraphStore) => Promise<unknown>;
}

const operations: Operation[] = [
  {
    name: 'neighborhood depth 2',
    query: 'query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2) { nodes { id name kind } edges { id type evidence { quote } } } }',
    variables: { ids: ['muscle-strain'] },
    direct: (store) => store.neighborhood(['muscle-strain'], { depth: 2 }),
  },
  {
    name: 'paths (≤ 4 hops)',
    query: 'query { paths(from: "heavy-lifting", to: "back-spasm", maxHops: 4) { hops edges { id evidence { quote } } } }',
    variables: {},
    direct: (store) => store.paths('heavy-lifting', 'back-spasm', { maxHops: 4, limit: 10 }),
  },
  {
    name: 'relations of back-spasm',
    query: 'query { concept(id: "back-spasm") { relations { id type evidence { quote } } } }',
    variables: {},
    direct: (store) => store.getRelations(['back-spasm']),
  },
  {
    name: 'search "spasm"',
    query: 'query { search(text: "spasm", first: 20) { match concept { id name } } }',
    variables: {},
    direct: (store) => store.search('spasm', { limit: 20 }),
  },
];

async function overHttp(url: string, operation: Operation) {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${operation.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { perSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

async function inProcess(store: GraphStore, operation: Operation) {
  const timings: number[] = [];
  const end = performance.now() + DURATION_SECONDS * 1000;
  while (performance.now() < end) {
    const start = performance.now();
    await operation.direct(store);
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!;
  return { perSecond: timings.length / DURATION_SECONDS, p50: at(0.5), p99: at(0.99) };
}

type Figures = Awaited<ReturnType<typeof inProcess>>;
interface Measured {
  http: Figures;
  direct: Figures;
}

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const rate = (value: number) => `${Math.round(value).toLocaleString('en-US')}/s`;
const times = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : value.toFixed(0)}×` : '—');

async function warmUp(url: string, store: GraphStore, operation: Operation) {
  const body = JSON.stringify({ query: operation.query, variables: operation.variables });
  for (let call = 0; call < WARM_UP_CALLS; call++) {
    await operation.direct(store);
    await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text();
  }
}

/**
 * Every operation in-process, then over HTTP (through `npm run api`), on one store. In that
 * order, requests autocannon leaves queued at the end cannot slow the in-process figures.
 */
async function measure(store: GraphStore, storeEnv: Record<string, string>): Promise<Measured[]> {
  const port = await freePort();
  const api = await startApi(port, storeEnv);
  const url = `http://127.0.0.1:${port}/api/graphql`;
  const results: Measured[] = [];
  try {
    for (const operation of operations) {
      await warmUp(url, store, operation);
      const direct = await inProcess(store, operation);
      results.push({ direct, http: await overHttp(url, operation) });
    }
  } finally {
    api.kill('SIGTERM');
  }
  return results;
}

function printTable(title: string, header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

function printStore(name: string, results: Measured[]) {
  printTable(
    `${name} store`,
    ['operation', 'HTTP req/s', 'HTTP p50', 'HTTP p99', 'store ops/s', 'store p50', 'store p99', 'store/HTTP'],
    results.map(({ http, direct }, i) => [operations[i]!.name, rate(http.perSecond), ms(http.p50), ms(http.p99), rate(direct.perSecond), ms(direct.p50), ms(direct.p99), times(direct.perSecond / http.perSecond)]),
  );
}

/**
 * The Neo4j to measure: NEO4J_URI's (it must already hold graph/), or a local server on a free
 * port, seeded here and stopped at the end. Undefined, with the reason printed, when neither.
 */
async function neo4jUnderTest(graph: ReturnType<typeof loadGraph>): Promise<{ config: Neo4jConfig; stop: () => Promise<void> } | undefined> {
  if (process.env.NEO4J_URI) {
    const config = readConfig({ ...process.env, STORE: 'neo4j' });
    if (config.store !== 'neo4j') throw new Error('unreachable: STORE is neo4j');
    return { config: config.neo4j, stop: async () => {} };
  }
  const missing = missingTools();
  if (missing) {
    console.log(`Neo4j not measured: NEO4J_URI is not set and the local server cannot start (${missing}).`);
    return undefined;
  }
  const home = mkdtempSync(join(tmpdir(), 'spasm-atlas-bench-neo4j-'));
  const password = 'bench-only-password';
  const server = await startLocalServer({ home, port: 0, password, stopWithThisProcess: true });
  console.log(`Started Neo4j ${server.version} at ${server.uri} for the bench in ${(server.startMillis / 1000).toFixed(1)} s.`);
  const config = { uri: server.uri, user: 'neo4j', password, database: 'neo4j' };
  await seedNeo4j(config, graph);
  return {
    config,
    stop: async () => {
      await stopProcess(server.pid);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

async function main() {
  const graph = loadGraph('graph');
  console.log(`bench:api — ${CONNECTIONS} connections, ${DURATION_SECONDS}s per operation, graph/ (Node ${process.version})`);
  const embedded = await measure(new EmbeddedStore(graph), { STORE: 'embedded' });
  printStore('embedded', embedded);

  const neo4j = await neo4jUnderTest(graph);
  if (!neo4j) return;
  try {
    const store = await createNeo4jStore(neo4j.config);
    const { version } = await store.stats();
    if (version !== graphVersion(graph)) throw new Error(`Neo4j at ${neo4j.config.uri} holds graph version ${version}, not graph/'s ${graphVersion(graph)}: run npm run seed first.`);
    const { uri, user, password, database } = neo4j.config;
    const measured = await measure(store, { STORE: 'neo4j', NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database }).finally(() => store.close());
    printStore(`neo4j (${uri})`, measured);
    printTable(
      'neo4j against embedded (embedded ÷ neo4j for req/s; neo4j ÷ embedded for latency)',
      ['operation', 'HTTP req/s', 'HTTP p50', 'HTTP p99', 'store ops/s', 'store p50', 'store p99'],
      measured.map((n, i) => {
        const e = embedded[i]!;
        return [
          operations[i]!.name,
          times(e.http.perSecond / n.http.perSecond),
          times(n.http.p50 / e.http.p50),
          times(n.http.p99 / e.http.p99),
          times(e.direct.perSecond / n.direct.perSecond),
          times(n.direct.p50 / e.direct.p50),
          times(n.direct.p99 / e.direct.p99),
        ];
      }),
    );
  } finally {
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
