import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { freePort } from '../scripts/free-port';
import { startApi } from './api-server';

/**
 * npm run bench:soak — a class's worth of mixed load held for a minute: neighbourhoods, paths,
 * search and poll votes from CONNECTIONS connections, while SUBSCRIBERS students follow the poll
 * over server-sent events. Prints requests per second, errors (transport, non-2xx and GraphQL
 * errors in a 200), p99 latency, and the server's resident memory and heap after a full garbage
 * collection at the start, middle and end: the goal is no errors and memory flat within 20%.
 * The start is taken after WARMUP_SECONDS of the same load, once the code is compiled and the
 * caches filled: what is measured is how memory holds up, not how a cold process fills up.
 */
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const WARMUP_SECONDS = 10;
const CONNECTIONS = 10;
const SUBSCRIBERS = 30;
const CLASS_SIZE = 300;
const TOUR = 'heavy-lifting-to-sciatica';

const POLL_FIELDS = 'code total counts { choice { id } votes }';

async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A poll on the tour's first question, as a presenter would start it. */
async function startPoll(url: string) {
  const { tour } = await graphql<{ tour: { steps: { index: number; question: { prompt: string } | null }[] } }>(url, `query($id: ID!) { tour(id: $id) { steps { index question { prompt } } } }`, { id: TOUR });
  const step = tour.steps.find((s) => s.question)!.index;
  const { startPoll: started } = await graphql<{ startPoll: { poll: { code: string; choices: { id: string }[] } } }>(
    url,
    `mutation($tourId: ID!, $step: Int!) { startPoll(tourId: $tourId, step: $step) { poll { code choices { id } } } }`,
    { tourId: TOUR, step },
  );
  const { code, choices } = started.poll;
  return { code, choices: choices.map((c) => c.id), voters: await joinClass(url, code) };
}

/** The class joins before the load starts: each student holds the voter token the server issued. */
async function joinClass(url: string, code: string): Promise<string[]> {
  const joins = Array.from({ length: CLASS_SIZE }, () =>
    graphql<{ joinPoll: { voterToken: string } }>(url, `mutation($code: String!) { joinPoll(code: $code) { voterToken } }`, { code }),
  );
  return (await Promise.all(joins)).map(({ joinPoll }) => joinPoll.voterToken);
}

/** A student following the poll: a server-sent event stream read until the run ends, counting events. */
function subscribe(url: string, code: string, signal: AbortSignal, events: { count: number; failures: number }) {
  const query = encodeURIComponent(`subscription($code: String!) { pollUpdated(code: $code) { ${POLL_FIELDS} } }`);
  const variables = encodeURIComponent(JSON.stringify({ code }));
  return fetch(`${url}?query=${query}&variables=${variables}`, { headers: { accept: 'text/event-stream' }, signal })
    .then(async (response) => {
      if (!response.ok || !response.body) throw new Error(`subscription answered ${response.status}`);
      const decoder = new TextDecoder();
      const reader = response.body.getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) events.count += (decoder.decode(read.value).match(/^event: next$/gm) ?? []).length;
    })
    .catch((error: Error) => {
      if (error.name !== 'AbortError') events.failures++;
    });
}

interface MemorySample {
  readonly at: string;
  readonly rssMb: number;
  readonly heapAfterGcMb: number;
}

/** The server's resident memory as the system sees it, then its heap still in use after a full collection. */
async function sampleMemory(server: ChildProcess, at: string): Promise<MemorySample> {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const rssMb = Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
  const heapUsed = await new Promise<number>((resolve) => {
    server.once('message', (answer) => resolve((answer as { heapUsed: number }).heapUsed));
    server.send('heap after gc');
  });
  return { at, rssMb, heapAfterGcMb: heapUsed / 1024 / 1024 };
}

function change(samples: readonly MemorySample[], of: (sample: MemorySample) => number): string {
  const growth = of(samples.at(-1)!) / of(samples[0]!) - 1;
  return `end/start ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%`;
}

async function main() {
  const port = await freePort();
  const api = await startApi(port, undefined, { heapProbe: true });
  const url = `http://127.0.0.1:${port}/api/graphql`;
  const stop = new AbortController();
  try {
    const poll = await startPoll(url);
    const events = { count: 0, failures: 0 };
    const subscribers = Array.from({ length: SUBSCRIBERS }, () => subscribe(url, poll.code, stop.signal, events));
    const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
    let graphqlErrors = 0;
    const countErrors = (_status: number, responseBody: string) => {
      if (responseBody.includes('"errors"')) graphqlErrors++;
    };
    const headers = { 'content-type': 'application/json' };
    const requests: autocannon.Request[] = [
      { method: 'POST' as const, headers, body: body('query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 2) { nodes { id name kind } edges { id type from { id } to { id } } } }', { ids: ['muscle-strain'] }), onResponse: countErrors },
      { method: 'POST' as const, headers, body: body('{ paths(from: "heavy-lifting", to: "back-spasm", maxHops: 4, first: 5) { hops summary edges { id evidence { quote } } } }'), onResponse: countErrors },
      { method: 'POST' as const, headers, body: body('query($t: String!) { search(text: $t, first: 10) { matchedText concept { id name kind } } }', { t: 'spasm' }), onResponse: countErrors },
      {
        method: 'POST' as const,
        headers,
        // each vote from one of a class's students, for one of the offered choices
        setupRequest: (request: autocannon.Request) => ({
          ...request,
          body: body(`mutation($code: String!, $voter: String!, $choice: ID!) { vote(code: $code, voter: $voter, choice: $choice) { total } }`, {
            code: poll.code,
            voter: poll.voters[Math.floor(Math.random() * poll.voters.length)],
            choice: poll.choices[Math.floor(Math.random() * poll.choices.length)],
          }),
        }),
        onResponse: countErrors,
      },
    ];

    const warmup = await autocannon({ url, connections: CONNECTIONS, duration: WARMUP_SECONDS, requests });
    const samples = [await sampleMemory(api, 'start')];
    let middle: Promise<MemorySample> | undefined;
    const midway = setTimeout(() => (middle = sampleMemory(api, 'middle')), (DURATION_SECONDS * 1000) / 2);
    const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, requests });
    clearTimeout(midway);
    if (middle) samples.push(await middle);
    samples.push(await sampleMemory(api, 'end'));
    stop.abort();
    await Promise.all(subscribers);

    const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors + events.failures;
    console.log(
      `bench:soak — ${DURATION_SECONDS}s after ${WARMUP_SECONDS}s of warm-up (${warmup.requests.total.toLocaleString('en-US')} requests), ${CONNECTIONS} connections (neighbourhood, paths, search, vote in turn) + ${SUBSCRIBERS} SSE subscribers, npm run api over graph/ (Node ${process.version})`,
    );
    console.log(`requests   ${result.requests.total.toLocaleString('en-US')} (${Math.round(result.requests.average).toLocaleString('en-US')} req/s)`);
    console.log(`errors     ${errors} (transport ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${graphqlErrors}, subscriptions ${events.failures})`);
    console.log(`latency    p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`SSE events ${events.count.toLocaleString('en-US')} delivered to ${SUBSCRIBERS} subscribers`);
    console.log(`RSS        ${samples.map((sample) => `${sample.at} ${sample.rssMb.toFixed(0)} MB`).join(', ')}; ${change(samples, (sample) => sample.rssMb)} (goal within ±20%)`);
    console.log(`heap (GC)  ${samples.map((sample) => `${sample.at} ${sample.heapAfterGcMb.toFixed(0)} MB`).join(', ')}; ${change(samples, (sample) => sample.heapAfterGcMb)} (live data: growth here is a leak)`);
  } finally {
    stop.abort();
    api.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
