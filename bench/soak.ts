import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { freePort } from '../scripts/free-port';
import { startApi } from './api-server';

/**
 * npm run bench:soak — a class's worth of mixed load held for a minute: neighbourhoods, paths,
 * search and poll votes from CONNECTIONS connections, while SUBSCRIBERS students follow the poll
 * over server-sent events. Prints requests per second, errors (transport, non-2xx and GraphQL
 * errors in a 200), p99 latency, and the server's resident memory at the start, middle and end:
 * the goal is no errors and memory flat within 20%.
 */
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
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

function residentMegabytes(process: ChildProcess): number {
  const status = readFileSync(`/proc/${process.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

async function main() {
  const port = await freePort();
  const api = await startApi(port);
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

    const rss: { at: string; mb: number }[] = [];
    await new Promise((resolve) => setTimeout(resolve, 1000));
    rss.push({ at: 'start', mb: residentMegabytes(api) });
    const middle = setTimeout(() => rss.push({ at: 'middle', mb: residentMegabytes(api) }), (DURATION_SECONDS * 1000) / 2);
    const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, requests });
    clearTimeout(middle);
    rss.push({ at: 'end', mb: residentMegabytes(api) });
    stop.abort();
    await Promise.all(subscribers);

    const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors + events.failures;
    const growth = rss.at(-1)!.mb / rss[0]!.mb - 1;
    console.log(`bench:soak — ${DURATION_SECONDS}s, ${CONNECTIONS} connections (neighbourhood, paths, search, vote in turn) + ${SUBSCRIBERS} SSE subscribers, npm run api over graph/ (Node ${process.version})`);
    console.log(`requests   ${result.requests.total.toLocaleString('en-US')} (${Math.round(result.requests.average).toLocaleString('en-US')} req/s)`);
    console.log(`errors     ${errors} (transport ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, GraphQL ${graphqlErrors}, subscriptions ${events.failures})`);
    console.log(`latency    p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`SSE events ${events.count.toLocaleString('en-US')} delivered to ${SUBSCRIBERS} subscribers`);
    console.log(`RSS        ${rss.map((sample) => `${sample.at} ${sample.mb.toFixed(0)} MB`).join(', ')}; end/start ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}% (goal within ±20%)`);
  } finally {
    stop.abort();
    api.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
