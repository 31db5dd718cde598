import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { missingTools, startLocalServer, stopProcess } from '../neo4j/local-server';
import { readConfig } from '../src/config';
import { CONCEPT_ID_PATTERN, type KnowledgeGraph } from '../src/domain';
import { graphVersion, loadGraph } from '../src/graph';
import { answerAtDoor, type DoorRequest } from '../src/graphql/http/cache-front-door';
import { createGraphQLEntry, createGraphQLServer } from '../src/graphql/http/yoga';
import { API_PATH } from '../src/graphql/http/api-path';
import { MemoryPollStorage } from '../src/polls/memory/memory-poll-storage';
import { PollRules } from '../src/polls/poll-rules';
import { EmbeddedStore } from '../src/store/embedded/embedded-store';
import { CASE_MAX_HOPS } from '../src/store/rank-explanations';
import type { GraphStore } from '../src/store';
import { createNeo4jStore, type Neo4jConfig } from '../src/store/neo4j/neo4j-store';
import { seedNeo4j } from '../src/store/neo4j/seed';
import { freePort } from '../scripts/free-port';
import { startApi, startRawServer } from './api-server';

/**
 * npm run bench:api — the API beside what this machine can serve at all, on both stores.
 *
 * For each operation, with variables varied across the graph (focus concepts, pairs, words):
 * - raw: plain node:http (bench/raw-server.ts) answering a body of the operation's mean size;
 * - cached: the API (`npm run api`) answering the same varied requests again, from its response cache;
 * - cold: the same, each request made distinct by an unused variable, so every one is computed;
 * - store: the store operation in-process, and the GraphQL layer in-process over the same store,
 *   uncached, no socket, from the request's body to the answer's bytes: as `npm run api` answers
 *   it (the front door runs a document yoga has already run by its compiled function), and as
 *   yoga alone does (every document's first request). Their ratio to the store call is what
 *   GraphQL adds to it. An answer is checked for errors by its first bytes: errors come first.
 * - JSON alone: writing the same answers' JSON and UTF-8 bytes from objects already in memory,
 *   the part of the GraphQL figure any HTTP API over this store would pay.
 * Neo4j is the one NEO4J_URI names (seeded with graph/ already), or else a local server this
 * bench starts, seeds and stops (needs java and mvn).
 */
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
/**
 * Rounds of calls before measuring, so Neo4j has planned each statement and V8 has compiled the
 * hot code. A Neo4j this bench has just started keeps getting faster for a few hundred calls
 * while its JVM compiles: BENCH_WARM_UP_ROUNDS=60 measures it at its steady speed.
 */
const WARM_UP_ROUNDS = Number(process.env.BENCH_WARM_UP_ROUNDS ?? 3);

interface Operation {
  name: string;
  query: string;
  /** The variables of successive calls, cycled through. */
  variables: Record<string, unknown>[];
  /** The store calls the query's resolvers make, in order: the store call GraphQL wraps. */
  direct: (store: GraphStore, variables: Record<string, unknown>) => Promise<unknown>;
  /** The share of raw node:http this operation should reach, where the issue sets one. */
  goalOfRaw?: number;
  /** The p50 one uncached request through GraphQL should stay within, where the issue sets one. */
  goalP50Ms?: number;
}

/** Three-finding cases as a teacher would type them (see tests/graphql/source-cases.ts). */
const CASES = [
  ['back spasm', 'pain down the leg', 'lifted a heavy box'],
  ['upper back spasm', 'hunched over a laptop', 'back stiffness'],
  ['back spasm', 'fever', 'weight loss'],
  ['lower back spasm', 'kidney stones', 'back pain'],
  ['sciatica', 'herniated disc', 'back spasm'],
  ['back spasm', 'dehydrated', 'muscle cramp'],
];

/** Goal: GraphQL at most this many times the store call it wraps, on the uncached path. */
const LAYER_GOAL = 3;

function operationsFor(graph: KnowledgeGraph, pairs: { from: string; to: string }[]): Operation[] {
  const ids = graph.concepts.map((concept) => concept.id).sort();
  const words = [...new Set(graph.concepts.flatMap((concept) => concept.name.toLowerCase().split(/\W+/)).filter((word) => word.length >= 4))].sort();
  return [
    {
      name: 'neighborhood depth 2',
      query: 'query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2) { nodes { id name kind } edges { id type evidence { quote } } } }',
      variables: ids.map((id) => ({ ids: [id] })),
      direct: (store, { ids }) => store.neighborhood(ids as string[], { depth: 2 }),
      goalOfRaw: 0.25,
    },
    {
      name: 'paths (≤ 4 hops)',
      query: 'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) { hops edges { id evidence { quote } } } }',
      variables: pairs,
      // the resolver finds both ends first (one batched lookup), so an unknown one is named in the error
      direct: async (store, { from, to }) => {
        await store.getConcepts([from as string, to as string]);
        return store.paths(from as string, to as string, { maxHops: 4, limit: 3 });
      },
      goalOfRaw: 0.2,
    },
    {
      name: 'case (3 findings)',
      query:
        'query($findings: [String!]!) { caseAnalysis(findings: $findings) { findings { understoodAs } explanations(first: 5) { concept { id name } covers { id } strength paths { summary steps { relation { id evidence { quote } } } } } redFlags { redFlag { id name } reason relations { evidence { quote } } } } }',
      variables: CASES.map((findings) => ({ findings })),
      // as the resolver: each text that could be an id looked up as one while all are searched; what leads to the findings; the red flags suggesting them
      direct: async (store, { findings }) => {
        const texts = findings as string[];
        const [byId, hits] = await Promise.all([
          store.getConcepts(texts.filter((text) => CONCEPT_ID_PATTERN.test(text))),
          Promise.all(texts.map((text) => store.search(text, { limit: 1 }))),
        ]);
        const known = new Set(byId.flatMap((concept) => concept?.id ?? []));
        const ids = texts.flatMap((text, i) => (known.has(text) ? text : hits[i]!.slice(0, 1).map((hit) => hit.concept.id)));
        return Promise.all([store.causalUpstream(ids, { maxHops: CASE_MAX_HOPS }), store.getRelations(ids, { types: ['SUGGESTS'] })]);
      },
      goalP50Ms: 20,
    },
    {
      name: 'relations of a concept',
      query: 'query($id: ID!) { concept(id: $id) { relations { id type evidence { quote } } } }',
      variables: ids.map((id) => ({ id })),
      direct: async (store, { id }) => {
        await store.getConcepts([id as string]);
        return store.getRelations([id as string]);
      },
    },
    {
      name: 'search',
      query: 'query($text: String!) { search(text: $text, first: 20) { match concept { id name } } }',
      variables: words.map((text) => ({ text })),
      direct: (store, { text }) => store.search(text as string, { limit: 20 }),
    },
  ];
}

/** Cause → outcome pairs joined by at least one causal path, for the paths operation. */
async function causalPairs(store: GraphStore, graph: KnowledgeGraph) {
  const starts = graph.concepts.filter((concept) => concept.kind === 'Cause').map((concept) => concept.id);
  const ends = graph.concepts.filter((concept) => concept.kind === 'Symptom' || concept.kind === 'Condition').map((concept) => concept.id);
  const pairs: { from: string; to: string }[] = [];
  for (const from of starts) for (const to of ends) if ((await store.paths(from, to, { maxHops: 4, limit: 1 })).length > 0) pairs.push({ from, to });
  return pairs;
}

/** Cycles through a list, forever. */
function cycle<T>(items: readonly T[]): () => T {
  let next = 0;
  return () => items[next++ % items.length]!;
}

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
}

/** autocannon POSTing the bodies `body` gives, one per request. */
async function drive(url: string, body: () => string, what: string): Promise<Figures> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (request) => ({ ...request, body: body() }) }],
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${what}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { perSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** A call made over and over for the bench's duration, one at a time. */
async function sequential(call: () => Promise<unknown>): Promise<Figures> {
  const timings: number[] = [];
  const end = performance.now() + DURATION_SECONDS * 1000;
  while (performance.now() < end) {
    const start = performance.now();
    await call();
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!;
  return { perSecond: timings.length / DURATION_SECONDS, p50: at(0.5), p99: at(0.99) };
}

interface Measured {
  bodyBytes: number;
  raw: Figures;
  cached: Figures;
  cold: Figures;
  store: Figures;
  layer: Figures;
  yogaOnly: Figures;
  /** Writing the same answers' JSON and UTF-8 bytes, and nothing else. */
  serialising: Figures;
}

const requestBody = (operation: Operation, variables: Record<string, unknown>) => JSON.stringify({ query: operation.query, variables });

/** Every request distinct, through a variable the operation does not declare (GraphQL ignores it), so the response cache never answers. */
function coldBodies(operation: Operation) {
  const next = cycle(operation.variables);
  let request = 0;
  return () => requestBody(operation, { ...next(), coldRequest: request++ });
}

const DATA_FIRST = Buffer.from('{"data":');

/** Checks an answer has data and no errors without parsing it, so the check costs next to nothing. */
function answeredWithData(body: Buffer) {
  if (!body.subarray(0, DATA_FIRST.length).equals(DATA_FIRST)) throw new Error(`the API answered ${body.toString().slice(0, 300)}`);
}

async function answered(response: Response): Promise<string> {
  const text = await response.text();
  if (!response.ok || (JSON.parse(text) as { errors?: unknown }).errors) throw new Error(`the API answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

/** One store: the API and raw node:http as child processes, then each operation every way. */
async function measure(store: GraphStore, storeEnv: Record<string, string>, operations: Operation[]): Promise<Measured[]> {
  const [apiPort, rawPort] = [await freePort(), await freePort()];
  const api = await startApi(apiPort, storeEnv);
  const raw = await startRawServer(rawPort);
  const url = `http://127.0.0.1:${apiPort}${API_PATH}`;
  const polls = new PollRules(new MemoryPollStorage());
  const entry = createGraphQLEntry({ store, polls });
  const yogaOnly = createGraphQLServer({ store, polls });
  const headers = (body: string): Record<string, string> => ({ 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
  const request = (body: string) => new Request(`http://localhost${API_PATH}`, { method: 'POST', headers: headers(body), body });
  const asked = (body: string): DoorRequest => ({ method: 'POST', path: API_PATH, search: '', header: (name) => headers(body)[name], client: '127.0.0.1' });
  const results: Measured[] = [];
  try {
    for (const operation of operations) {
      let bytes = 0;
      const answers: unknown[] = [];
      for (let round = 0; round < WARM_UP_ROUNDS; round++) {
        for (const variables of operation.variables) {
          const body = await answered(await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: requestBody(operation, variables) }));
          if (round === 0) {
            bytes += Buffer.byteLength(body);
            answers.push(JSON.parse(body));
          }
          await operation.direct(store, variables);
        }
      }
      const bodyBytes = Math.round(bytes / operation.variables.length);
      const nextVariables = cycle(operation.variables);
      const storeFigures = await sequential(() => operation.direct(store, nextVariables()));
      const nextAnswer = cycle(answers);
      const utf8 = new TextEncoder();
      const serialising = await sequential(async () => utf8.encode(JSON.stringify(nextAnswer())));
      const nextCold = coldBodies(operation);
      // the document's first request, which yoga answers, vets it and shows the door its headers
      await answered(await answerAtDoor(entry.frontDoor, request(nextCold()), entry.yoga.fetch));
      const layer = await sequential(async () => {
        const body = nextCold();
        const answer = await entry.frontDoor.answer(asked(body), body);
        if (!answer) throw new Error(`${operation.name}: the front door did not answer ${body}`);
        answeredWithData(answer.body);
      });
      const yogaFigures = await sequential(async () => {
        const response = await yogaOnly.fetch(request(nextCold()));
        answeredWithData(Buffer.from(await response.arrayBuffer()));
      });
      const rawFigures = await drive(`http://127.0.0.1:${rawPort}/${bodyBytes}`, () => '{"query":"{ raw }"}', 'raw node:http');
      const cachedBody = cycle(operation.variables.map((variables) => requestBody(operation, variables)));
      const cached = await drive(url, cachedBody, `${operation.name} (cached)`);
      const cold = await drive(url, coldBodies(operation), `${operation.name} (cold)`);
      results.push({ bodyBytes, raw: rawFigures, cached, cold, store: storeFigures, layer, yogaOnly: yogaFigures, serialising });
    }
  } finally {
    api.kill('SIGTERM');
    raw.kill('SIGTERM');
  }
  return results;
}

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const rate = (value: number) => `${Math.round(value).toLocaleString('en-US')}/s`;
const times = (value: number) =>
  !Number.isFinite(value) ? '—' : value < 0.01 ? '< 0.01×' : `${value < 1 ? value.toFixed(2) : value < 10 ? value.toFixed(1) : value.toFixed(0)}×`;
const percent = (value: number) => `${(value * 100).toFixed(value < 0.1 ? 1 : 0)}%`;
const kB = (bytes: number) => (bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} kB`);
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

function printTable(title: string, header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

function printStore(name: string, operations: Operation[], results: Measured[]) {
  printTable(
    `${name} store — over HTTP (${CONNECTIONS} connections), beside raw node:http answering the same number of bytes`,
    ['operation', 'variants', 'body', 'raw', 'cached', 'of raw', 'cold', 'of raw', 'cold p50', 'cold p99'],
    results.map((m, i) => [
      operations[i]!.name,
      String(operations[i]!.variables.length),
      kB(m.bodyBytes),
      rate(m.raw.perSecond),
      rate(m.cached.perSecond),
      percent(m.cached.perSecond / m.raw.perSecond),
      rate(m.cold.perSecond),
      percent(m.cold.perSecond / m.raw.perSecond),
      ms(m.cold.p50),
      ms(m.cold.p99),
    ]),
  );
  printTable(
    `${name} store — in-process, uncached, no socket: the store call; the same through GraphQL as the server answers it (front door, then yoga); and through yoga alone`,
    ['operation', 'store', 'store p50', 'GraphQL', 'GraphQL p50', 'GraphQL ÷ store', 'yoga alone', 'yoga p50', 'yoga ÷ store', 'JSON alone', 'JSON ÷ store'],
    results.map((m, i) => [
      operations[i]!.name,
      rate(m.store.perSecond),
      ms(m.store.p50),
      rate(m.layer.perSecond),
      ms(m.layer.p50),
      times(m.store.perSecond / m.layer.perSecond),
      rate(m.yogaOnly.perSecond),
      ms(m.yogaOnly.p50),
      times(m.store.perSecond / m.yogaOnly.perSecond),
      rate(m.serialising.perSecond),
      times(m.store.perSecond / m.serialising.perSecond),
    ]),
  );
  console.log('\nGoals');
  results.forEach((m, i) => {
    const { name, goalOfRaw } = operations[i]!;
    if (goalOfRaw !== undefined) {
      console.log(
        `  ${name}: ≥ ${percent(goalOfRaw)} of raw with the same ${kB(m.bodyBytes)} body — cached ${percent(m.cached.perSecond / m.raw.perSecond)} ${verdict(m.cached.perSecond / m.raw.perSecond >= goalOfRaw)}, cold ${percent(m.cold.perSecond / m.raw.perSecond)} ${verdict(m.cold.perSecond / m.raw.perSecond >= goalOfRaw)}`,
      );
    }
    const { goalP50Ms } = operations[i]!;
    if (goalP50Ms !== undefined) {
      console.log(`  ${name}: p50 ≤ ${goalP50Ms} ms through GraphQL, uncached, one at a time — ${ms(m.layer.p50)} ${verdict(m.layer.p50 <= goalP50Ms)} (over HTTP, cold, ${CONNECTIONS} connections: ${ms(m.cold.p50)})`);
    }
    const layer = m.store.perSecond / m.layer.perSecond;
    console.log(`  ${name}: GraphQL ≤ ${LAYER_GOAL}× the store call, uncached — ${times(layer)} ${verdict(layer <= LAYER_GOAL)}`);
  });
}

/**
 * The Neo4j to measure: NEO4J_URI's (it must already hold graph/), or a local server on a free
 * port, seeded here and stopped at the end. Undefined, with the reason printed, when neither.
 */
async function neo4jUnderTest(graph: KnowledgeGraph): Promise<{ config: Neo4jConfig; stop: () => Promise<void> } | undefined> {
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
  const embeddedStore = new EmbeddedStore(graph);
  const only = process.env.BENCH_STORE;
  // BENCH_ONLY=case measures only the operations whose name holds that word
  const operations = operationsFor(graph, await causalPairs(embeddedStore, graph)).filter((operation) => !process.env.BENCH_ONLY || operation.name.includes(process.env.BENCH_ONLY));
  console.log(`bench:api — ${CONNECTIONS} connections, ${DURATION_SECONDS}s per measurement, graph/ (Node ${process.version})`);
  if (only !== 'neo4j') printStore('embedded', operations, await measure(embeddedStore, { STORE: 'embedded' }, operations));
  if (only === 'embedded') return;

  const neo4j = await neo4jUnderTest(graph);
  if (!neo4j) return;
  try {
    const store = await createNeo4jStore(neo4j.config);
    const { version } = await store.stats();
    if (version !== graphVersion(graph)) throw new Error(`Neo4j at ${neo4j.config.uri} holds graph version ${version}, not graph/'s ${graphVersion(graph)}: run npm run seed first.`);
    const { uri, user, password, database } = neo4j.config;
    const env = { STORE: 'neo4j', NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database };
    printStore(`neo4j (${uri})`, operations, await measure(store, env, operations).finally(() => store.close()));
  } finally {
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
