import { LRUCache } from 'lru-cache';
import { clientAddress } from './client-address';
import type { CompiledQueries } from './compiled-queries';
import type { GraphQLContext, QueryRun } from '../context';
import { fitsIn } from './execution-guards';
import type { GraphQLParams, ResponseCache } from './response-cache';

/** The parts of an HTTP request the front door reads, whichever server received it. */
export interface DoorRequest {
  readonly method: string;
  /** The URL's path, and its query string without the '?'. */
  readonly path: string;
  readonly search: string;
  /** A header's value by its lower-case name. */
  header(name: string): string | null | undefined;
  /** The client's network address (see clientAddress). */
  readonly client: string;
}

/** An answer given at the door: always a 200 with a kept answer's JSON. */
export interface DoorAnswer {
  readonly status: 200;
  readonly headers: Record<string, string>;
  /** The answer's JSON in UTF-8. */
  readonly body: Buffer;
}

/**
 * Request shapes remembered, the least recently used dropped first. Accept and Origin are the
 * client's to choose, so their combinations are bounded; a browser sends one or two.
 */
const MAX_SHAPES = 256;

/**
 * How the door computes an answer yoga has not kept: documents yoga vetted, compiled, run over
 * a context of their own.
 */
export interface DoorExecution {
  readonly queries: CompiledQueries;
  /** A request's context; its store refuses every call once the run is abandoned. */
  readonly context: (client: string, run: QueryRun) => GraphQLContext;
  /**
   * Milliseconds the door waits for a compiled query before handing the request to yoga, which
   * runs it under the full time budget and says so when that is spent: far above what any query
   * of the app takes, far below the budget, so a slow query costs little more than it would.
   */
  readonly handOverAfterMs: number;
  readonly maxResponseBytes: number;
}

/**
 * Answers a query before yoga's per-request pipeline (its Request and Response objects, plugin
 * hooks and awaits) starts: in `npm run api`'s node:http listener and in Next's route handler.
 * A repeated query is answered from the ResponseCache; a query whose document yoga has run and
 * kept before, with other variables, is run here by its compiled function (CompiledQueries) and
 * its answer kept as yoga would keep it. Anything else, and any answer with an error, over the
 * size cap or slower than `handOverAfterMs`, is yoga's: errors are always yoga's to word.
 *
 * A request is answered here only when yoga has already answered one of the same shape (method,
 * path, Content-Type, Accept, Origin) from the cache with a 200 JSON answer, and with the headers
 * yoga gave that answer (security headers, CORS, negotiated content type, Cache-Control) and the
 * answer's own ETag. So everything yoga refuses by those headers (a POST that is not JSON, an
 * Accept it cannot serve, another endpoint) never reaches the cache, a mutation, subscription,
 * poll or error is never kept to be found, and the body limit is checked here as yoga does.
 * A request with If-None-Match goes to yoga, whose plugin answers 304.
 */
export class CacheFrontDoor {
  private readonly shapes = new LRUCache<string, Record<string, string>>({ max: MAX_SHAPES });

  constructor(
    private readonly cache: ResponseCache,
    private readonly maxRequestBytes: number,
    private readonly execution?: DoorExecution,
  ) {}

  /** Whether this request may be answered here, so a POST's body is worth reading first. */
  admits(request: DoorRequest): boolean {
    if (request.header('if-none-match') != null) return false;
    if (request.method === 'GET') return request.search !== '';
    if (request.method !== 'POST') return false;
    // a body without a declared length (chunked) is yoga's to read and limit as it streams
    const length = Number(request.header('content-length') ?? NaN);
    return Number.isInteger(length) && length <= this.maxRequestBytes;
  }

  /** The answer to an admitted request, kept or computed here, or undefined when yoga has to answer it. */
  async answer(request: DoorRequest, body: string | undefined): Promise<DoorAnswer | undefined> {
    const headers = this.shapes.get(shapeOf(request));
    if (!headers) return undefined;
    const params = request.method === 'GET' ? paramsOfSearch(request.search) : paramsOfBody(body);
    if (!params) return undefined;
    const found = await this.cache.lookUp(params);
    if (!found) return undefined;
    let answer = found.answer;
    if (answer === undefined) {
      const json = await this.computed(params, request.client);
      if (json === undefined) return undefined;
      answer = this.cache.keep(found.key, json);
    }
    return { status: 200, headers: { ...headers, etag: `"${found.key}"` }, body: answer.bytes() };
  }

  /** The JSON of a vetted document's answer to these parameters, or undefined for yoga to answer. */
  private async computed(params: GraphQLParams, client: string): Promise<string | undefined> {
    const compiled = this.execution?.queries.compiledFor(params);
    if (!this.execution || !compiled) return undefined;
    const { context, handOverAfterMs, maxResponseBytes } = this.execution;
    const run = { abandoned: false };
    let timer: NodeJS.Timeout | undefined;
    const handOver = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => {
        run.abandoned = true;
        resolve(undefined);
      }, handOverAfterMs);
    });
    try {
      const result = await Promise.race([compiled.query(undefined, context(client, run), params.variables ?? {}), handOver]);
      if (!result?.data || result.errors?.length) return undefined;
      const json = compiled.stringify(result);
      return fitsIn(json, maxResponseBytes) ? json : undefined;
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Learns the headers yoga gives an admitted request of this shape when its answer is kept. */
  learn(request: DoorRequest, response: Response): void {
    if (response.status !== 200 || !response.headers.has('etag')) return;
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith('application/json') && !type.startsWith('application/graphql-response+json')) return;
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (name !== 'etag' && name !== 'content-length') headers[name] = value;
    });
    this.shapes.set(shapeOf(request), headers);
  }
}

function shapeOf(request: DoorRequest): string {
  const type = request.method === 'POST' ? request.header('content-type') : '';
  return JSON.stringify([request.method, request.path, type ?? null, request.header('accept') ?? null, request.header('origin') ?? null]);
}

function paramsOfSearch(search: string): GraphQLParams | undefined {
  const found = new URLSearchParams(search);
  const variables = found.get('variables');
  const parsedVariables = variables === null ? undefined : parsed(variables);
  if (parsedVariables === UNREADABLE) return undefined;
  return paramsOf({ query: found.get('query'), variables: parsedVariables, operationName: found.get('operationName') });
}

function paramsOfBody(body: string | undefined): GraphQLParams | undefined {
  const value = body === undefined ? UNREADABLE : parsed(body);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? paramsOf(value) : undefined;
}

/** The parameters as yoga reads them, or undefined for anything it would not run as they are. */
function paramsOf({ query, variables, operationName }: { query?: unknown; variables?: unknown; operationName?: unknown }): GraphQLParams | undefined {
  if (typeof query !== 'string') return undefined;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  if (operationName != null && typeof operationName !== 'string') return undefined;
  return { query, variables: variables as Record<string, unknown> | null | undefined, operationName };
}

const UNREADABLE = Symbol('not JSON');

function parsed(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return UNREADABLE;
  }
}

/** A Fetch API request (Next's route handlers) as the door reads it. */
export function doorRequestOf(request: Request): DoorRequest {
  const url = new URL(request.url);
  return { method: request.method, path: url.pathname, search: url.search.slice(1), header: (name) => request.headers.get(name), client: clientAddress(request, {}) };
}

/**
 * Answers a Fetch API request at the door when it can, and by `handle` (yoga) otherwise, from
 * which the door learns. A POST's body is read once, and its bytes handed on in a copy of the
 * request.
 */
export async function answerAtDoor(door: CacheFrontDoor, request: Request, handle: (request: Request) => Response | Promise<Response>): Promise<Response> {
  const asked = doorRequestOf(request);
  if (!door.admits(asked)) return handle(request);
  const body = request.method === 'POST' ? new Uint8Array(await request.arrayBuffer()) : undefined;
  const hit = await door.answer(asked, body && Buffer.from(body.buffer, body.byteOffset, body.length).toString());
  if (hit) return new Response(new Uint8Array(hit.body), { status: hit.status, headers: hit.headers });
  const answered = await handle(body === undefined ? request : new Request(request, { body }));
  door.learn(asked, answered);
  return answered;
}
