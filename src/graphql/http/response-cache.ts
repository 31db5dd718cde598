import { createHash } from 'node:crypto';
import { getOperationAST, type DocumentNode, type GraphQLSchema, TypeInfo, visit, visitWithTypeInfo, BREAK } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { CompiledQueries } from './compiled-queries';
import type { SerialisedResult } from './execution-guards';
import { LRUCache } from 'lru-cache';

/**
 * Every answer about the graph is a pure function of (document, variables, graph version), so
 * the API keeps the answers it has computed, as the JSON it sent, and serves repeats without
 * running or serialising them again.
 */
export const RESPONSE_CACHE = {
  /**
   * Bytes of answers kept, the least recently used dropped first: a few hundred neighbourhoods
   * of the size the map asks for, and a flat ceiling on the heap however many distinct queries
   * arrive.
   */
  maxBytes: 32_000_000,
  /**
   * How long a browser or CDN may reuse an answer to a GET query without asking again; after
   * that it revalidates with If-None-Match and gets a 304 while the graph version is unchanged.
   * Short, because a deploy or a re-seed changes answers under the same URL.
   */
  httpMaxAgeSeconds: 60,
} as const;

/** What identifies an answer besides the graph version: the GraphQL request's parameters. */
export interface GraphQLParams {
  readonly query?: string;
  readonly variables?: Record<string, unknown> | null;
  readonly operationName?: string | null;
}

/**
 * The answers computed so far, keyed by (document, variables, operation name, graph version),
 * bounded by bytes and emptied when the store reports another graph version. One per server:
 * the yoga plugin (useGraphResponseCache) stores answers in it, and the front doors
 * (cache-front-door.ts) read it before yoga's pipeline starts.
 */
export class ResponseCache {
  /**
   * The JSON of each answer only: one string or buffer the garbage collector passes over, where
   * the answer's objects would be thousands it walks at every collection; the size it is
   * counted at.
   */
  private readonly answers: LRUCache<string, KeptAnswer>;
  private cachedVersion: string | undefined;

  constructor(
    private readonly graphVersion: () => Promise<string>,
    readonly limits: { maxBytes: number; httpMaxAgeSeconds: number } = RESPONSE_CACHE,
  ) {
    this.answers = new LRUCache<string, KeptAnswer>({ maxSize: limits.maxBytes, sizeCalculation: (answer) => Math.max(1, answer.size) });
  }

  /**
   * The key of these parameters under the graph version served now, and the answer kept for it
   * if any; undefined when the version cannot be read (then nothing is cached: the store's own
   * error says what is wrong when the query runs).
   */
  async lookUp(params: GraphQLParams): Promise<{ key: string; answer: KeptAnswer | undefined } | undefined> {
    let version: string;
    try {
      version = await this.graphVersion();
    } catch {
      return undefined;
    }
    if (version !== this.cachedVersion) {
      this.answers.clear();
      this.cachedVersion = version;
    }
    const key = createHash('sha256')
      .update(JSON.stringify([version, params.query ?? '', params.variables ?? {}, params.operationName ?? null]))
      .digest('base64url');
    return { key, answer: this.answers.get(key) };
  }

  keep(key: string, json: string): KeptAnswer {
    const answer = new KeptAnswer(json);
    this.answers.set(key, answer);
    return answer;
  }

  /** Whether an answer is kept under this key (an ETag's value). */
  holds(key: string): boolean {
    return this.answers.has(key);
  }
}

const UTF8 = new TextEncoder();

/**
 * A string's UTF-8 bytes, in a buffer of their own. Node 20's TextEncoder encodes a long two-byte
 * string about twice as fast as Buffer.from (61 kB: 0.05 ms against 0.12 ms here), and a short
 * string's buffer is not a slice of Buffer.from's shared pool, which a kept answer would hold.
 */
function utf8(text: string): Buffer {
  const encoded = UTF8.encode(text);
  return Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength);
}

/**
 * An answer's JSON, kept as the string yoga made until a front door first sends it, and from
 * then on as its UTF-8 bytes. Most answers quote a source with a non-ASCII character, so V8
 * holds them as two-byte strings, and encoding one of 36 kB costs about 0.4 ms here: once per
 * answer at the door, rather than on every hit, and not at all on the uncached path, where
 * yoga's Response encodes the string anyway.
 */
export class KeptAnswer {
  /** Its size when kept, in UTF-16 units: the bytes of an ASCII answer, near enough for the others. */
  readonly size: number;

  constructor(private kept: string | Buffer) {
    this.size = kept.length;
  }

  json(): string {
    return typeof this.kept === 'string' ? this.kept : this.kept.toString();
  }

  bytes(): Buffer {
    if (typeof this.kept === 'string') this.kept = utf8(this.kept);
    return this.kept;
  }
}

/**
 * The yoga side of a ResponseCache: a repeated query is answered from it (setResult in
 * onParams, before parsing, validation and execution), a new answer is kept, and every answer
 * gets its HTTP caching headers: a cached answer carries an ETag (If-None-Match gets a 304) and,
 * to a GET, a public Cache-Control; everything else is `no-store`.
 *
 * Only queries without errors are kept, and no query that asks for a poll (polls change with
 * every vote): never a mutation, a subscription, or a STORE_UNAVAILABLE. The document of an
 * answer kept is vetted for the front door to run with other variables (CompiledQueries).
 *
 * Written for this API rather than taken from @graphql-yoga/plugin-response-cache: that plugin
 * adds __typename and id fields to every selection set to invalidate by entity, which Pothos's
 * complexity check counts (doubling a query's cost) and which costs a walk of every answer on
 * the uncached path; here nothing is invalidated but by graph version.
 */
export function useGraphResponseCache(cache: ResponseCache, compiled?: CompiledQueries): Plugin {
  /** The cache key and parameters of each request whose graph version was read. */
  const asked = new WeakMap<Request, { key: string; params: GraphQLParams }>();
  /** The requests answered from, or stored in, the cache: the ones HTTP caches may keep. */
  const kept = new WeakSet<Request>();
  const asksForPoll = pollQueryCheck();

  return {
    onRequest({ request, fetchAPI, endResponse }) {
      const tag = request.headers
        .get('if-none-match')
        ?.split(',')
        .map((listed) => listed.trim())
        .find((listed) => cache.holds(unquoted(listed)));
      if (!tag) return;
      kept.add(request);
      endResponse(new fetchAPI.Response(null, { status: 304, headers: { etag: tag } }));
    },
    async onParams({ request, params, setResult }) {
      const found = await cache.lookUp(params);
      if (!found) return;
      asked.set(request, { key: found.key, params });
      if (found.answer === undefined) return;
      kept.add(request);
      const json = found.answer.json();
      // an answer without errors, whose JSON is all yoga needs to send it
      const answer: SerialisedResult = { stringify: () => json };
      setResult(answer);
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const found = request && asked.get(request);
      if (!found) return undefined;
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query' || asksForPoll(args.schema, args.document)) return undefined;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          if (result.errors?.length || !result.data) return;
          // serialised already by the execution guards, which measure every answer
          const serialised = result as Partial<SerialisedResult>;
          const body = serialised.stringify ? serialised.stringify() : JSON.stringify(result);
          cache.keep(found.key, body);
          kept.add(request);
          compiled?.vet(found.params, args.document);
          const answer: SerialisedResult = { ...result, stringify: () => body };
          if (!serialised.stringify) setResult(answer);
        },
      };
    },
    onResponse({ request, response }) {
      // GraphiQL's page sets its own
      if (response.headers.has('cache-control')) return;
      const key = asked.get(request)?.key;
      if (kept.has(request) && key) response.headers.set('etag', `"${key}"`);
      const shareable = kept.has(request) && request.method === 'GET';
      response.headers.set('cache-control', shareable ? `public, max-age=${cache.limits.httpMaxAgeSeconds}` : 'no-store');
    },
  };
}

function unquoted(tag: string): string {
  return tag.replace(/^W\//, '').replace(/^"|"$/g, '');
}

/** Whether a document selects Query.poll anywhere (fragments included), remembered per parsed document. */
function pollQueryCheck() {
  const seen = new WeakMap<DocumentNode, boolean>();
  return (schema: GraphQLSchema, document: DocumentNode): boolean => {
    let asks = seen.get(document);
    if (asks === undefined) {
      asks = false;
      const typeInfo = new TypeInfo(schema);
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field(field) {
            if (typeInfo.getParentType() !== schema.getQueryType() || field.name.value !== 'poll') return undefined;
            asks = true;
            return BREAK;
          },
        }),
      );
      seen.set(document, asks);
    }
    return asks;
  };
}
