import autocannon from 'autocannon';
import { loadGraph } from '../src/graph';
import { EmbeddedStore } from '../src/store/embedded/embedded-store';
import type { GraphStore } from '../src/store';
import { freePort, startApi } from './api-server';

/**
 * npm run bench:api — the API's cost over the store's. Starts `npm run api` on a free port,
 * drives it with autocannon for each operation, then calls the same operation on the
 * embedded store in-process, and prints both with their ratio.
 */
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;

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

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const rate = (value: number) => `${Math.round(value).toLocaleString('en-US')}/s`;

async function main() {
  const port = await freePort();
  const api = await startApi(port);
  const url = `http://127.0.0.1:${port}/api/graphql`;
  const store = new EmbeddedStore(loadGraph('graph'));
  const rows: string[][] = [];
  try {
    for (const operation of operations) {
      const http = await overHttp(url, operation);
      const direct = await inProcess(store, operation);
      rows.push([operation.name, rate(http.perSecond), ms(http.p50), ms(http.p99), rate(direct.perSecond), ms(direct.p50), ms(direct.p99), `${(direct.perSecond / http.perSecond).toFixed(0)}×`]);
    }
  } finally {
    api.kill('SIGTERM');
  }
  const header = ['operation', 'HTTP req/s', 'HTTP p50', 'HTTP p99', 'store ops/s', 'store p50', 'store p99', 'store/HTTP'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`bench:api — ${CONNECTIONS} connections, ${DURATION_SECONDS}s per operation, embedded store over graph/ (Node ${process.version})`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
