import { startRedis, type RedisProcess } from '../tests/polls/redis-process';
import { eventsOf } from '../tests/graphql/event-stream';
import { startApi, type ApiProcess } from '../tests/scripts/api-process';

/**
 * npm run bench:polls — a lecture hall. 300 students join a poll, vote and change their votes
 * at random moments within 60 s (BENCH_SECONDS), while the presenter's event stream is open.
 * Run against the memory adapter on one instance, then against Redis on two instances sharing
 * one redis-server (students spread over both; the presenter on the first). Prints votes/s,
 * the latency from a vote's answer to the presenter's stream showing it (p50/p99) and errors.
 */
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 300);
const WINDOW_MS = Number(process.env.BENCH_SECONDS ?? 60) * 1000;
/** Each student votes once, then changes their mind up to this many times. */
const MAX_CHANGES = 2;
const GRAPH = { STORE: 'embedded', GRAPH_DIR: 'graph' };
const CHOICE_FIELDS = 'code version total';

type Body = { data?: Record<string, any> | null; errors?: { message: string }[] };

async function gql(api: ApiProcess, query: string, variables: Record<string, unknown> = {}): Promise<Body> {
  const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as Body;
}

interface Result {
  votes: number;
  joins: number;
  seconds: number;
  latencies: number[];
  errors: string[];
  counted: number;
}

async function lecture(instances: ApiProcess[]): Promise<Result> {
  const [presenter] = instances as [ApiProcess];
  const started = await gql(presenter, `mutation { startPoll(tourId: "heavy-lifting-to-sciatica", step: 1) { poll { code choices { id } } } }`);
  const { code, choices } = started.data!.startPoll.poll as { code: string; choices: { id: string }[] };

  // The presenter's screen: when did each version first show there?
  const shown = new Map<number, number>();
  let highest = 0;
  const stream = await fetch(presenter.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: `subscription($code: String!) { pollUpdated(code: $code) { ${CHOICE_FIELDS} } }`, variables: { code } }),
  });
  const events = eventsOf(stream);
  await events.next();
  const watching = (async () => {
    for (;;) {
      const event = await events.next().catch(() => null);
      if (!event || event.event !== 'next') return;
      const version = event.data!.data.pollUpdated.version as number;
      const now = performance.now();
      for (let v = highest + 1; v <= version; v++) shown.set(v, now);
      highest = Math.max(highest, version);
    }
  })();

  const sent = new Map<number, number>();
  const errors: string[] = [];
  let votes = 0;
  let joins = 0;
  const begin = performance.now();
  const at = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, begin + ms - performance.now())));
  const student = async (index: number) => {
    const api = instances[index % instances.length]!;
    const moments = Array.from({ length: 2 + Math.floor(Math.random() * (MAX_CHANGES + 1)) }, () => Math.random() * WINDOW_MS).sort((a, b) => a - b);
    await at(moments[0]!);
    const joined = await gql(api, `mutation($code: String!) { joinPoll(code: $code) { voterToken } }`, { code });
    if (joined.errors) return void errors.push(joined.errors[0]!.message);
    joins += 1;
    for (const moment of moments.slice(1)) {
      await at(moment);
      const choice = choices[Math.floor(Math.random() * choices.length)]!.id;
      const before = performance.now();
      const voted = await gql(api, `mutation($code: String!, $voter: String!, $choice: ID!) { vote(code: $code, voter: $voter, choice: $choice) { ${CHOICE_FIELDS} } }`, {
        code,
        voter: joined.data!.joinPoll.voterToken,
        choice,
      });
      if (voted.errors) {
        errors.push(voted.errors[0]!.message);
        continue;
      }
      votes += 1;
      sent.set(voted.data!.vote.version as number, before);
    }
  };
  await Promise.all(Array.from({ length: STUDENTS }, (_, index) => student(index).catch((error: Error) => void errors.push(error.message))));
  const seconds = (performance.now() - begin) / 1000;

  // Let the last updates reach the presenter, then leave.
  const last = Math.max(0, ...sent.keys());
  for (let wait = 0; wait < 50 && highest < last; wait++) await new Promise((resolve) => setTimeout(resolve, 100));
  await events.stop();
  await watching;

  const latencies = [...sent].flatMap(([version, before]) => (shown.has(version) ? [shown.get(version)! - before] : []));
  for (let missing = sent.size - latencies.length; missing > 0; missing--) errors.push('a vote never reached the presenter’s stream');
  const counted = (await gql(presenter, `query($code: String!) { poll(code: $code) { total } }`, { code })).data!.poll.total as number;
  return { votes, joins, seconds, latencies: latencies.sort((a, b) => a - b), errors, counted };
}

function percentile(sorted: number[], p: number): string {
  if (sorted.length === 0) return '–';
  return `${sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1)} ms`;
}

function report(name: string, result: Result) {
  const distinct = new Map<string, number>();
  for (const error of result.errors) distinct.set(error, (distinct.get(error) ?? 0) + 1);
  console.log(`\n${name}`);
  console.log(`  students joined     ${result.joins} of ${STUDENTS}; counted at the end ${result.counted}`);
  console.log(`  votes               ${result.votes} in ${result.seconds.toFixed(1)} s = ${(result.votes / result.seconds).toFixed(1)} votes/s`);
  console.log(`  vote → presenter    p50 ${percentile(result.latencies, 50)}, p99 ${percentile(result.latencies, 99)}, max ${percentile(result.latencies, 100)}`);
  console.log(`  errors              ${result.errors.length}`);
  for (const [message, count] of distinct) console.log(`    ${count} × ${message}`);
  return result;
}

async function main() {
  console.log(`bench:polls — ${STUDENTS} students join, vote and change votes (1–${MAX_CHANGES} times) within ${WINDOW_MS / 1000} s, presenter's stream open`);

  const memory = await startApi(GRAPH);
  const one = await lecture([memory]).finally(() => memory.stop());
  report('memory adapter, one instance', one);

  let redis: RedisProcess | undefined;
  const instances: ApiProcess[] = [];
  try {
    redis = await startRedis();
    instances.push(...(await Promise.all([startApi({ ...GRAPH, REDIS_URL: redis.url }), startApi({ ...GRAPH, REDIS_URL: redis.url })])));
    const two = await lecture(instances);
    report('Redis adapter, two instances, one redis-server (students alternate between the instances)', two);
    const p50 = (r: Result) => r.latencies[Math.floor(r.latencies.length / 2)] ?? NaN;
    console.log(`\nRedis on two instances / memory on one: votes/s ×${(two.votes / two.seconds / (one.votes / one.seconds)).toFixed(2)}, p50 latency ×${(p50(two) / p50(one)).toFixed(2)}`);
  } finally {
    await Promise.all(instances.map((api) => api.stop()));
    await redis?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
